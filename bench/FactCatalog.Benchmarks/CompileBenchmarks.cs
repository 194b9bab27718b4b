using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Benchmarks;

/// <summary>
/// What the generated code costs the compiler: <c>Compilation.Emit</c> (binding, lowering, IL and metadata) of a
/// project holding only the generated catalogue, Release, to memory. Each run starts from a fresh clone, so nothing
/// bound by an earlier run is reused; the generated files are already parsed (by the setup's first emit: the driver
/// parses them lazily), so parsing is not in these times.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private Compilation _generated = null!;

    [Params(10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generated = CatalogueBuild.Generate(SyntheticCatalogue.Files(Facts), CatalogueBuild.Compilation("Catalogue", optimize: true), out _);
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = _generated.Clone().Emit(stream);
        // An emit that fails still runs the compiler; say so in the log, since the benchmark then times a failure.
        Console.WriteLine(result.Success
            ? FormattableString.Invariant($"// emit succeeded: {stream.Length} bytes")
            : "// emit FAILED: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .GroupBy(d => d.Id).Select(g => g.Key + " x" + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + g.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture) + ")")));
    }

    [Benchmark]
    public bool Emit()
    {
        using var stream = new MemoryStream();
        return _generated.Clone().Emit(stream).Success;
    }
}
