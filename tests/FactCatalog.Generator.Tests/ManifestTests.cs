using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Manifest;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

// Inside the namespace, so the catalogue model's enums win over the runtime's enums of the same name.
using FactCatalog.Catalogue.Model;

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
        Assert.Equal(("TroopsInRussia", FactStatus.Resolved, FactValueType.Count, "pentagon"), (troops.TypeName, troops.Status, troops.Type, troops.AnsweringClaimId));
        Assert.Equal(
            new[]
            {
                new ManifestClaim("pentagon", "Pentagon", ClaimRank.Normal, "10000", null),
                new ManifestClaim("ukrainian-intelligence", "UkrainianIntelligence", ClaimRank.Normal, "12000", null),
                new ManifestClaim("south-korean-intelligence", "SouthKoreanIntelligence", ClaimRank.Deprecated, "3000", "An early estimate, overtaken by later counts."),
            },
            troops.Claims);
        ManifestFact treaty = groups["Deployment"].Single(f => f.Id == "treaty-signed");
        Assert.Equal((FactStatus.Disputed, (string?)null), (treaty.Status, treaty.AnsweringClaimId));
        Assert.Equal(FactStatus.Unsupported, groups["Deployment"].Single(f => f.Id == "generals-in-russia").Status);
        Assert.Equal("Kim Jong Un", groups["Values"].Single(f => f.Id == "summit-host").Claims.Single().Value);
    }

    [Fact]
    public void Separators_and_escapes_in_text_survive_the_round_trip()
    {
        const string hostile = "tab\there, line\nbreak, \\t not a tab, \r\n and a trailing backslash \\";
        var group = new ResolvedGroup("G", new[]
        {
            new ResolvedFact("f", "F", "s", FactValueType.Text, null, EquatableArray<string>.Empty, FactStatus.Resolved, "a", null,
                new[]
                {
                    Claim("a", hostile, ClaimRank.Preferred, null),
                    Claim("b", "other", ClaimRank.Deprecated, hostile),
                }.ToEquatableArray(),
                Catalogue.Diagnostics.LocationInfo.None),
        }.ToEquatableArray());

        IReadOnlyList<ManifestFact> facts = CatalogueManifest.Read(CatalogueManifest.Version, CatalogueManifest.Write(group))!;

        Assert.Equal(hostile, facts.Single().Claims[0].Value);
        Assert.Equal(hostile, facts.Single().Claims[1].Reason);
        Assert.Equal(ClaimRank.Preferred, facts.Single().Claims[0].Rank);
    }

    [Theory]
    [InlineData(2, "")]
    [InlineData(1, "X\tf\tF\tconsistent\tcount\t\n")]
    [InlineData(1, "C\ta\tA\tnormal\t1\t\n")]
    [InlineData(1, "F\tf\tF\tsettled\tcount\t\n")]
    [InlineData(1, "F\tf\tF\tconsistent\tcount\n")]
    public void A_manifest_of_another_version_or_shape_is_not_read(int version, string text) =>
        Assert.Null(CatalogueManifest.Read(version, text));

    private static ResolvedClaim Claim(string id, string value, ClaimRank rank, string? reason) =>
        new(id, id.ToUpperInvariant(), new FactValue(FactValueType.Text, value), ClaimBound.Exact, "c", "report", rank, reason, null, null, false, null,
            null, Catalogue.Diagnostics.LocationInfo.None);
}
