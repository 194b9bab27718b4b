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
using Microsoft.CodeAnalysis.Text;
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
        var input = Input = new CatalogueInput(
            SyntheticCatalogue.Files(FactCount),
            new Dictionary<string, string> { ["RootNamespace"] = "Bench", ["ProjectDir"] = SyntheticCatalogue.ProjectDir });
        Compilation = GeneratorHarness.Compilation();
        AdditionalText[] texts = input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToArray();
        Fresh = CSharpGeneratorDriver.Create(
            new[] { new FactCatalogGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, new TestOptionsProvider(input.Properties));

        long start = Stopwatch.GetTimestamp();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        Ran = Fresh.RunGenerators(Compilation, CancellationToken.None);
        FullRunAllocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
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

    /// <summary>The catalogue's files and build properties.</summary>
    internal CatalogueInput Input { get; }

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

    /// <summary>How long the full, uncancelled (and first) run took (printed only).</summary>
    public TimeSpan FullRun { get; }

    /// <summary>What the full, uncancelled run allocated: its work.</summary>
    public long FullRunAllocated { get; }

    public int GeneratedFiles { get; }
}

/// <summary>
/// The generator honours the cancellation token: a build that is cancelled (an IDE cancels on every keystroke)
/// stops promptly whatever stage it is in, and no stage turns the cancellation into a diagnostic. Promptness is
/// measured in work, not time: the work meter is the memory the process allocates (every stage allocates as it goes:
/// tokens, nodes, strings, lists), which depends on what the run does and not on how fast the machine is or how
/// busy. Each point starts a run over the 100,000-fact catalogue on a thread, cancels it once the run has done a
/// given amount of work (allocated that many bytes), and counts the work done from
/// <see cref="CancellationTokenSource.Cancel()"/> until the run throws <see cref="OperationCanceledException"/>: at
/// most <see cref="MaxWorkAfterCancel"/>, where a stage that ignored the token would go on for hundreds of megabytes.
/// The tests run alone (<see cref="WorkMeterCollection"/>), so no other test's allocations are counted.
/// </summary>
/// <remarks>
/// The threshold is checked every millisecond or so by the cancelling thread: on a busy machine the token fires later
/// in the run than asked, which changes where the run is stopped but not what is measured. The count of work after
/// <c>Cancel()</c> starts once <c>Cancel()</c> has returned, so a cancelling thread that is descheduled cannot
/// charge its own delay to the run. The time from <c>Cancel()</c> to the stop is printed, never asserted.
/// </remarks>
[Collection(WorkMeterCollection.Name)]
public sealed class CancellationTests : IClassFixture<LargeCatalogueFixture>
{
    private const long MB = 1 << 20;

    /// <summary>
    /// The most a run may allocate once cancelled: the rest of the unit of work it was in (a claim, 1,024 YAML events,
    /// 4,096 characters of a search, a line of generated code), the exception, and the driver unwinding.
    /// </summary>
    private const long MaxWorkAfterCancel = 8 * MB;

    private readonly LargeCatalogueFixture _catalogue;
    private readonly ITestOutputHelper _output;

    public CancellationTests(LargeCatalogueFixture catalogue, ITestOutputHelper output)
    {
        _catalogue = catalogue;
        _output = output;
    }

    [Fact]
    public void Reading_100000_facts_stops_soon_after_cancellation() =>
        AssertStops(Large("reading the files (a full run)"), _catalogue.Fresh, _catalogue.Compilation, MaxWorkAfterCancel, 20 * MB, 200 * MB, 600 * MB);

    [Fact]
    public void Checking_100000_facts_against_their_sources_stops_soon_after_cancellation() =>
        AssertStops(Large("checking every fact file (after a source document changed)"), _catalogue.Rechecking, _catalogue.Compilation, MaxWorkAfterCancel, 20 * MB, 200 * MB);

