using System.Collections.Generic;
using System.Linq;
using FactCatalog.Catalog.Model;
using FactCatalog.Generator.Manifest;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>The catalogue manifest the generator puts on the assembly, read back as the analyzers read it.</summary>
public class ManifestTests
{
    [Fact]
    public void Every_group_has_a_manifest_on_the_assembly_that_reads_back()
    {
        Compilation output = GeneratorHarness.Run(Catalogues.Representative()).Output;
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        Dictionary<string, IReadOnlyList<ManifestFact>> groups = output.Assembly.GetAttributes()
            .Where(a => a.AttributeClass?.Name == CatalogueManifest.AttributeName)
            .ToDictionary(
                a => (string)a.ConstructorArguments[2].Value!,
                a =>
                {
                    Assert.Equal("global::Demo.Facts", a.ConstructorArguments[1].Value);
                    return CatalogueManifest.Read((int)a.ConstructorArguments[0].Value!, (string)a.ConstructorArguments[3].Value!)!;
                });

        Assert.Equal(new[] { "Deployment", "Values" }, groups.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        ManifestFact troops = groups["Deployment"].Single(f => f.Id == "troops-in-russia");
        Assert.Equal(("TroopsInRussia", StatusKind.Resolved, ValueKind.Count, "pentagon"), (troops.TypeName, troops.Status, troops.Type, troops.AnsweringClaimId));
        Assert.Equal(
            new[]
            {
                new ManifestClaim("pentagon", "Pentagon", RankKind.Normal, "10000", null),
                new ManifestClaim("ukrainian-intelligence", "UkrainianIntelligence", RankKind.Normal, "12000", null),
                new ManifestClaim("south-korean-intelligence", "SouthKoreanIntelligence", RankKind.Deprecated, "3000", "An early estimate, overtaken by later counts."),
            },
            troops.Claims);
        ManifestFact treaty = groups["Deployment"].Single(f => f.Id == "treaty-signed");
        Assert.Equal((StatusKind.Disputed, (string?)null), (treaty.Status, treaty.AnsweringClaimId));
        Assert.Equal(StatusKind.Unsupported, groups["Deployment"].Single(f => f.Id == "generals-in-russia").Status);
        Assert.Equal("Kim Jong Un", groups["Values"].Single(f => f.Id == "summit-host").Claims.Single().Value);
    }

    [Fact]
    public void Separators_and_escapes_in_text_survive_the_round_trip()
    {
        const string hostile = "tab\there, line\nbreak, \\t not a tab, \r\n and a trailing backslash \\";
        var group = new GroupModel("G", new[]
        {
            new FactModel("f", "F", "s", ValueKind.Text, null, EquatableArray<string>.Empty, StatusKind.Resolved, "a", null,
                new[]
                {
                    Claim("a", hostile, RankKind.Preferred, null),
                    Claim("b", "other", RankKind.Deprecated, hostile),
                }.ToEquatableArray(),
                Catalog.Diagnostics.LocationInfo.None),
        }.ToEquatableArray());

        IReadOnlyList<ManifestFact> facts = CatalogueManifest.Read(CatalogueManifest.Version, CatalogueManifest.Write(group))!;

        Assert.Equal(hostile, facts.Single().Claims[0].Value);
        Assert.Equal(hostile, facts.Single().Claims[1].Reason);
        Assert.Equal(RankKind.Preferred, facts.Single().Claims[0].Rank);
    }

    [Theory]
    [InlineData(2, "")]
    [InlineData(1, "X\tf\tF\tconsistent\tcount\t\n")]
    [InlineData(1, "C\ta\tA\tnormal\t1\t\n")]
    [InlineData(1, "F\tf\tF\tsettled\tcount\t\n")]
    [InlineData(1, "F\tf\tF\tconsistent\tcount\n")]
    public void A_manifest_of_another_version_or_shape_is_not_read(int version, string text) =>
        Assert.Null(CatalogueManifest.Read(version, text));

    private static ClaimModel Claim(string id, string value, RankKind rank, string? reason) =>
        new(id, id.ToUpperInvariant(), new FactValue(ValueKind.Text, value), BoundKind.Exact, "c", "report", rank, reason, null, null, false, null,
            null, Catalog.Diagnostics.LocationInfo.None);
}
