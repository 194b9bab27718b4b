using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using FactCatalog.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

// "--telemetry": the analyzers' own execution time as the compiler measures it (-p:ReportAnalyzer=true), and what
// they report; anything else goes to BenchmarkDotNet (for example: --filter * --job short).
if (args.Length > 0 && args[0] == "--telemetry")
{
    Compilation compilation = BenchmarkCompilation.Create(10_000, 5_000);
    for (int run = 1; run <= 2; run++)
    {
        CompilationWithAnalyzers analyzed = BenchmarkCompilation.WithAnalyzers(compilation.Clone(), logExecutionTime: true);
        var total = Stopwatch.StartNew();
        var diagnostics = analyzed.GetAnalyzerDiagnosticsAsync().Result;
        total.Stop();
        string times = string.Join(", ", BenchmarkCompilation.Analyzers.Select(a =>
        {
            AnalyzerTelemetryInfo info = analyzed.GetAnalyzerTelemetryInfoAsync(a, default).Result;
            return a.GetType().Name + " " + info.ExecutionTime.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms";
        }));
        string counts = string.Join(", ", diagnostics.Where(d => d.Id.StartsWith("FC", StringComparison.Ordinal))
            .GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count().ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine(FormattableString.Invariant($"run {run}: compile and analyze {total.ElapsedMilliseconds} ms; {times}; {counts}"));
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
