using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Fuzzing;

/// <summary>
/// Property: whatever the fact and sources files hold, validation ends in a model plus diagnostics — no
/// exception, every diagnostic from the table and located inside its file, the same result twice, and no case that
/// costs more work than <see cref="MaxCaseWork"/> (counted as the memory the case allocates, which does not depend on
/// the machine's speed or load; the slowest case's time is printed, never asserted).
/// Fixed seed; set FACTCATALOG_FUZZ_ITERATIONS for a longer run.
/// </summary>
public class CatalogueFuzzTests
{
    private const string ValidFacts =
        "group: Test\nfacts:\n" +
        "  troops:\n    statement: Troops sent.\n    type: count\n    unit: troops\n    tags: [troops, korea]\n    claims:\n" +
        PentagonClaim +
        "      ukraine:\n        value: 12000\n        claimant: Ukrainian military intelligence\n        source: report\n" +
        "        quote: 12,000 North Korean soldiers\n        as-of: 2024-10-24\n        rank: deprecated\n        reason: Superseded.\n" +
        "  signed:\n    statement: When the treaty was signed.\n    type: date\n    preferred: report\n    claims:\n" +
        "      report:\n        value: 2024-07-26\n        claimant: the report\n        source: report\n        quote: signed on 26 July 2024\n";

    /// <summary>The most a case may allocate: the costliest case of the default seed allocates under 100 KB.</summary>
    private const long MaxCaseWork = 4L << 20;

    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public CatalogueFuzzTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("FACTCATALOG_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 5000;

    [Fact]
    public void Mutated_and_generated_catalogues_never_throw_and_always_end_in_model_or_diagnostics()
    {
        var mutator = new YamlMutator(seed: 20241121);
        Clean(Run(ValidFacts));
        var slowest = TimeSpan.Zero;
        long costliest = 0;
        int costliestCase = -1;
        var seen = new System.Collections.Generic.HashSet<string>();
        int errorFree = 0;
        for (int i = 0; i < Iterations; i++)
        {
            string facts = i % 5 == 0 ? mutator.Generate() : mutator.Mutate(ValidFacts);
            string sources = i % 7 == 0 ? mutator.Mutate(Sources) : Sources;
            var watch = Stopwatch.StartNew();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            CatalogueResult result;
            try
            {
                result = Run(facts, sources);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"Iteration {i} threw {e}\n--- facts ---\n{facts}\n--- sources ---\n{sources}");
            }
            long work = GC.GetAllocatedBytesForCurrentThread() - allocated;
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            if (work > costliest)
            {
                (costliest, costliestCase) = (work, i);
            }
            AssertWellFormed(result, facts, sources, i);
            seen.UnionWith(result.Diagnostics.Select(d => d.Id));
            errorFree += result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? 0 : 1;
            if (i % 10 == 0)
            {
                Assert.Equal(result.Model, Run(facts, sources).Model);
            }
        }
        string figures = $"{Iterations} cases; costliest: case {costliestCase}, {costliest / 1024} KB allocated; slowest {slowest.TotalMilliseconds:0} ms";
        _output.WriteLine(figures);
        Assert.True(costliest <= MaxCaseWork, $"A case allocated more than {MaxCaseWork >> 20} MB. {figures}");
        // The corpus must reach every stage, not just bounce off the YAML reader.
        string[] expected = { "FC0001", "FC0002", "FC0003", "FC0004", "FC0005", "FC0007", "FC0009", "FC0010", "FC0011", "FC0013" };
        Assert.True(expected.All(seen.Contains), "Rules never reached: " + string.Join(", ", expected.Where(id => !seen.Contains(id))));
        Assert.True(errorFree > Iterations / 50, $"Only {errorFree} of {Iterations} cases were error-free");
    }

    private static void AssertWellFormed(CatalogueResult result, string facts, string sources, int iteration)
    {
        Assert.NotNull(result.Model);
        foreach (DiagnosticInfo d in result.Diagnostics)
        {
            Assert.True(CatalogueDiagnostics.ById.ContainsKey(d.Id), $"Iteration {iteration}: unknown id {d.Id}");
            string text = d.Location.FilePath switch
            {
                FactPath => facts,
                SourcesPath => sources,
                DocumentPath => Document,
                _ => string.Empty,
            };
            Assert.True(d.Location.Span.End <= text.Length, $"Iteration {iteration}: {d} lies outside its file");
            Diagnostic roslyn = d.ToDiagnostic();
            Assert.False(string.IsNullOrEmpty(roslyn.GetMessage(CultureInfo.InvariantCulture)));
        }
        bool hasErrors = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (!hasErrors)
        {
            Assert.All(result.Model.Groups.SelectMany(g => g.Facts).SelectMany(f => f.Claims), c => Assert.NotNull(c.Citation));
        }
    }
}
