using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Benchmarks;

/// <summary>
/// The analyzers' cost on a large consumer: thousands of citations over a 10,000-fact catalogue. Each operation
/// starts from a fresh clone of the compilation (no bound symbols), so every run binds the code as a build does;
/// the ratios are what hosting analyzers of this shape, and then the FactCatalog analyzers, add to a compilation's
/// diagnostics.
/// </summary>
public class AnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

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

    /// <summary>The same with an analyzer that registers the same actions and does nothing: the driver's share.</summary>
    [Benchmark]
    public int CompileAndAnalyzeWithEmptyAnalyzer() =>
        BenchmarkCompilation.WithAnalyzers(_compilation.Clone(), s_empty).GetAllDiagnosticsAsync().Result.Length;

    /// <summary>The same with the FactCatalog analyzers.</summary>
    [Benchmark]
    public int CompileAndAnalyze() =>
        BenchmarkCompilation.WithAnalyzers(_compilation.Clone(), BenchmarkCompilation.Analyzers).GetAllDiagnosticsAsync().Result.Length;
}
