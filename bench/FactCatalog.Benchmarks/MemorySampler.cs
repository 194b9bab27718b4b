using System;
using System.Threading;

namespace FactCatalog.Benchmarks;

/// <summary>
/// The largest managed heap seen while it runs, sampled every 10 ms: the GC reports the current size only, and the
/// process's peak working set also counts the runtime, the JIT and everything allocated before.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        _peak = GC.GetTotalMemory(forceFullCollection: false);
        _timer = new Timer(_ => Sample(), null, 0, 10);
    }

    public long PeakManagedBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        long now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}