    [Fact]
    public void Emitting_100000_facts_stops_soon_after_cancellation() =>
        AssertStops(Large("emitting every file (after the compilation changed)"), _catalogue.Ran, _catalogue.ReemittingCompilation, MaxWorkAfterCancel, 20 * MB, 200 * MB);

    /// <summary>
    /// The longest single piece of work per claim: a quote that is not in its source, whose closest passage is
    /// searched for in a 1.4 MB document; 200 such claims, one per fact file, since the closest-passage budget
    /// (<c>CatalogueLimits.MaxClosestPassageWorkPerFile</c>) would stop a single file's searches early. Every search
    /// allocates a few megabytes, so the points fall among the searches. A search's lists of word starts grow by
    /// doubling: one step between two checks of the token may allocate a few megabytes, hence the limit of 24 MB here,
    /// against the hundreds of megabytes all 200 searches allocate.
    /// </summary>
    [Fact]
    public void Searching_a_large_source_for_the_closest_passages_stops_soon_after_cancellation()
    {
        string document = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, 12,345 troops were counted near the river. ", 20_000));
        var files = new List<(string, string)>
        {
            (Catalogues.SourcesPath, "sources:\n  report:\n    file: report.txt\n"),
            (Catalogues.ReportPath, document),
        };
        for (int i = 0; i < 200; i++)
        {
            string number = i.ToString("D3", CultureInfo.InvariantCulture);
            files.Add(($"/project/facts/lake{number}.facts.yaml", "facts:\n  fact-" + number + ":\n    statement: Troops counted.\n    type: count\n    claims:\n"
                + "      report:\n        value: " + number + "\n        claimant: the report\n        source: report\n"
                + "        quote: " + number + " troops were counted near the lake, said a long and winding sentence " + number + "\n"));
        }
        var input = new CatalogueInput(files, Catalogues.Properties);
        AssertStops("searching a 1.4 MB document for the closest passage to 200 quotes in 200 fact files", GeneratorHarness.CreateDriver(input), _catalogue.Compilation,
            24 * MB, 160 * MB, 260 * MB);
    }

