using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Syntax;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>A diagnostic a hostile case must produce: ID, file, 1-based line and column, and a fragment of its message.</summary>
public sealed record ExpectedDiagnostic(string Id, string Path, int Line, int Column, string Fragment)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Id}: ...{Fragment}...";
}

/// <summary>
/// The small catalogue every hostile case edits: one fact file, the sources file and one document, short enough
/// that each expected line and column can be read off the text below.
/// </summary>
internal static class HostileCatalogue
{
    public const string FactPath = "/project/facts/hostile.facts.yaml";
    public const string SourcesPath = "/project/facts/sources.yaml";
    public const string DocumentPath = "/project/seeds/report.txt";

    /// <summary>
    /// Line 2, column 1: "The Pentagon said about 10,000 troops were sent."; "about" starts at column 19.
    /// </summary>
    public const string Document =
        "Hostile report\n" +
        "The Pentagon said about 10,000 troops were sent.\n";

    /// <summary>Line 4: <c>    title: Hostile report</c>, the title's value at column 12.</summary>
    public const string Sources =
        "sources:\n" +
        "  report:\n" +
        "    file: report.txt\n" +
        "    title: Hostile report\n";

    /// <summary>
    /// Values start at: statement (3,16), type (4,11), claim id (6,7), value (7,16), claimant (8,19),
    /// source (9,17), quote (10,16).
    /// </summary>
    public const string Facts =
        "facts:\n" +
        "  troops:\n" +
        "    statement: Troops sent.\n" +
        "    type: count\n" +
        "    claims:\n" +
        "      pentagon:\n" +
        "        value: 10000\n" +
        "        claimant: the Pentagon\n" +
        "        source: report\n" +
        "        quote: about 10,000 troops were sent\n";

    public static CatalogueInput Input() => new(
        new List<(string, string)> { (FactPath, Facts), (SourcesPath, Sources), (DocumentPath, Document) },
        Catalogues.Properties);

    /// <summary>The catalogue with <paramref name="find"/> replaced by <paramref name="replace"/> in the file at <paramref name="path"/>.</summary>
    public static CatalogueInput Edit(string path, string find, string replace) => Edit(Input(), path, find, replace);

    public static CatalogueInput Edit(CatalogueInput input, string path, string find, string replace)
    {
        string text = input.Files.Single(f => f.Path == path).Text;
        Assert.True(text.Contains(find, StringComparison.Ordinal), $"'{find}' is not in {path}");
        return input.With(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs the generator over <paramref name="input"/> with <paramref name="code"/>, measuring the driver alone: its
    /// work, as the bytes it allocates on this thread (the driver runs the generator on the calling thread; tests running
    /// beside it do not count), and, to print only, its time.
    /// </summary>
    public static (GeneratorRun Run, long Allocated, TimeSpan Elapsed) RunMeasured(CatalogueInput input, params string[] code)
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(input);
        // Every warning wave on, as the SDK builds a project for the latest framework.
        Compilation compilation = GeneratorHarness.Compilation(code).WithOptions(GeneratorHarness.CompilationOptions.WithWarningLevel(9999));
        long start = Stopwatch.GetTimestamp();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        GeneratorRun run = GeneratorHarness.Run(driver, compilation);
        return (run, GC.GetAllocatedBytesForCurrentThread() - allocated, Stopwatch.GetElapsedTime(start));
    }

    /// <summary>
    /// The generator did not fail: no exception, no CS8785, no internal-error diagnostic; and what it generated
    /// compiles without any error or warning and holds no hidden or bidirectional character.
    /// </summary>
    public static void AssertNoCrashAndCleanCode(GeneratorRun run, string testCodePath = "/project/Code0.cs")
    {
        Assert.True(run.Exception is null, $"The generator threw {run.Exception}");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage().StartsWith(StageGuard.InternalErrorPrefix, StringComparison.Ordinal));
        Diagnostic[] generated = run.CompileDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.GetLineSpan().Path != testCodePath)
            .ToArray();
        Assert.True(generated.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", generated.Take(10)));
        foreach (KeyValuePair<string, string> file in run.Files)
        {
            int hidden = IndexOfHidden(file.Value);
            Assert.True(hidden < 0, $"{file.Key} holds a hidden or bidirectional character at offset {hidden}; generated code must escape it");
        }
    }

    /// <summary>
    /// Exactly <paramref name="expected"/>, in the order the generator reports diagnostics (by file, position, ID):
    /// nothing missing, nothing more.
    /// </summary>
    public static void AssertDiagnostics(GeneratorRun run, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        Diagnostic[] actual = run.Diagnostics.ToArray();
        string describe = "Expected:\n" + string.Join("\n", expected) + "\nActual:\n" + Describe(actual);
        Assert.True(expected.Count == actual.Length, $"Expected {expected.Count} diagnostics, got {actual.Length}.\n{describe}");
        for (int i = 0; i < expected.Count; i++)
        {
            ExpectedDiagnostic want = expected[i];
            Diagnostic got = actual[i];
            FileLinePositionSpan span = got.Location.GetLineSpan();
            bool matches = got.Id == want.Id
                && (span.Path ?? string.Empty) == want.Path
                && span.StartLinePosition.Line + 1 == want.Line
                && span.StartLinePosition.Character + 1 == want.Column
                && got.GetMessage().Contains(want.Fragment, StringComparison.Ordinal);
            Assert.True(matches, $"Diagnostic {i + 1} differs.\n{describe}");
        }
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            string message = d.GetMessage();
            return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id}: {(message.Length > 300 ? message.Substring(0, 300) + "..." : message)}";
        }));

    private static int IndexOfHidden(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // Index 1: a byte order mark is hidden anywhere but at the start.
            if (TextHazards.HiddenName(text[i], Math.Max(i, 1)) is not null)
            {
                return i;
            }
        }
        return -1;
    }
}
