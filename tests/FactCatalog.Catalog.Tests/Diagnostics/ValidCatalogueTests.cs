using System.Linq;
using FactCatalog.Catalog.Model;
using static FactCatalog.Catalog.Tests.CatalogFixture;

namespace FactCatalog.Catalog.Tests.Diagnostics;

public class ValidCatalogueTests
{
    [Fact]
    public void Valid_catalogue_gives_no_diagnostics_and_a_typed_model()
    {
        CatalogResult result = Run(OneFact(PentagonClaim));
        Clean(result);
        FactModel fact = result.Model.Groups.Single().Facts.Single();
        Assert.Equal(("troops", "Troops", ValueKind.Count, StatusKind.Consistent, "pentagon"),
            (fact.Id, fact.Identifier, fact.Type, fact.Status, fact.AnsweringClaimId));
        ClaimModel claim = fact.Claims.Single();
        Assert.Equal(new FactValue(ValueKind.Count, "10000"), claim.Value);
        Assert.Equal(BoundKind.About, claim.Bound);
        CitationModel citation = claim.Citation!;
        Assert.Equal("about 10,000 North Korean troops", citation.Quote);
        Assert.Equal((1, 19, 18, 32), (citation.Line, citation.Column, citation.Offset, citation.Length));
        Assert.Equal("report", result.Model.Sources.Single().Id);
    }
}