    /// <summary>
    /// Cancelled from inside the run at a known point, the moment a file is read: no other file is read after it, and the
    /// run throws. The fact files come first, so the token fires in the middle of reading them.
    /// </summary>
    [Fact]
    public void A_run_cancelled_while_a_file_is_read_reads_no_other_file()
    {
        using var source = new CancellationTokenSource();
        var reads = new ReadCounter(cancelAt: 10, source);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FactCatalogGenerator().AsSourceGenerator() },
            _catalogue.Input.Files.Select(f => (AdditionalText)new CountedAdditionalText(f.Path, f.Text, reads)),
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(_catalogue.Input.Properties));

        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(_catalogue.Compilation, source.Token));
        long after = GC.GetAllocatedBytesForCurrentThread();

        _output.WriteLine($"{reads.Count} files read of {_catalogue.Input.Files.Count}; {(after - reads.AllocatedAtCancel) / 1024} KB allocated after the token fired, {(after - before) / MB} MB in all");
        Assert.Equal(10, reads.Count);
        Assert.True(after - reads.AllocatedAtCancel <= MaxWorkAfterCancel, $"{(after - reads.AllocatedAtCancel) / MB} MB allocated after the token fired");
    }

    /// <summary>
    /// Runs <paramref name="driver"/> once per point, cancelling once the process has allocated that many bytes since the
    /// run began. The first point must find the run under way; a later one may find it finished, and then measures nothing.
    /// </summary>
    private void AssertStops(string stage, GeneratorDriver driver, Compilation compilation, long maxAfterCancel, params long[] points)
    {
        var results = points.Select(point => (Point: point, Stop: CancelAfter(driver, compilation, point))).ToList();
        string report = stage + ": "
            + string.Join(", ", results.Select(r => r.Stop switch
            {
                null => $"finished before {r.Point / MB} MB",
                { } stop => $"cancelled after {stop.WorkBefore / MB} MB, {(stop.Threw ? "stopped" : "finished normally")} after {Kb(stop.WorkAfter)} more ({Ms(stop.Latency)})",
            }));
        _output.WriteLine(report);

        Assert.True(results[0].Stop is not null, $"The run ended before it could be cancelled. {report}");
        // A run cancelled in its last steps, past its last check, may finish normally: that is still a stop in time.
        // One that goes on working without throwing ignored the token.
        Assert.True(results.All(r => r.Stop is null or { Threw: true } || r.Stop.Value.WorkAfter <= maxAfterCancel),
            $"A cancelled run went on without throwing OperationCanceledException. {report}");
        long worst = results.Max(r => r.Stop?.WorkAfter ?? 0);
        Assert.True(worst <= maxAfterCancel, $"The longest stop allocated {Kb(worst)} after the token fired (limit {Kb(maxAfterCancel)}). {report}");
    }

    private string Large(string stage) =>
        $"{LargeCatalogueFixture.FactCount} facts ({_catalogue.GeneratedFiles} generated files, full run {_catalogue.FullRunAllocated / MB} MB allocated in {_catalogue.FullRun.TotalSeconds:0.0} s), {stage}";

    /// <summary>
    /// Starts <paramref name="driver"/> on a thread and cancels it once the process has allocated <paramref name="work"/>
    /// bytes since. Returns null when the run had finished by then; otherwise the bytes allocated before the token fired and
    /// from then until the run ended, whether it ended by throwing <see cref="OperationCanceledException"/>, and (for the
    /// output only) how long that took.
    /// </summary>
    private static (long WorkBefore, long WorkAfter, bool Threw, TimeSpan Latency)? CancelAfter(GeneratorDriver driver, Compilation compilation, long work)
    {
        using var source = new CancellationTokenSource();
        long endedAt = 0;
        long endedTime = 0;
        bool threw = false;
        Exception? failure = null;
        using var ended = new ManualResetEventSlim();
        long start = GC.GetTotalAllocatedBytes(precise: true);
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
            endedAt = GC.GetTotalAllocatedBytes(precise: false);
            endedTime = Stopwatch.GetTimestamp();
            ended.Set();
        });
        thread.Start();
        while (!ended.IsSet && GC.GetTotalAllocatedBytes(precise: false) - start < work)
        {
            ended.Wait(1);
        }
        bool endedBefore = ended.IsSet;
        source.Cancel();
        long cancelledAt = GC.GetTotalAllocatedBytes(precise: false);
        long cancelledTime = Stopwatch.GetTimestamp();
        thread.Join();
        Assert.True(failure is null, $"The run failed: {failure}");
        return endedBefore
            ? null
            : (cancelledAt - start, Math.Max(0, endedAt - cancelledAt), threw, endedTime > cancelledTime ? Stopwatch.GetElapsedTime(cancelledTime, endedTime) : TimeSpan.Zero);
    }

    private static string Kb(long bytes) => (bytes / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>Counts the files read; reading the <c>cancelAt</c>-th cancels the token, and notes the thread's allocations then.</summary>
    private sealed class ReadCounter
    {
        private readonly int _cancelAt;
        private readonly CancellationTokenSource _source;

        public ReadCounter(int cancelAt, CancellationTokenSource source) => (_cancelAt, _source) = (cancelAt, source);

        public int Count { get; private set; }

        public long AllocatedAtCancel { get; private set; }

        public void Read()
        {
            if (++Count == _cancelAt)
            {
                _source.Cancel();
                AllocatedAtCancel = GC.GetAllocatedBytesForCurrentThread();
            }
        }
    }

    /// <summary>An additional file that reports each read of its text.</summary>
    private sealed class CountedAdditionalText : AdditionalText
    {
        private readonly SourceText _text;
        private readonly ReadCounter _reads;

        public CountedAdditionalText(string path, string text, ReadCounter reads) => (Path, _text, _reads) = (path, SourceText.From(text), reads);

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            _reads.Read();
            return _text;
        }
    }
}
