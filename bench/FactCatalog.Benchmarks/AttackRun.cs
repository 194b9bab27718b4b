using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using static System.FormattableString;

namespace FactCatalog.Benchmarks;

/// <summary>
/// <c>--attack &lt;name&gt;</c>: runs one amplification attack of docs/reliability.md through the generator driver in this
/// process and prints what it cost: driver time, bytes allocated, peak working set, characters generated, diagnostics
/// and their message characters, and the compiler's errors in the generated code. One attack per process, so the peak
/// working set is the attack's own. The inputs depend only on the catalogue format, so the same file measures any
/// version of the generator (docs/reliability.md has the figures before and after the budgets).
/// </summary>
public static class AttackRun
{
    private const string Facts = "/bench/facts/attack.facts.yaml";
    private const string Sources = "/bench/facts/sources.yaml";
    private const string Document = "/bench/seeds/report.txt";

    public static readonly string[] Names =
    {
        "aliased-facts", "aliased-long-values", "repeated-quote", "prefix-never-fits", "closest-passage", "store-member-group", "format-character-names",
    };

    public static int Run(string name)
    {
        List<(string Path, string Text)> files = Input(name);
        // Load and JIT the generator on a small catalogue first, so the figures are the attack's own.
        Measure(Input("warm-up"), compile: false);
        (string line, _) = Measure(files, compile: true);
        Console.WriteLine(name + ": " + line);
        return 0;
    }

    private static (string Line, ImmutableArray<Diagnostic> Diagnostics) Measure(List<(string Path, string Text)> files, bool compile)
    {
        GeneratorDriver driver = CatalogueBuild.CreateDriver(CatalogueBuild.AdditionalTexts(files));
        Compilation compilation = CatalogueBuild.Compilation("Attack", optimize: false);
        GC.Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        GeneratorDriverRunResult result = ran.GetRunResult();
        long generated = result.GeneratedTrees.Sum(t => (long)t.Length);
        long messages = diagnostics.Sum(d => (long)d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Length);
        int compileErrors = compile
            ? output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && result.GeneratedTrees.Contains(tree))
            : 0;
        long input = files.Sum(f => (long)f.Text.Length);
        string ids = string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (Invariant($"input {input / 1e6:F2} M chars; driver {clock.Elapsed.TotalSeconds:F2} s; allocated {allocated / 1048576.0:F0} MiB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB; generated {generated / 1e6:F2} M chars; {diagnostics.Length} diagnostics ({ids}), {messages / 1e6:F2} M message chars; {compileErrors} compiler errors in generated code"), diagnostics);
    }

    private static List<(string Path, string Text)> Input(string name)
    {
        const string report = "Hostile report\nThe Pentagon said about 10,000 troops were sent.\n";
        const string sources = "sources:\n  report:\n    file: report.txt\n    title: Hostile report\n";
        const string claim = "        value: 10000\n        claimant: the Pentagon\n        source: report\n        quote: about 10,000 troops were sent\n";
        var facts = new StringBuilder("facts:\n");
        string document = report;
        switch (name)
        {
            case "warm-up":
                facts.Append("  troops:\n    statement: Troops sent.\n    type: count\n    claims:\n      pentagon:\n").Append(claim);
                break;
            case "aliased-facts":
                // One fact of 100 claims, and 2,000 facts whose bodies are aliases of it: 200,100 claims.
                facts.Append("  troops: &body\n    statement: Troops sent.\n    type: count\n    claims:\n");
                for (int i = 0; i < 100; i++)
                {
                    facts.Append("      c").Append(i).Append(":\n").Append(claim);
                }
                for (int i = 0; i < 2_000; i++)
                {
                    facts.Append("  copy-").Append(i).Append(": *body\n");
                }
                break;
            case "aliased-long-values":
                // A 99,000-character statement anchored once and aliased by 200 facts.
                facts.Append("  troops:\n    statement: &long ").Append(string.Concat(Enumerable.Repeat("Troops sent. ", 99_000 / 13 + 1)).Substring(0, 99_000))
                    .Append("\n    claims: {}\n");
                for (int i = 0; i < 200; i++)
                {
                    facts.Append("  copy-").Append(i).Append(":\n    statement: *long\n    claims: {}\n");
                }
                break;
            case "repeated-quote":
            case "prefix-never-fits":
                // 100 claims quoting a passage that occurs 100,000 times.
                document = "Hostile report\n" + string.Concat(Enumerable.Repeat("about 10,000 troops were sent\n", 100_000));
                facts.Append("  troops:\n    statement: Troops sent.\n    type: count\n    claims:\n");
                for (int i = 0; i < 100; i++)
                {
                    facts.Append("      c").Append(i).Append(":\n").Append(claim);
                    if (name == "prefix-never-fits")
                    {
                        facts.Append("        prefix: never\n");
                    }
                }
                break;
            case "closest-passage":
                // A new edition of a 10 MB document in which none of 100 quotes matches any more.
                var edition = new StringBuilder("Hostile report\n");
                for (int i = 0; edition.Length < 10_000_000; i++)
                {
                    edition.Append("Line ").Append(i).Append(" of the new edition says something else entirely.\n");
                }
                document = edition.ToString();
                for (int i = 0; i < 100; i++)
                {
                    facts.Append("  fact-").Append(i).Append(":\n    statement: A fact.\n    type: count\n    claims:\n      pentagon:\n")
                        .Append(claim.Replace("were sent", "were sent " + i, StringComparison.Ordinal));
                }
                break;
            case "store-member-group":
                facts.Insert(0, "group: RecordData\n").Append("  troops:\n    statement: Troops sent.\n    type: count\n    claims:\n      pentagon:\n").Append(claim);
                break;
            case "format-character-names":
                // Two claims whose names differ only in an invisible format character.
                facts.Append("  troops:\n    statement: Troops sent.\n    type: count\n    claims:\n      pentagon:\n").Append(claim)
                    .Append("      other:\n        name: \"Penta\\u206Agon\"\n").Append(claim);
                break;
            default:
                throw new ArgumentException("Unknown attack '" + name + "'; one of: " + string.Join(", ", Names));
        }
        return new List<(string Path, string Text)> { (Facts, facts.ToString()), (Sources, sources), (Document, document) };
    }
}
