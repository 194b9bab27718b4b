using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Manifest;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

// Inside the namespace, so the catalogue model's enums win over the runtime's enums of the same name.
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Model;

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
        Assert.Equal(("TroopsInRussia", FactStatus.Resolved, FactValueType.Count, "pentagon"), (troops.TypeName, troops.Status, troops.Type, troops.ValueClaimId));
        Assert.Equal(
            new[]
            {
                new ManifestClaim("pentagon", "Pentagon", ClaimRank.Normal, "10000", null),
                new ManifestClaim("ukrainian-intelligence", "UkrainianIntelligence", ClaimRank.Normal, "12000", null),
                new ManifestClaim("south-korean-intelligence", "SouthKoreanIntelligence", ClaimRank.Deprecated, "3000", "An early estimate, overtaken by later counts."),
            },
            troops.Claims);
        ManifestFact treaty = groups["Deployment"].Single(f => f.Id == "treaty-signed");
        Assert.Equal((FactStatus.Disputed, (string?)null), (treaty.Status, treaty.ValueClaimId));
        Assert.Equal(FactStatus.Unsupported, groups["Deployment"].Single(f => f.Id == "generals-in-russia").Status);
        Assert.Equal("Kim Jong Un", groups["Values"].Single(f => f.Id == "summit-host").Claims.Single().Value);
    }

    [Fact]
    public void Separators_and_escapes_in_text_survive_the_round_trip()
    {
        const string hostile = "tab\there, line\nbreak, \\t not a tab, \r\n and a trailing backslash \\";
        var group = new ResolvedGroup("G", new[]
        {
            new ResolvedFact
            {
                Id = "f",
                Identifier = "F",
                Statement = "s",
                Type = FactValueType.Text,
                Status = FactStatus.Resolved,
                ValueClaimId = "a",
                Claims = new[]
                {
                    Claim("a", hostile, ClaimRank.Preferred, null),
                    Claim("b", "other", ClaimRank.Deprecated, hostile),
                }.ToEquatableArray(),
            },
        }.ToEquatableArray());

        IReadOnlyList<ManifestFact> facts = CatalogueManifest.Read(CatalogueManifest.Version, CatalogueManifest.Write(group))!;

        Assert.Equal(hostile, facts.Single().Claims[0].Value);
        Assert.Equal(hostile, facts.Single().Claims[1].Reason);
        Assert.Equal(ClaimRank.Preferred, facts.Single().Claims[0].Rank);
    }

    [Fact]
    public void The_generator_writes_the_version_the_runtime_describes() =>
        Assert.Equal(global::FactCatalog.CatalogueManifestAttribute.CurrentVersion, CatalogueManifest.Version);

    [Fact]
    public void A_version_1_manifest_with_lower_case_words_still_reads()
    {
        IReadOnlyList<ManifestFact> facts = CatalogueManifest.Read(1, "F\tf\tF\tresolved\tcount\ta\nC\ta\tA\tpreferred\t1\t\n")!;
        Assert.Equal((FactStatus.Resolved, FactValueType.Count, "a"), (facts.Single().Status, facts.Single().Type, facts.Single().ValueClaimId));
        Assert.Equal(new ManifestClaim("a", "A", ClaimRank.Preferred, "1", null), facts.Single().Claims.Single());
    }

    [Fact]
    public void Every_status_type_and_rank_word_round_trips()
    {
        foreach (FactStatus status in EnumWords.Statuses)
        {
            foreach (FactValueType type in EnumWords.ValueTypes)
            {
                var group = new ResolvedGroup("G", new[]
                {
                    new ResolvedFact
                    {
                        Id = "f", Identifier = "F", Statement = "s", Type = type, Status = status,
                        Claims = EnumWords.Ranks.Select(rank => Claim(rank.ToString().ToLowerInvariant(), "v", rank, "r")).ToEquatableArray(),
                    },
                }.ToEquatableArray());
                ManifestFact read = CatalogueManifest.Read(CatalogueManifest.Version, CatalogueManifest.Write(group))!.Single();
                Assert.Equal((status, type), (read.Status, read.Type));
                Assert.Equal(EnumWords.Ranks, read.Claims.Select(c => c.Rank));
            }
        }
    }

    [Theory]
    [InlineData(3, "")]
    [InlineData(1, "X\tf\tF\tconsistent\tcount\t\n")]
    [InlineData(1, "C\ta\tA\tnormal\t1\t\n")]
    [InlineData(1, "F\tf\tF\tsettled\tcount\t\n")]
    [InlineData(1, "F\tf\tF\tconsistent\tcount\n")]
    public void A_manifest_of_another_version_or_shape_is_not_read(int version, string text) =>
        Assert.Null(CatalogueManifest.Read(version, text));

    private static ResolvedClaim Claim(string id, string value, ClaimRank rank, string? reason) => new()
    {
        Id = id,
        Identifier = id.ToUpperInvariant(),
        Value = new FactValue(FactValueType.Text, value),
        Literal = Catalogue.Naming.CSharpLiteral.String(value),
        Claimant = "c",
        SourceId = "report",
        Rank = rank,
        Reason = reason,
    };
}
