using FactCatalog.Catalogue.Model;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;


/// <summary>FC0009 (value not in the quote) and FC0015 (mixed types or units).</summary>
public class ValueDiagnosticsTests
{
    [Fact]
    public void FC0009_value_not_stated_in_the_quote()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("value: 10000", "value: 12000"), factExtra: "    unit: troops\n"));
        DiagnosticInfo d = Single(result, "FC0009", DiagnosticSeverity.Warning, FactPath, 9, 16);
        Assert.Equal("Value 12000 troops of claim 'pentagon' is not stated in its quote; quote the words that state it, or add 'derived: true' if the value is an inference", d.GetMessage());
    }

    [Fact]
    public void FC0009_is_silenced_by_derived()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("value: 10000", "value: 12000") + "        derived: true\n"));
        None(result, "FC0009");
    }

    [Theory]
    [InlineData("count", "3", "three generals")]
    [InlineData("count", "12000", "12,000 North Korean soldiers")]
    [InlineData("date", "2024-07-26", "signed on 26 July 2024")]
    [InlineData("date", "2024-07", "signed on 26 July 2024")]
    [InlineData("year", "2024", "signed on 26 July 2024")]
    [InlineData("text", "Ukrainian military intelligence", "Ukrainian military intelligence counted")]
    public void No_FC0009_when_the_quote_states_the_value(string type, string value, string quote)
    {
        string claim = PentagonClaim.Replace("value: 10000", "value: " + value).Replace("about 10,000 North Korean troops", quote);
        CatalogueResult result = Run(OneFact(claim).Replace("type: count", "type: " + type));
        Clean(result);
    }

    [Fact]
    public void FC0015_values_of_different_types_without_a_declared_type()
    {
        string second = PentagonClaim.Replace("pentagon:", "words:").Replace("value: 10000", "value: \"ten thousand\"")
            .Replace("bound: about\n", "derived: true\n");
        CatalogueResult result = Run(OneFact(PentagonClaim + second).Replace("    type: count\n", ""));
        DiagnosticInfo d = Single(result, "FC0015", DiagnosticSeverity.Error, FactPath, 13, 16);
        Assert.Equal("Claims of fact 'troops' have values of different types: 'pentagon' is count, 'words' is text; declare 'type:' on the fact and make every value fit it", d.GetMessage());
    }

    [Fact]
    public void FC0015_claims_in_different_units()
    {
        string second = PentagonClaim.Replace("pentagon:", "other:") + "        unit: soldiers\n";
        CatalogueResult result = Run(OneFact(PentagonClaim + "        unit: troops\n" + second));
        DiagnosticInfo d = Single(result, "FC0015", DiagnosticSeverity.Error, FactPath, 15, 16);
        Assert.Contains("'pentagon' is in 'troops', 'other' is in 'soldiers'", d.GetMessage());
    }

    [Fact]
    public void Whole_numbers_and_decimals_widen_to_number_without_FC0015()
    {
        string second = PentagonClaim.Replace("pentagon:", "other:").Replace("value: 10000", "value: 10000.5").Replace("bound: about\n", "derived: true\n");
        CatalogueResult result = Run(OneFact(PentagonClaim + second).Replace("    type: count\n", ""));
        None(result, "FC0015");
        ResolvedFact fact = result.Model.Groups.Single().Facts.Single();
        Assert.Equal(FactValueType.Number, fact.Type);
        Assert.All(fact.Claims, c => Assert.Equal(FactValueType.Number, c.Value.Kind));
    }
}
