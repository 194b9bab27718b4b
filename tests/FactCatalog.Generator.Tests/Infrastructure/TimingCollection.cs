namespace FactCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Tests that measure time (cancellation latency, the slowest fuzz case, the hostile corpus) run in this
/// collection: after the parallel tests and one at a time, so that other tests do not compete for the CPU.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
