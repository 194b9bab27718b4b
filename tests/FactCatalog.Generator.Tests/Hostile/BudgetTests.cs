using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue.Syntax;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using static FactCatalog.Generator.Tests.Hostile.HostileCatalogue;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>
/// Amplification attacks through the full generator driver: small inputs that stood for far more work than they
/// write (aliases of facts and of long values, many claims, a quote that occurs a million times, a document in which
/// no quote is found). Each case states its exact diagnostics, that what is generated compiles cleanly, and a bound
/// on the work measured by what the run allocates on its thread and by the size of what it produces (generated
/// characters, message characters), never by the clock. docs/reliability.md gives the figures before and after.
/// </summary>
[Collection(WorkMeterCollection.Name)]
public sealed class BudgetTests
{
    private readonly ITestOutputHelper _output;

    public BudgetTests(ITestOutputHelper output) => _output = output;

    /// <summary>What one run cost: bytes allocated on the test's thread (the driver runs the generator there), and its output.</summary>
    private sealed record Cost(GeneratorRun Run, long Allocated, long GeneratedCharacters, long MessageCharacters);

    private Cost Measure(string name, CatalogueInput input)
    {
        // Warm up loading and JIT with the plain catalogue so the figure is the case's own.
        GeneratorHarness.Run(HostileCatalogue.Input());
        long before = GC.GetAllocatedBytesForCurrentThread();
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(input),
            GeneratorHarness.Compilation().WithOptions(GeneratorHarness.CompilationOptions.WithWarningLevel(9999)));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long generated = run.Files.Values.Sum(f => (long)f.Length);
        long messages = run.Diagnostics.Sum(d => (long)d.GetMessage(CultureInfo.InvariantCulture).Length);
        long inputSize = input.Files.Sum(f => (long)f.Text.Length);
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: input {inputSize:N0} chars; allocated {allocated / 1048576.0:F1} MiB; generated {generated:N0} chars; {run.Diagnostics.Length} diagnostics, {messages:N0} message chars"));
        _output.WriteLine(Describe(run.Diagnostics.Take(12)));
        return new Cost(run, allocated, generated, messages);
    }

    private static ExpectedDiagnostic D(string id, string path, int line, int column, string fragment) => new(id, path, line, column, fragment);

    /// <summary>Allocation may be at most this many times the input, plus a fixed amount for the catalogue around it.</summary>
    private static void AssertAllocationBound(Cost cost, CatalogueInput input, int perInputCharacter)
    {
        long inputSize = input.Files.Sum(f => (long)f.Text.Length);
        long bound = (64L << 20) + (perInputCharacter * inputSize);
        Assert.True(cost.Allocated < bound, $"The run allocated {cost.Allocated:N0} bytes; the bound is {bound:N0} ({perInputCharacter} per input character + 64 MiB)");
    }

    /// <summary>
    /// One fact of <paramref name="claims"/> claims anchored as <c>&amp;body</c>, and <paramref name="copies"/> facts
    /// whose bodies are aliases of it, one per line from line <c>6 + claims * 5</c>.
    /// </summary>
    private static string AliasedFacts(int claims, int copies)
    {
        var yaml = new StringBuilder("facts:\n  troops: &body\n    statement: Troops sent.\n    type: count\n    claims:\n");
        for (int i = 0; i < claims; i++)
        {
            yaml.Append("      c").Append(i).Append(":\n        value: 10000\n        claimant: the Pentagon\n        source: report\n        quote: about 10,000 troops were sent\n");
        }
        for (int i = 0; i < copies; i++)
        {
            yaml.Append("  copy-").Append(i).Append(": *body\n");
        }
        return yaml.ToString();
    }

    [Fact]
    public void Facts_aliased_to_a_fact_of_many_claims_stop_at_the_expanded_node_budget()
    {
        // The body is 1 mapping + 2 keys and values (statement, type) + the claims key and mapping, and 100 claims of
        // 1 key + 1 mapping + 4 keys and values each: 1 + 4 + 2 + 1,000 = 1,007 nodes. Each alias adds them: the 100th
        // (copy-99, on line 6 + 100 * 5 + 99) brings the sum to 100,700, past 100,000. Before, 10,000 copies stood for
        // a million claims.
        CatalogueInput input = HostileCatalogue.Input().With(FactPath, AliasedFacts(claims: 100, copies: 10_000));
        Cost cost = Measure("aliased facts", input);

        AssertNoCrashAndCleanCode(cost.Run);
        AssertDiagnostics(cost.Run, new[]
        {
            D("FC0017", FactPath, 6 + (100 * 5) + 99, 12,
                "The aliases of this file add at least 100,700 YAML nodes when expanded, more than the limit MaxAliasExpandedNodes of 100,000; write the repeated parts out"),
        });
        Assert.DoesNotContain(cost.Run.Files.Values, text => text.Contains("Troops", StringComparison.Ordinal));
        AssertAllocationBound(cost, input, perInputCharacter: 200);
    }

    [Fact]
    public void Long_values_aliased_many_times_stop_at_the_expanded_character_budget()
    {
        // A 99,000-character statement anchored once and aliased by every other fact: ten aliases add 990,000
        // characters, the eleventh 1,089,000, past 1,000,000. Before, 1,000 of them made gigabytes of C#.
        string statement = string.Concat(Enumerable.Repeat("Troops sent. ", 99_000 / 13 + 1)).Substring(0, 99_000);
        var yaml = new StringBuilder("facts:\n  troops:\n    statement: &long ").Append(statement).Append('\n')
            .Append("    claims: {}\n");
        for (int i = 0; i < 1_000; i++)
        {
            yaml.Append("  copy-").Append(i).Append(":\n    statement: *long\n    claims: {}\n");
        }
        CatalogueInput input = HostileCatalogue.Input().With(FactPath, yaml.ToString());
        Cost cost = Measure("aliased long values", input);

        AssertNoCrashAndCleanCode(cost.Run);
        AssertDiagnostics(cost.Run, new[]
        {
            D("FC0017", FactPath, 4 + (10 * 3) + 2, 16,
                "The aliases of this file add at least 1,089,000 characters of text when expanded, more than the limit MaxAliasExpandedCharacters of 1,000,000"),
        });
        AssertAllocationBound(cost, input, perInputCharacter: 200);
    }

    [Fact]
    public void A_fact_of_more_claims_than_the_limit_keeps_the_first_ones()
    {
        int claims = CatalogueLimits.MaxClaimsPerFact + 5;
        CatalogueInput input = HostileCatalogue.Input().With(FactPath, AliasedFacts(claims, copies: 0));
        Cost cost = Measure("claims per fact", input);

        AssertNoCrashAndCleanCode(cost.Run);
        // The first claim past the limit, c1000, has its id on line 6 + 1,000 * 5.
        AssertDiagnostics(cost.Run, new[]
        {
            D("FC0017", FactPath, 6 + (CatalogueLimits.MaxClaimsPerFact * 5), 7,
                "Fact 'troops' has 1,005 claims, more than the limit MaxClaimsPerFact of 1,000; only its first 1,000 are read"),
        });
        string members = cost.Run.Files.Single(f => f.Key.Contains("Hostile", StringComparison.Ordinal)).Value;
        Assert.Contains("public const int C999 = 10000;", members, StringComparison.Ordinal);
        Assert.DoesNotContain("C1000", members, StringComparison.Ordinal);
        AssertAllocationBound(cost, input, perInputCharacter: 400);
    }

    /// <summary>A document in which the fact's quote occurs <paramref name="times"/> times, one per line.</summary>
    private static string Repeated(int times) => "Hostile report\n" + string.Concat(Enumerable.Repeat("about 10,000 troops were sent\n", times));

    [Fact]
    public void A_quote_that_occurs_very_often_gives_messages_of_one_line()
    {
        // Twenty claims quote a passage that occurs 100,000 times. Before, each FC0008 listed every occurrence.
        var yaml = new StringBuilder(HostileCatalogue.Facts);
        for (int i = 1; i < 20; i++)
        {
            yaml.Append("      other-").Append(i).Append(":\n        value: 10000\n        claimant: the Pentagon\n        source: report\n        quote: about 10,000 troops were sent\n");
        }
        CatalogueInput input = HostileCatalogue.Input().With(FactPath, yaml.ToString()).With(DocumentPath, Repeated(100_000));
        Cost cost = Measure("repeated quote", input);

        AssertNoCrashAndCleanCode(cost.Run);
        string message(string claim) => $"Quote of claim '{claim}' occurs 100000 times in source 'report' (at line:column 2:1, 3:1, 4:1, 5:1, 6:1 and 99,995 more); add 'prefix' or 'suffix'";
        AssertDiagnostics(cost.Run, new[] { D("FC0008", FactPath, 10, 16, message("pentagon")) }
            .Concat(Enumerable.Range(1, 19).Select(i => D("FC0008", FactPath, 10 + (i * 5), 16, message("other-" + i))))
            .ToArray());
        Assert.All(cost.Run.Diagnostics, d => Assert.True(d.GetMessage(CultureInfo.InvariantCulture).Length < 300));
        AssertAllocationBound(cost, input, perInputCharacter: 200);
    }

    [Fact]
    public void A_prefix_that_never_fits_a_frequent_quote_gives_a_message_of_one_line()
    {
        CatalogueInput input = Edit(HostileCatalogue.Input().With(DocumentPath, Repeated(100_000)),
            FactPath, "        quote: about 10,000 troops were sent\n", "        quote: about 10,000 troops were sent\n        prefix: never\n");
        Cost cost = Measure("prefix that never fits", input);

        AssertNoCrashAndCleanCode(cost.Run);
        AssertDiagnostics(cost.Run, new[]
        {
            D("FC0007", FactPath, 10, 16,
                "Quote of claim 'pentagon' is not found in source 'report' with the given prefix/suffix (the quote itself is at 2:1, 3:1, 4:1, 5:1, 6:1 and 99,995 more); make 'prefix'/'suffix'"),
        });
        AssertAllocationBound(cost, input, perInputCharacter: 200);
    }

    [Fact]
    public void Quotes_not_found_in_a_large_document_get_hints_until_the_search_budget_is_spent()
    {
        // A new edition of a 500 KB document in which none of 100 quotes matches any more. Each closest-passage search
        // costs a scan of the document (a little over 500,000 work units): the document's budget of 20,000,000 pays
        // for fewer than 40, the first quote past it says so, and the rest are reported without a hint.
        var document = new StringBuilder("Hostile report\n");
        for (int i = 0; document.Length < 500_000; i++)
        {
            document.Append("Line ").Append(i).Append(" of the new edition says something else entirely.\n");
        }
        var yaml = new StringBuilder("facts:\n");
        for (int i = 0; i < 100; i++)
        {
            yaml.Append("  fact-").Append(i).Append(":\n    statement: A fact.\n    type: count\n    claims:\n      pentagon:\n        value: 10000\n        claimant: the Pentagon\n        source: report\n        quote: about 10,000 troops were sent ").Append(i).Append('\n');
        }
        CatalogueInput input = HostileCatalogue.Input().With(FactPath, yaml.ToString()).With(DocumentPath, document.ToString());
        Cost cost = Measure("closest-passage budget", input);

        AssertNoCrashAndCleanCode(cost.Run);
        Diagnostic[] all = cost.Run.Diagnostics.ToArray();
        Assert.Equal(100, all.Length);
        // Every quote is FC0007 at its own line; hints form a prefix of them, then one says the budget is spent.
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal("FC0007", all[i].Id);
            Assert.Equal(2 + (i * 9) + 8, all[i].Location.GetLineSpan().StartLinePosition.Line + 1);
        }
        string[] messages = all.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        int hinted = messages.TakeWhile(m => m.Contains("the closest passage", StringComparison.Ordinal)).Count();
        Assert.InRange(hinted, 30, 39);
        Assert.Contains("no closest passage is shown: looking for them has spent the limit MaxClosestPassageWorkPerDocument of 20,000,000 work units on source 'report' in this fact file", messages[hinted], StringComparison.Ordinal);
        Assert.All(messages.Skip(hinted + 1), m => Assert.EndsWith("is not found in source 'report'; copy the words exactly as the source writes them", m, StringComparison.Ordinal));
        AssertAllocationBound(cost, input, perInputCharacter: 200);
    }
}
