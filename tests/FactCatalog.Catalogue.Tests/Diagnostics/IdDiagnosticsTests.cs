using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;

/// <summary>FC0004 (duplicate ids) and FC0010 (names that make no usable C# identifier).</summary>
public class IdDiagnosticsTests
{
    private const string SecondFact =
        "  troops:\n    statement: Again.\n    claims:\n" + PentagonClaim;

    [Fact]
    public void FC0004_duplicate_fact_id_in_one_file_points_at_both()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim) + SecondFact);
        DiagnosticInfo d = Single(result, "FC0004", DiagnosticSeverity.Error, FactPath, 13, 3);
        Assert.Equal($"Duplicate fact id 'troops': it is also defined at {FactPath}(3,3); rename or remove one of them", d.GetMessage());
        Assert.Equal((3, 3), (d.AdditionalLocations.Single().Line, d.AdditionalLocations.Single().Column));
    }

    [Fact]
    public void FC0004_duplicate_fact_id_across_files_points_at_both()
    {
        CatalogueResult result = RunFiles(
            ("/repo/facts/a.facts.yaml", OneFact(PentagonClaim)),
            ("/repo/facts/b.facts.yaml", "group: Other\nfacts:\n" + SecondFact),
            (SourcesPath, Sources), (DocumentPath, Document));
        DiagnosticInfo d = Single(result, "FC0004", DiagnosticSeverity.Error, "/repo/facts/b.facts.yaml", 3, 3);
        Assert.Contains("/repo/facts/a.facts.yaml(3,3)", d.GetMessage());
    }

    [Fact]
    public void FC0004_duplicate_claim_id()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + PentagonClaim));
        DiagnosticInfo d = Single(result, "FC0004", DiagnosticSeverity.Error, FactPath, 13, 7);
        Assert.StartsWith("Duplicate claim id 'pentagon'", d.GetMessage());
    }

    [Fact]
    public void FC0004_duplicate_source_id()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim), Sources + "  report:\n    file: report.txt\n");
        Single(result, "FC0004", DiagnosticSeverity.Error, SourcesPath, 5, 3);
    }

    [Fact]
    public void No_FC0004_or_FC0010_for_distinct_ids()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim) + SecondFact.Replace("  troops:", "  soldiers:"));
        None(result, "FC0004");
        None(result, "FC0010");
    }

    [Fact]
    public void FC0010_fact_id_not_kebab_case_suggests_one()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim).Replace("  troops:", "  TroopCount:"));
        DiagnosticInfo d = Single(result, "FC0010", DiagnosticSeverity.Error, FactPath, 3, 3);
        Assert.Contains("rename it to 'troop-count'", d.GetMessage());
    }

    [Fact]
    public void FC0010_claims_that_become_the_same_identifier()
    {
        string claims = PentagonClaim.Replace("pentagon:", "a-b1:") + PentagonClaim.Replace("pentagon:", "a-b-1:");
        CatalogueResult result = Run(OneFact(claims));
        DiagnosticInfo d = Single(result, "FC0010", DiagnosticSeverity.Error, FactPath, 13, 7);
        Assert.Contains("'AB1', which claim 'a-b1' already uses", d.GetMessage());
    }

    [Theory]
    [InlineData("value", "the generated member 'Value'")]
    [InlineData("id", "the generated member 'Id'")]
    [InlineData("troops", "the fact's own class")]
    public void FC0010_claim_that_takes_a_generated_member(string claimId, string expected)
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("pentagon:", claimId + ":")));
        DiagnosticInfo d = Single(result, "FC0010", DiagnosticSeverity.Error, FactPath, 7, 7);
        Assert.Contains(expected, d.GetMessage());
        Assert.Empty(result.Model.Groups.Single().Facts.Single().Claims);
    }

    [Theory]
    [InlineData("id", "Id")]
    [InlineData("value", "Value")]
    [InlineData("fact", "Fact")]
    public void FC0010_fact_that_takes_a_member_every_fact_class_has(string factId, string identifier)
    {
        CatalogueResult result = Run(OneFact(PentagonClaim).Replace("  troops:", "  " + factId + ":"));
        DiagnosticInfo d = Single(result, "FC0010", DiagnosticSeverity.Error, FactPath, 3, 3);
        Assert.Contains($"the member '{identifier}' that every fact class has", d.GetMessage());
        Assert.Empty(result.Model.Groups.Single().Facts);
    }

    [Theory]
    [InlineData("all", "")]
    [InlineData("troops", "    name: All\n")]
    public void FC0010_fact_that_takes_the_member_every_group_class_has(string factId, string factExtra)
    {
        CatalogueResult result = Run(OneFact(PentagonClaim, factExtra).Replace("  troops:", "  " + factId + ":"));
        DiagnosticInfo d = Single(result, "FC0010", DiagnosticSeverity.Error, FactPath, 3, 3);
        Assert.Contains($"Fact '{factId}' becomes the C# name 'All', which the member 'Test.All' that every group class has already uses", d.GetMessage());
        Assert.Empty(result.Model.Groups.Single().Facts);
    }

    [Fact]
    public void FC0010_name_that_is_a_keyword()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim, factExtra: "    name: class\n"));
        DiagnosticInfo d = Single(result, "FC0010", DiagnosticSeverity.Error, FactPath, 6, 11);
        Assert.Contains("is a C# keyword", d.GetMessage());
    }

    [Fact]
    public void FC0010_facts_of_two_files_in_one_group_that_collide()
    {
        CatalogueResult result = RunFiles(
            ("/repo/facts/a.facts.yaml", OneFact(PentagonClaim)),
            ("/repo/facts/b.facts.yaml", "group: Test\nfacts:\n" + SecondFact.Replace("  troops:", "  other:").Replace("    statement:", "    name: Troops\n    statement:")),
            (SourcesPath, Sources), (DocumentPath, Document));
        // Facts are checked in id order, so 'other' (named Troops) keeps the name and 'troops' is reported.
        DiagnosticInfo d = Single(result, "FC0010", DiagnosticSeverity.Error, "/repo/facts/a.facts.yaml", 3, 3);
        Assert.Contains("which fact 'other' at /repo/facts/b.facts.yaml(3,3) already uses", d.GetMessage());
    }

    [Fact]
    public void FC0010_group_named_like_the_catalogue_class()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim).Replace("group: Test", "group: Facts"));
        Single(result, "FC0010", DiagnosticSeverity.Error, FactPath, 1, 8);
    }

    [Fact]
    public void Default_group_is_the_file_name_in_PascalCase_and_odd_ids_get_valid_names()
    {
        CatalogueResult result = RunFiles(
            ("/repo/facts/casualties-and-costs.facts.yaml", "facts:\n" + SecondFact.Replace("  troops:", "  2024-troops:")),
            (SourcesPath, Sources), (DocumentPath, Document));
        Clean(result);
        Model.ResolvedGroup group = result.Model.Groups.Single();
        Assert.Equal(("CasualtiesAndCosts", "_2024Troops"), (group.Identifier, group.Facts.Single().Identifier));
    }
}
