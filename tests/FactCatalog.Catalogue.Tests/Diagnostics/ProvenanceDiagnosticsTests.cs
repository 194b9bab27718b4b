using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Resolution;
using Microsoft.CodeAnalysis;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;

/// <summary>
/// The keys that say where a claim's words and value come from: <c>stance</c> (FC0030), <c>year-from</c> (FC0031) and
/// <c>curator-note</c> (FC0032), and what they change in the model and the fact's status.
/// </summary>
public class ProvenanceDiagnosticsTests
{
    private const string DatedSources =
        "sources:\n" +
        "  report:\n" +
        "    file: report.txt\n" +
        "    title: A report\n" +
        "    issued: 2024-11-07\n" +
        "    original-date: 2023-02-01\n";

    private static string Deployed(string claims, string factExtra = "") =>
        Facts("  deployed:\n    statement: Whether troops are ready to be deployed.\n    type: boolean\n" + factExtra + "    claims:\n" + claims);

    private const string PentagonYes =
        "      pentagon:\n        value: true\n        claimant: the Pentagon\n        source: report\n" +
        "        quote: about 10,000 North Korean troops are ready to be deployed\n";

    private static string Denial(string value = "false", string stance = "denies") =>
        "      ukraine:\n        value: " + value + "\n        stance: " + stance + "\n        claimant: Ukraine\n        source: report\n" +
        "        quote: Ukrainian military intelligence counted 12,000 North Korean soldiers\n";

    private static string TreatyDate(string value, string extra) =>
        Facts("  treaty-signed:\n    statement: Date the treaty was signed.\n    type: date\n    claims:\n" +
            "      report:\n        value: " + value + "\n" + extra + "        claimant: the report\n        source: report\n" +
            "        quote: The treaty was signed on 26 July\n");

    private static ResolvedFact OnlyFact(CatalogueResult result) => result.Model.Groups.Single().Facts.Single();

    [Fact]
    public void A_denial_is_the_claimants_answer_and_disagrees_with_the_assertion()
    {
        CatalogueResult result = Run(Deployed(PentagonYes + Denial()));
        None(result, "FC0030");
        ResolvedFact fact = OnlyFact(result);
        Assert.Equal(FactStatus.Disputed, fact.Status);
        Assert.Equal(ClaimStance.Denies, fact.Claims.Single(c => c.Id == "ukraine").Stance);
        Assert.Equal(ClaimStance.Asserts, fact.Claims.Single(c => c.Id == "pentagon").Stance);
    }

    [Fact]
    public void A_claim_that_declines_never_counts()
    {
        CatalogueResult result = Run(Deployed(PentagonYes + Denial(value: "false", stance: "declines")));
        Clean(result);
        ResolvedFact fact = OnlyFact(result);
        Assert.Equal((FactStatus.Consistent, "pentagon"), (fact.Status, fact.ValueClaimId));

        ResolvedFact alone = OnlyFact(Run(Deployed(Denial(value: "true", stance: "declines"))));
        Assert.Equal((FactStatus.Unsupported, (string?)null), (alone.Status, alone.ValueClaimId));
    }

    [Fact]
    public void FC0030_a_denial_of_a_yes_no_question_that_says_yes()
    {
        CatalogueResult result = Run(Deployed(Denial(value: "true")));
        DiagnosticInfo d = Single(result, "FC0030", DiagnosticSeverity.Warning, FactPath, 8, 16);
        Assert.Equal("Claim 'ukraine' of fact 'deployed' denies, but its value is true; a claim's value is the claimant's answer, so a denial of a yes/no question is 'false' (or the claim asserts, and the stance is 'asserts')", d.GetMessage());
    }

    [Fact]
    public void FC0030_a_preferred_claim_that_declines()
    {
        CatalogueResult result = Run(Deployed(PentagonYes + Denial(value: "false", stance: "declines"), factExtra: "    preferred: ukraine\n"));
        DiagnosticInfo d = Single(result, "FC0030", DiagnosticSeverity.Warning, FactPath, 15, 17);
        Assert.Contains("is preferred but declines to answer", d.GetMessage());
    }

