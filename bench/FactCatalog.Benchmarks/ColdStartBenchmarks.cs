using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace FactCatalog.Benchmarks;

/// <summary>
/// Time to the first fact in a fresh process: each launch is a new process that runs the method once. The setup
/// loads the catalogue DLL (compiled once, see <see cref="CompiledCatalogue"/>) and binds the probe delegates; that
/// load is not measured. The baseline reads the same catalogue from JSON with System.Text.Json at start-up.
/// The memory diagnoser counts allocations in an extra run after the measured one, when the fact is already built:
/// first-access allocations come from "--cold-start" (<see cref="FirstFactProbe"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmarks
{
    private Func<object> _typed = null!;
    private Func<object> _byId = null!;
    private Func<object> _typedReadyToRun = null!;
    private Func<object> _byIdReadyToRun = null!;
    private Func<object> _json = null!;
    private Func<object> _jsonSourceGenerated = null!;

    [Params(10_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string directory = CompiledCatalogue.Ensure(Facts);
        _typed = FirstFactProbe.Probe(directory, "Typed");
        _byId = FirstFactProbe.Probe(directory, "ById");
        _typedReadyToRun = ReadyToRunCatalogue.Probe(directory, "Typed");
        _byIdReadyToRun = ReadyToRunCatalogue.Probe(directory, "ById");
        _json = FirstFactProbe.Json(directory, JsonCatalogue.LoadThenFind);
        _jsonSourceGenerated = FirstFactProbe.Json(directory, JsonCatalogue.LoadSourceGeneratedThenFind);
    }

    /// <summary><c>Facts.&lt;Group&gt;.&lt;Fact&gt;.Fact</c>, from code compiled with the catalogue.</summary>
    [Benchmark]
    public object FirstFactTyped() => _typed();

    /// <summary><c>Facts.Get("&lt;id&gt;")</c>.</summary>
    [Benchmark]
    public object FirstFactById() => _byId();

    /// <summary>The typed first fact, with the catalogue and the runtime library published with ReadyToRun (<see cref="ReadyToRunCatalogue"/>).</summary>
    [Benchmark]
    public object FirstFactTypedReadyToRun() => _typedReadyToRun();

    /// <summary><c>Facts.Get</c>, published with ReadyToRun.</summary>
    [Benchmark]
    public object FirstFactByIdReadyToRun() => _byIdReadyToRun();

    [Benchmark(Baseline = true)]
    public object LoadJsonThenFirstFact() => _json();

    [Benchmark]
    public object LoadJsonSourceGeneratedThenFirstFact() => _jsonSourceGenerated();
}
