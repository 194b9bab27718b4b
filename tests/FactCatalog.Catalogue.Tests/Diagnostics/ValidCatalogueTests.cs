using System.Linq;
using FactCatalog.Catalogue.Model;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;


public class ValidCatalogueTests
{
    [Fact]
    public void Valid_catalogue_gives_no_diagnostics_and_a_typed_model()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim));
        Clean(result);
        ResolvedFact fact = result.Model.Groups.Single().Facts.Single();
        Assert.Equal(("troops", "Troops", FactValueType.Count, FactStatus.Consistent, "pentagon"),
            (fact.Id, fact.Identifier, fact.Type, fact.Status, fact.ValueClaimId));
        ResolvedClaim claim = fact.Claims.Single();
        Assert.Equal(new FactValue(FactValueType.Count, "10000"), claim.Value);
        Assert.Equal(ClaimBound.About, claim.Bound);
        ResolvedCitation citation = claim.Citation!;
        Assert.Equal("about 10,000 North Korean troops", citation.Quote);
        Assert.Equal((1, 19, 18, 32), (citation.Line, citation.Column, citation.Offset, citation.Length));
        Assert.Equal("report", result.Model.Sources.Single().Id);
    }
}
