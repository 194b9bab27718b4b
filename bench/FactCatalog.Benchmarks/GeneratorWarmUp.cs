using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace FactCatalog.Benchmarks;

/// <summary>
/// <c>--generator-warm-up N rounds</c>: the two cases of <see cref="GeneratorBenchmarks"/> that make the ratio
/// (<c>ParseFloor</c> and <c>FullGeneratorRun</c>), alternately in one process, with each round's time, the methods
/// the JIT compiled during it (tier-1 recompilations included) and the garbage collections. It shows how many runs the
/// generator needs before its code is fully compiled, which a job of few warm-up runs may not give it.
/// </summary>
public static class GeneratorWarmUp
{
    public static int Run(int factCount, int rounds)
    {
        var benchmarks = new GeneratorBenchmarks { Facts = factCount };
        benchmarks.Setup();
        Console.WriteLine($"generator warm-up: {factCount} facts, {rounds} rounds; {Environment.ProcessorCount} CPUs, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; load average {LoadAverage()}");
        for (int round = 1; round <= rounds; round++)
        {
            (double floor, long floorJit, int floorGcs) = Time(() => benchmarks.ParseFloor());
            (double full, long fullJit, int fullGcs) = Time(() => benchmarks.FullGeneratorRun());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round,2}: ParseFloor {floor,7:0.0} ms ({floorJit,4} methods JIT-compiled, {floorGcs,3} GCs); FullGeneratorRun {full,7:0.0} ms ({fullJit,5} methods JIT-compiled, {fullGcs,3} GCs); ratio {full / floor:0.00}x; load average {LoadAverage()}"));
        }
        return 0;
    }

    private static (double Milliseconds, long Jitted, int Collections) Time(Func<object> action)
    {
        long jitted = JitInfo.GetCompiledMethodCount();
        int collections = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, JitInfo.GetCompiledMethodCount() - jitted, GC.CollectionCount(0) - collections);
    }

    private static string LoadAverage() =>
        System.IO.File.Exists("/proc/loadavg") ? System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
