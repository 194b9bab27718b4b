using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime;

namespace FactCatalog.Benchmarks;

/// <summary>
/// "--cold-start N runs": time and allocations to the first fact, each in a fresh process ("--first-fact mode dir"),
/// which loads what it needs first (not measured) and then measures one call. BenchmarkDotNet's memory diagnoser
/// counts allocations in an extra run after the measured one, when the fact is already built, so this is where the
/// first access's allocations are measured; "all" reads every fact, for comparison.
/// </summary>
public static class FirstFactProbe
{
    private static readonly string[] s_modes = { "typed", "by-id", "all", "typed-ready-to-run", "by-id-ready-to-run", "json", "json-source-generated" };

    public static int Run(int factCount, int runs)
    {
        string directory = CompiledCatalogue.Ensure(factCount);
        ReadyToRunCatalogue.Ensure(directory);
        Console.WriteLine(Invariant($"cold start: {factCount} facts, {runs} fresh processes per mode; files in {directory}"));
        var medians = new Dictionary<string, (double Time, double Bytes)>();
        foreach (string mode in s_modes)
        {
            var results = new List<double[]>();
            for (int run = 0; run < runs; run++)
            {
                results.Add(SelfProcess.Run("--first-fact", mode, directory).Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray());
            }
            List<double> times = results.ConvertAll(r => r[0]);
            List<double> bytes = results.ConvertAll(r => r[1]);
            medians[mode] = (Median(times), Median(bytes));
            Console.WriteLine(Invariant($"{mode,-22} time median {Median(times) / 1000:F2} ms (min {times.Min() / 1000:F2}, max {times.Max() / 1000:F2}); allocated median {Median(bytes) / 1024:F1} KiB (min {bytes.Min() / 1024:F1}, max {bytes.Max() / 1024:F1}); JIT median {Median(results.ConvertAll(r => r[2])):F0} methods in {Median(results.ConvertAll(r => r[3])) / 1000:F2} ms"));
        }
        foreach (string fast in new[] { "typed", "by-id", "typed-ready-to-run", "by-id-ready-to-run" })
        {
            foreach (string json in new[] { "json", "json-source-generated" })
            {
                Console.WriteLine(Invariant($"{json} / {fast}: time {medians[json].Time / medians[fast].Time:F1}x, allocated {medians[json].Bytes / medians[fast].Bytes:F1}x"));
            }
        }
        Console.WriteLine(Invariant($"all / typed: allocated {medians["all"].Bytes / medians["typed"].Bytes:F1}x (one fact {medians["typed"].Bytes:F0} B, every fact {medians["all"].Bytes:F0} B)"));
        return 0;
    }

    /// <summary>
    /// In the fresh process: prepares the call, then prints its time in microseconds, the bytes it allocated, and the
    /// methods the JIT compiled meanwhile with the time that took, in microseconds.
    /// </summary>
    public static int RunChild(string mode, string directory)
    {
        Func<object> call = mode switch
        {
            "json" => Json(directory, JsonCatalogue.LoadThenFind),
            "json-source-generated" => Json(directory, JsonCatalogue.LoadSourceGeneratedThenFind),
            "typed-ready-to-run" => ReadyToRunCatalogue.Probe(directory, "Typed"),
            "by-id-ready-to-run" => ReadyToRunCatalogue.Probe(directory, "ById"),
            _ => Probe(directory, mode switch { "typed" => "Typed", "by-id" => "ById", _ => "All" }),
        };
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        long jitted = JitInfo.GetCompiledMethodCount();
        TimeSpan jitTime = JitInfo.GetCompilationTime();
        long start = Stopwatch.GetTimestamp();
        object result = call();
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        jitTime = JitInfo.GetCompilationTime() - jitTime;
        jitted = JitInfo.GetCompiledMethodCount() - jitted;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        GC.KeepAlive(result);
        Console.WriteLine(Invariant($"{elapsed.TotalMicroseconds:F1} {allocated} {jitted} {jitTime.TotalMicroseconds:F1}"));
        return 0;
    }

    /// <summary>The probe method of the catalogue DLL as a delegate; loading and binding are not measured.</summary>
    public static Func<object> Probe(string directory, string method) =>
        Assembly.LoadFrom(CompiledCatalogue.AssemblyPath(directory)).GetType(CompiledCatalogue.FirstFactType, throwOnError: true)!
            .GetMethod(method)!.CreateDelegate<Func<object>>();

    public static Func<object> Json(string directory, Func<string, string, JsonFact> load)
    {
        string path = CompiledCatalogue.JsonPath(directory);
        string id = CompiledCatalogue.FactId(directory);
        return () => load(path, id);
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
