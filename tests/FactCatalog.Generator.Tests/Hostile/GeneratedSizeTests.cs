using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Resolution;
using FactCatalog.Catalogue.Syntax;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;
using static FactCatalog.Generator.Tests.Hostile.HostileCatalogue;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>
/// The generated-code budget: the size estimate made before emitting is at or above what the emitter writes, and a
/// group past the budget is left out with one FC0017 while the catalogue class and the other groups still compile.
/// </summary>
public sealed class GeneratedSizeTests
{
    private readonly ITestOutputHelper _output;

    public GeneratedSizeTests(ITestOutputHelper output) => _output = output;

    /// <summary>Text with everything that widens when escaped for XML docs or C# literals.</summary>
    private const string Wide = "a & b < c > d \" e ' f \\ g \u00e9 \u4e2d \U0001F600 \u00a0 h";

    /// <summary>
    /// Text whose every pair of bytes, packed two to a character, is a format character (a letter, then a space: U+2061
    /// to U+206F) and so would be a six-character escape, three characters of code per byte of data: such data is
    /// written as a UTF-8 literal instead, which the estimate counts.
    /// </summary>
    private const string Spaced = "a b c d e f g h i j k l m n o ";

    public static TheoryData<string> Catalogues => new() { "representative", "odd-names", "wide-text", "spaced-text" };

    private static CatalogueInput Input(string name) => name switch
    {
        "representative" => Infrastructure.Catalogues.Representative(),
        "odd-names" => Infrastructure.Catalogues.OddNames(),
        "spaced-text" => WideText(Spaced),
        _ => WideText(Wide),
    };

