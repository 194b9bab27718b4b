using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactCatalog.Benchmarks;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// The synthetic 100,000-fact catalogue of the benchmarks with its driver and compilation, made once for the
/// cancellation tests (building the input alone takes a while), and one full run of it. The full run warms the
/// process up, as an IDE or a build server is warm, and leaves a driver with every stage cached, from which one
/// change re-runs a single stage: an edited source document re-checks every fact file (and nothing after it, as
/// the citations stay the same); a compilation without references, which changes what the generated code may use
/// (such as <c>[NotNullWhen]</c>), re-emits every file (and nothing before it).
/// </summary>
public sealed class LargeCatalogueFixture
{
    public const int FactCount = 100_000;

    public LargeCatalogueFixture()
    {
        var input = new CatalogueInput(
            SyntheticCatalogue.Files(FactCount),
            new Dictionary<string, string> { ["RootNamespace"] = "Bench", ["ProjectDir"] = SyntheticCatalogue.ProjectDir });
        Compilation = GeneratorHarness.Compilation();
        AdditionalText[] texts = input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToArray();
        Fresh = CSharpGeneratorDriver.Create(
            new[] { new FactCatalogGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, new TestOptionsProvider(input.Properties));

        long start = Stopwatch.GetTimestamp();
        Ran = Fresh.RunGenerators(Compilation, CancellationToken.None);
        FullRun = Stopwatch.GetElapsedTime(start);
        GeneratorRunResult result = Ran.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        GeneratedFiles = result.GeneratedSources.Length;

        AdditionalText document = texts.First(t => t.Path.EndsWith(".txt", StringComparison.Ordinal));
        Rechecking = Ran.ReplaceAdditionalText(document, new TestAdditionalText(document.Path, document.GetText()! + "\nA line no claim quotes.\n"));
        ReemittingCompilation = CSharpCompilation.Create("WithoutReferences", options: GeneratorHarness.CompilationOptions);

        // What the full run left behind must not be collected in the middle of a measurement.
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    /// <summary>A driver that has not run: every run of it is a full run, starting with reading the files.</summary>
    public GeneratorDriver Fresh { get; }

    /// <summary>The driver after the full run, every stage cached.</summary>
    public GeneratorDriver Ran { get; }

    /// <summary><see cref="Ran"/> with one source document edited: its runs check every fact file again.</summary>
    public GeneratorDriver Rechecking { get; }

    public Compilation Compilation { get; }

    /// <summary>
    /// A compilation without references, which changes what the generated code may use (such as <c>[NotNullWhen]</c>):
    /// run with <see cref="Ran"/>, only emission (and the compiler's parse of what is emitted) starts again.
    /// </summary>
    public Compilation ReemittingCompilation { get; }

    /// <summary>How long the full, uncancelled (and first) run took.</summary>
    public TimeSpan FullRun { get; }

    public int GeneratedFiles { get; }
}

/// <summary>
/// The generator honours the cancellation token: a build that is cancelled (an IDE cancels on every keystroke)
/// stops promptly whatever stage it is in, and no stage turns the cancellation into a diagnostic. Each point starts
/// a run over the 100,000-fact catalogue on a thread, cancels it, and measures the time from
/// <see cref="CancellationTokenSource.Cancel()"/> until the run throws <see cref="OperationCanceledException"/>.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class CancellationTests : IClassFixture<LargeCatalogueFixture>
{
    private static readonly TimeSpan MaxLatency = TimeSpan.FromMilliseconds(100);

    private readonly LargeCatalogueFixture _catalogue;
    private readonly ITestOutputHelper _output;

    public CancellationTests(LargeCatalogueFixture catalogue, ITestOutputHelper output)
    {
        _catalogue = catalogue;
        _output = output;
    }

    [Fact]
    public void Reading_100000_facts_stops_within_100_ms_of_cancellation() =>
        AssertStops(Large("reading the files (a full run)"), _catalogue.Fresh, _catalogue.Compilation, 200, 1_000, 3_000);

    [Fact]
    public void Checking_100000_facts_against_their_sources_stops_within_100_ms_of_cancellation() =>
        AssertStops(Large("checking every fact file (after a source document changed)"), _catalogue.Rechecking, _catalogue.Compilation, 300, 1_000, 2_500);

    [Fact]
    public void Emitting_100000_facts_stops_within_100_ms_of_cancellation() =>
        AssertStops(Large("emitting every file (after the compilation changed)"), _catalogue.Ran, _catalogue.ReemittingCompilation, 300, 2_000);

    /// <summary>
    /// The longest single piece of work per claim: a quote that is not in its source, whose closest passage is
    /// searched for in a 10 MB document; 200 such claims.
    /// </summary>
    [Fact]
    public void Searching_a_10_MB_source_for_the_closest_passages_stops_within_100_ms_of_cancellation()
    {
        string document = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, 12,345 troops were counted near the river. ", 140_000));
        var facts = new System.Text.StringBuilder("facts:\n");
        for (int i = 0; i < 200; i++)
        {
            string number = i.ToString("D3", CultureInfo.InvariantCulture);
            facts.Append("  fact-").Append(number).Append(":\n    statement: Troops counted.\n    type: count\n    claims:\n")
                .Append("      report:\n        value: ").Append(number).Append("\n        claimant: the report\n        source: report\n")
                .Append("        quote: ").Append(number).Append(" troops were counted near the lake, said a long and winding sentence ").Append(number).Append('\n');
        }
        var input = new CatalogueInput(
            new List<(string, string)>
            {
                ("/project/facts/lake.facts.yaml", facts.ToString()),
                (Catalogues.SourcesPath, "sources:\n  report:\n    file: report.txt\n"),
                (Catalogues.ReportPath, document),
            },
            Catalogues.Properties);
        AssertStops("searching a 10 MB document for the closest passage to 200 quotes", GeneratorHarness.CreateDriver(input), _catalogue.Compilation, 500, 1_500, 3_000);
    }

    /// <summary>
    /// Runs <paramref name="driver"/> once per point, cancelling after that many milliseconds. The first point must
    /// find the run under way; a later one may find it finished on a fast machine, and then measures nothing.
    /// </summary>
    private void AssertStops(string stage, GeneratorDriver driver, Compilation compilation, params int[] points)
    {
        var results = points.Select(point => (Point: point, Stop: CancelAfter(driver, compilation, TimeSpan.FromMilliseconds(point)))).ToList();
        string report = stage + ": "
            + string.Join(", ", results.Select(r => r.Stop switch
            {
                null => $"finished before {r.Point} ms",
                { Threw: true } stop => $"cancelled after {r.Point} ms, stopped {Ms(stop.Latency)} later",
                { } stop => $"cancelled after {r.Point} ms, finished normally {Ms(stop.Latency)} later",
            }));
        _output.WriteLine(report);

        Assert.True(results[0].Stop is not null, $"The run ended before it could be cancelled. {report}");
        // A run cancelled in its last milliseconds, past its last check, may finish normally: that is still a stop in
        // time. One that runs on longer without throwing ignored the token.
        Assert.True(results.All(r => r.Stop is null or { Threw: true } || r.Stop.Value.Latency <= MaxLatency),
            $"A cancelled run ran on without throwing OperationCanceledException. {report}");
        TimeSpan worst = results.Max(r => r.Stop?.Latency ?? TimeSpan.Zero);
        Assert.True(worst <= MaxLatency, $"The slowest stop took {Ms(worst)} (limit {Ms(MaxLatency)}). {report}");
    }

    private string Large(string stage) =>
        $"{LargeCatalogueFixture.FactCount} facts ({_catalogue.GeneratedFiles} generated files, full run {_catalogue.FullRun.TotalSeconds:0.0} s), {stage}";

    /// <summary>
    /// Starts <paramref name="driver"/> on a thread and cancels it after <paramref name="after"/>. Returns null when the
    /// run had finished by then; otherwise the time from <see cref="CancellationTokenSource.Cancel()"/> until the run
    /// ended, and whether it ended by throwing <see cref="OperationCanceledException"/>.
    /// </summary>
    private static (TimeSpan Latency, bool Threw)? CancelAfter(GeneratorDriver driver, Compilation compilation, TimeSpan after)
    {
        using var source = new CancellationTokenSource();
        long endedAt = 0;
        bool threw = false;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                driver.RunGenerators(compilation, source.Token);
            }
            catch (OperationCanceledException)
            {
                threw = true;
            }
            catch (Exception e)
            {
                failure = e;
            }
            endedAt = Stopwatch.GetTimestamp();
        });
        thread.Start();
        bool endedBefore = thread.Join(after);
        long cancelledAt = Stopwatch.GetTimestamp();
        source.Cancel();
        thread.Join();
        Assert.True(failure is null, $"The run failed: {failure}");
        return endedBefore ? null : (Stopwatch.GetElapsedTime(cancelledAt, endedAt), threw);
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
