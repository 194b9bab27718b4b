using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Benchmarks;

/// <summary>
/// The analyzers' cost on a large consumer: thousands of citations over a 10,000-fact catalogue. Each operation
/// starts from a fresh clone of the compilation (no bound symbols), so the baseline pays for binding the code
/// exactly as the analyzed run does, and the ratio is what the analyzers add to a compilation's diagnostics.
/// </summary>
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;

    [Params(10_000)]
    public int Facts { get; set; }

    [Params(5_000)]
    public int Cites { get; set; }

    [GlobalSetup]
    public void Setup() => _compilation = BenchmarkCompilation.Create(Facts, Cites);

    /// <summary>The compiler's own diagnostics: declarations and every method body bound.</summary>
    [Benchmark(Baseline = true)]
    public int Compile() => _compilation.Clone().GetDiagnostics().Length;

    /// <summary>The same, with the FactCatalog analyzers running alongside.</summary>
    [Benchmark]
    public int CompileAndAnalyze()
    {
        ImmutableArray<Diagnostic> diagnostics = BenchmarkCompilation.WithAnalyzers(_compilation.Clone()).GetAllDiagnosticsAsync().Result;
        return diagnostics.Length;
    }
}
