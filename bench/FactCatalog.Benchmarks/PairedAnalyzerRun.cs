using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Benchmarks;

/// <summary>
/// "--paired": compares the FactCatalog analyzers with the empty analyzer in alternating runs, so that each pair runs
/// under the same load on a busy machine, and prints each analyzer's execution time as the compiler measures it (what
/// -p:ReportAnalyzer=true prints).
/// </summary>
public static class PairedAnalyzerRun
{
    public static int Run()
    {
        const int Pairs = 6;
        Compilation compilation = BenchmarkCompilation.Create(10_000, 5_000);
        var empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());
        var differences = new List<long>();
        for (int pair = 1; pair <= Pairs; pair++)
        {
            // Alternate which goes first, so that neither always runs on a warmer process.
            long emptyTime = 0, ourTime = 0;
            string telemetry = string.Empty, counts = string.Empty;
            foreach (bool ours in pair % 2 == 0 ? new[] { true, false } : new[] { false, true })
            {
                CompilationWithAnalyzers analyzed = BenchmarkCompilation.WithAnalyzers(compilation.Clone(), ours ? BenchmarkCompilation.Analyzers : empty, logExecutionTime: ours);
                GC.Collect();
                var clock = Stopwatch.StartNew();
                // The analyzer diagnostics alone: the compiler keeps execution times only for these.
                ImmutableArray<Diagnostic> diagnostics = analyzed.GetAnalyzerDiagnosticsAsync().Result;
                clock.Stop();
                if (!ours)
                {
                    emptyTime = clock.ElapsedMilliseconds;
                    continue;
                }
                ourTime = clock.ElapsedMilliseconds;
                telemetry = string.Join(", ", BenchmarkCompilation.Analyzers.Select(analyzer =>
                    analyzer.GetType().Name + " " + analyzed.GetAnalyzerTelemetryInfoAsync(analyzer, default).Result.ExecutionTime.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms"));
                counts = string.Join(", ", diagnostics.Where(d => d.Id.StartsWith("FC", StringComparison.Ordinal)).GroupBy(d => d.Id)
                    .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count().ToString(CultureInfo.InvariantCulture)));
            }
            differences.Add(ourTime - emptyTime);
            Console.WriteLine(FormattableString.Invariant($"pair {pair}: empty analyzer {emptyTime} ms, FactCatalog analyzers {ourTime} ms ({ourTime - emptyTime:+0;-0} ms); {telemetry}; {counts}"));
        }
        long[] sorted = differences.OrderBy(d => d).ToArray();
        double median = (sorted[(Pairs - 1) / 2] + sorted[Pairs / 2]) / 2.0;
        Console.WriteLine(FormattableString.Invariant($"difference: median {median:+0;-0} ms, mean {differences.Average():+0;-0} ms"));
        return 0;
    }
}