    [Fact]
    public void A_misspelt_stance_is_FC0002_with_the_closest_word()
    {
        CatalogueResult result = Run(Deployed(Denial(stance: "denied")));
        DiagnosticInfo d = Single(result, "FC0002", DiagnosticSeverity.Error, FactPath, 9, 17);
        Assert.Contains("use one of asserts, denies, declines", d.GetMessage());
        Assert.Contains("'denies'", d.GetMessage());
    }

    [Fact]
    public void Year_from_issued_checks_the_year_against_the_source()
    {
        CatalogueResult good = Run(TreatyDate("2024-07-26", "        year-from: issued\n"), sources: DatedSources);
        Clean(good);
        Assert.Equal("issued", OnlyFact(good).Claims.Single().YearFrom);

        CatalogueResult wrong = Run(TreatyDate("2023-07-26", "        year-from: issued\n"), sources: DatedSources);
        DiagnosticInfo d = Single(wrong, "FC0031", DiagnosticSeverity.Warning, FactPath, 8, 16);
        Assert.Equal("Claim 'report' takes its year from the 'issued' date of source 'report' (2024-11-07), but its value is in 2023; correct the value, or mark the claim 'derived: true' with a 'curator-note' if the year comes from elsewhere", d.GetMessage());
    }

    [Fact]
    public void Year_from_original_date_reads_the_originals_date()
    {
        Clean(Run(TreatyDate("2023-07-26", "        year-from: original-date\n"), sources: DatedSources));
        Single(Run(TreatyDate("2024-07-26", "        year-from: original-date\n"), sources: DatedSources), "FC0031", DiagnosticSeverity.Warning, FactPath, 8, 16);
    }

    [Fact]
    public void FC0031_a_source_without_the_date()
    {
        CatalogueResult result = Run(TreatyDate("2024-07-26", "        year-from: issued\n"));
        DiagnosticInfo d = Single(result, "FC0031", DiagnosticSeverity.Warning, FactPath, 9, 20);
        Assert.Equal("Claim 'report' takes its year from the 'issued' date of source 'report', which has none; give the source its 'issued' if the text states it, or mark the claim 'derived: true' with a 'curator-note' saying where the year comes from", d.GetMessage());
    }

    [Fact]
    public void FC0031_year_from_on_a_value_that_has_no_year()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + "        year-from: issued\n"), sources: DatedSources);
        DiagnosticInfo d = Single(result, "FC0031", DiagnosticSeverity.Warning, FactPath, 13, 20);
        Assert.Contains("its value is not a date or a year", d.GetMessage());
    }

    [Fact]
    public void FC0032_derived_without_a_curator_note_and_the_note_in_the_model()
    {
        string claim = PentagonClaim.Replace("value: 10000", "value: 9000") + "        derived: true\n";
        DiagnosticInfo d = Single(Run(OneFact(claim)), "FC0032", DiagnosticSeverity.Warning, FactPath, 13, 18);
        Assert.Equal("Claim 'pentagon' is derived but has no 'curator-note'; say in the curator's own words where the value comes from, so the source is not credited with words it did not write", d.GetMessage());

        CatalogueResult noted = Run(OneFact(claim + "        curator-note: Rounded down by the curator.\n"));
        Clean(noted);
        Assert.Equal("Rounded down by the curator.", OnlyFact(noted).Claims.Single().CuratorNote);
    }

    [Theory]
    [InlineData("2024-06", "In June this year", false)]
    [InlineData("2024-06", "In June 2024", true)]
    [InlineData("2024-10-24", "on 24.10.2024", true)]
    [InlineData("2024-10-24", "on 24 October", false)]
    [InlineData("2024", "in 2024", true)]
    public void Whether_a_quote_states_the_year(string date, string quote, bool states)
    {
        var value = new FactValue(date.Length == 4 ? FactValueType.Year : FactValueType.Date, date);
        Assert.Equal(states, ClaimChecks.QuoteStatesYear(value, quote));
    }
}