    /// <summary>The hostile catalogue with every text field made of <paramref name="text"/>, and the document stating it.</summary>
    private static CatalogueInput WideText(string text)
    {
        string wide = string.Concat(Enumerable.Repeat(text + " ", 20));
        string quoted = "'" + wide.Replace("'", "''", StringComparison.Ordinal) + "'";
        var yaml = new StringBuilder("facts:\n");
        for (int i = 0; i < 30; i++)
        {
            yaml.Append("  fact-").Append(i).Append(":\n    statement: ").Append(quoted).Append("\n    type: text\n    unit: ").Append(quoted)
                .Append("\n    tags: [").Append(quoted).Append("]\n    note: ").Append(quoted).Append("\n    claims:\n");
            for (int c = 0; c < 3; c++)
            {
                yaml.Append("      claim-").Append(c).Append(":\n        value: ").Append(quoted).Append("\n        claimant: ").Append(quoted)
                    .Append("\n        source: report\n        quote: ").Append(quoted).Append("\n        note: ").Append(quoted)
                    .Append(c == 2 ? "\n        rank: deprecated\n        reason: " + quoted : string.Empty).Append('\n');
            }
        }
        return HostileCatalogue.Input().With(FactPath, yaml.ToString()).With(DocumentPath, "Hostile report\n" + wide + "\n")
            .With(SourcesPath, "sources:\n  report:\n    file: report.txt\n    title: " + quoted + "\n    publisher: " + quoted + "\n");
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void The_estimate_is_at_or_above_what_each_group_file_takes(string name)
    {
        CatalogueInput input = Input(name);
        GeneratorRun run = GeneratorHarness.Run(input);
        string className = input.Properties.TryGetValue("FactCatalogClassName", out string? given) ? given : "Facts";
        CatalogueResult result = CatalogueValidator.Validate(
            input.Files.Select(f => new CatalogueFile(f.Path, SourceText.From(f.Text))), new CatalogueOptions("/project/facts", "/project/seeds", className));
        var sources = result.Model.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Assert.NotEmpty(result.Model.Groups);
        // Hint names as the generator gives them: in group order, after the root's and the sources' files.
        ISet<string> hints = FactCatalog.Catalogue.Naming.CodeNames.NewHintNameSet();
        hints.Add(className + ".g.cs");
        hints.Add("Sources.g.cs");
        foreach (ResolvedGroup group in result.Model.Groups)
        {
            string file = run.Files[FactCatalog.Catalogue.Naming.CodeNames.HintName(className + "." + group.Identifier, hints)];
            long estimate = GeneratedSizeBudget.Estimate(group, sources);
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {group.Identifier}: {group.Facts.Count} facts, {file.Length:N0} chars, estimated {estimate:N0} ({(double)estimate / file.Length:F2}x)"));
            Assert.True(estimate >= file.Length, $"Group {group.Identifier}: estimated {estimate:N0}, but the file takes {file.Length:N0}");
            // Not so far above that the limit would refuse catalogues it should take.
            Assert.True(estimate <= 6L * file.Length, $"Group {group.Identifier}: estimated {estimate:N0}, more than 6 times the {file.Length:N0} the file takes");
        }
    }

    [Fact]
    public void A_group_past_the_budget_is_left_out_and_the_rest_still_compiles()
    {
        // 80 facts, each with a statement of 100,000 double quotes: each character is counted 6 wide (&quot;) and 3
        // times, 1,800,000 per fact, so the group is estimated at about 144,000,000, past 128,000,000 (emitted, it
        // took 8 characters per quote, 64 MB). Another group, in a file of its own, stays.
        string statement = "'" + new string('"', YamlLimits.MaxScalarLength) + "'";
        var yaml = new StringBuilder("group: Huge\nfacts:\n");
        for (int i = 0; i < 80; i++)
        {
            yaml.Append("  huge-").Append(i).Append(":\n    statement: ").Append(statement).Append("\n    claims: {}\n");
        }
        CatalogueInput input = HostileCatalogue.Input().With("/project/facts/huge.facts.yaml", yaml.ToString());

        long before = GC.GetAllocatedBytesForCurrentThread();
        GeneratorRun run = GeneratorHarness.Run(input, "public static class Probe { public static int Run() => Demo.Facts.Hostile.Troops.Value + Demo.Facts.All.Count; }");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        _output.WriteLine(Describe(run.Diagnostics));
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated {allocated / 1048576.0:F1} MiB; generated {run.Files.Values.Sum(f => (long)f.Length):N0} chars"));

        AssertNoCrashAndCleanCode(run);
        AssertDiagnostics(run, new[]
        {
            new ExpectedDiagnostic("FC0017", "/project/facts/huge.facts.yaml", 3, 3,
                "Group 'Huge' would generate about 144,"),
        });
        Assert.Contains("more than the limit MaxGeneratedCharactersPerGroup of 128,000,000; the group's 80 facts are left out of the generated code",
            run.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Files.Keys, hint => hint.Contains("Huge", StringComparison.Ordinal));
        Assert.Equal(10001, (int)GeneratorHarness.Execute(run.Output, "Probe", "Run")!);
        // The group's statements (8 MB of input) are never turned into code.
        Assert.True(allocated < 400L << 20, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Groups_past_the_catalogue_budget_are_left_out_in_name_order()
    {
        ResolvedGroup Group(string name, int facts) => new(name, Enumerable.Range(0, facts)
            .Select(i => new ResolvedFact
            {
                Id = "f-" + name.ToLowerInvariant() + "-" + i,
                Identifier = "F" + i,
                Statement = new string('s', 1000),
                Type = FactCatalog.Catalogue.Model.FactValueType.Text,
                Status = FactCatalog.Catalogue.Model.FactStatus.Unsupported,
                Claims = EquatableArray<ResolvedClaim>.Empty,
            })
            .ToEquatableArray());
        var noSources = new Dictionary<string, SourceMetadata>();
        ImmutableArray<ResolvedGroup>.Builder groups = ImmutableArray.CreateBuilder<ResolvedGroup>();
        groups.AddRange(Group("A", 10), Group("B", 100), Group("C", 10), Group("D", 10));
        long a = GeneratedSizeBudget.Estimate(groups[0], noSources);
        long b = GeneratedSizeBudget.Estimate(groups[1], noSources);
        var diagnostics = new List<DiagnosticInfo>();

        // B alone is past the group limit; A, C and D fit it, but D no longer fits the catalogue's.
        var locations = groups.SelectMany(g => g.Facts).ToDictionary(f => f.Id, f => LocationInfo.StartOf("/project/facts/" + f.Id.Split('-')[1].ToUpperInvariant() + ".facts.yaml"));
        GeneratedSizeBudget.Apply(groups, Array.Empty<SourceMetadata>(), locations, diagnostics, maxPerGroup: b - 1, maxPerCatalogue: 3 * a - 1, default);

        Assert.Equal(new[] { "A", "C" }, groups.Select(g => g.Identifier));
        Assert.Equal(2, diagnostics.Count);
        Assert.StartsWith("Group 'B' would generate about", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal("/project/facts/B.facts.yaml", diagnostics[0].Location.FilePath);
        Assert.Contains("MaxGeneratedCharactersPerGroup", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.StartsWith("With group 'D', the catalogue would generate about", diagnostics[1].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("MaxGeneratedCharactersPerCatalogue", diagnostics[1].GetMessage(), StringComparison.Ordinal);
    }
}
