using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using Microsoft.CodeAnalysis;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;


/// <summary>FC0012 (disputed), FC0013 (preferred and deprecated), FC0014 (no fact files), and the status rules.</summary>
public class StatusDiagnosticsTests
{
    private const string UkraineClaim =
        "      ukraine:\n" +
        "        value: 12000\n" +
        "        claimant: Ukrainian military intelligence\n" +
        "        source: report\n" +
        "        quote: 12,000 North Korean soldiers\n";

    private static ResolvedFact OnlyFact(CatalogueResult result) => result.Model.Groups.Single().Facts.Single();

    [Fact]
    public void FC0012_disagreeing_claims_without_preference_are_disputed()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + UkraineClaim));
        DiagnosticInfo d = Single(result, "FC0012", DiagnosticSeverity.Info, FactPath, 3, 3);
        Assert.Equal("Fact 'troops' is disputed: claims 'pentagon' (10000), 'ukraine' (12000) disagree and none is preferred; code must pick a claim, or set 'preferred' where the sources justify one", d.GetMessage());
        Assert.Equal((FactStatus.Disputed, (string?)null), (OnlyFact(result).Status, OnlyFact(result).ValueClaimId));
    }

    [Fact]
    public void Preferred_resolves_a_dispute_without_FC0012()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + UkraineClaim, factExtra: "    preferred: ukraine\n"));
        Clean(result);
        Assert.Equal((FactStatus.Resolved, "ukraine"), (OnlyFact(result).Status, OnlyFact(result).ValueClaimId));
    }

    [Fact]
    public void Different_as_of_dates_do_not_disagree_and_the_latest_answers()
    {
        string claims = PentagonClaim + "        as-of: 2024-10-28\n" + UkraineClaim + "        as-of: 2024-11-05\n";
        CatalogueResult result = Run(OneFact(claims));
        Clean(result);
        Assert.Equal((FactStatus.Consistent, "ukraine"), (OnlyFact(result).Status, OnlyFact(result).ValueClaimId));
    }

    [Fact]
    public void A_claim_whose_value_does_not_fit_the_type_never_answers_Value()
    {
        // Without a declared type, a count and a date give FC0015. The date is the later as-of, so if it counted it
        // would answer a Consistent fact that then had no Value; it has no literal, so it does not count.
        string file = Facts(
            "  troops:\n    statement: Troops sent.\n    claims:\n" + PentagonClaim + "        as-of: 2024-10-28\n" +
            "      treaty:\n        value: 2024-07-26\n        claimant: the report\n        source: report\n" +
            "        quote: The treaty was signed on 26 July 2024\n        as-of: 2024-11-05\n");
        CatalogueResult result = Run(file);
        Assert.Contains(result.Diagnostics, d => d.Id == "FC0015");
        ResolvedFact fact = OnlyFact(result);
        ResolvedClaim misfit = Assert.Single(fact.Claims, c => !c.HasMember);
        Assert.Equal(FactStatus.Consistent, fact.Status);
        Assert.NotNull(fact.ValueClaim);
        Assert.True(fact.ValueClaim!.HasMember);
        Assert.NotEqual(misfit.Id, fact.ValueClaimId);
    }

    [Fact]
    public void Deprecated_claims_do_not_count()
    {
        string claims = PentagonClaim + UkraineClaim + "        rank: deprecated\n        reason: Counted twice.\n";
        CatalogueResult result = Run(OneFact(claims));
        Clean(result);
        Assert.Equal((FactStatus.Consistent, "pentagon"), (OnlyFact(result).Status, OnlyFact(result).ValueClaimId));
    }

    [Fact]
    public void FC0013_preferred_names_no_claim()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + UkraineClaim, factExtra: "    preferred: ukrain\n"));
        DiagnosticInfo d = Single(result, "FC0013", DiagnosticSeverity.Error, FactPath, 6, 16);
        Assert.Equal("Fact 'troops' prefers claim 'ukrain', which it does not have; name one of its claims: pentagon, ukraine (did you mean 'ukraine'?)", d.GetMessage());
    }

    [Fact]
    public void FC0013_preferred_names_a_deprecated_claim()
    {
        string claims = PentagonClaim + UkraineClaim + "        rank: deprecated\n        reason: Counted twice.\n";
        CatalogueResult result = Run(OneFact(claims, factExtra: "    preferred: ukraine\n"));
        Single(result, "FC0013", DiagnosticSeverity.Error, FactPath, 6, 16);
    }

    [Fact]
    public void FC0013_deprecated_without_reason()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + "        rank: deprecated\n"));
        DiagnosticInfo d = Single(result, "FC0013", DiagnosticSeverity.Error, FactPath, 13, 15);
        Assert.Contains("add 'reason:'", d.GetMessage());
    }

    [Fact]
    public void No_FC0012_FC0013_for_a_consistent_fact()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + UkraineClaim.Replace("12000", "10000").Replace("12,000", "10,000")
            .Replace("North Korean soldiers", "North Korean troops").Replace("quote: 10,000", "quote: about 10,000")));
        None(result, "FC0012");
        None(result, "FC0013");
    }

    [Fact]
    public void FC0014_no_fact_files_names_the_folder()
    {
        CatalogueResult result = RunFiles((SourcesPath, Sources), (DocumentPath, Document));
        DiagnosticInfo d = Single(result, "FC0014", DiagnosticSeverity.Warning, "", 1, 1);
        Assert.Equal("No fact files (*.facts.yaml) were found in '/repo/facts'; add one there, or set FactCatalogFactsDir to the folder that holds them", d.GetMessage());
        Assert.Equal(Location.None, d.ToDiagnostic().Location);
    }

    [Fact]
    public void No_FC0014_with_a_fact_file()
    {
        None(Run(OneFact(PentagonClaim)), "FC0014");
    }

    [Fact]
    public void No_FC0013_when_preferred_names_a_claim_left_out_for_its_own_error()
    {
        string broken = UkraineClaim.Replace("        claimant: Ukrainian military intelligence\n", "");
        CatalogueResult result = Run(OneFact(PentagonClaim + broken, factExtra: "    preferred: ukraine\n"));
        Single(result, "FC0002", DiagnosticSeverity.Error, FactPath, 15, 9);
        None(result, "FC0013");
    }

    [Fact]
    public void A_claim_without_as_of_disagrees_with_a_dated_claim_of_another_value()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + UkraineClaim + "        as-of: 2024-11-05\n"));
        Single(result, "FC0012", DiagnosticSeverity.Info, FactPath, 3, 3);
        Assert.Equal(FactStatus.Disputed, OnlyFact(result).Status);
    }
}
