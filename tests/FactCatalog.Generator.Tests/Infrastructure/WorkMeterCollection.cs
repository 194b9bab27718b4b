namespace FactCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Tests that measure work by the memory the process allocates (the cancellation tests) run in this collection: after
/// the parallel tests and one at a time, so that no other test's allocations are counted. Nothing in the suite asserts
/// on time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkMeterCollection
{
    public const string Name = "Work meter";
}
