using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;

namespace FactCatalog.Generator.Tests;

/// <summary>The generated code of representative catalogues, compared with reviewed snapshots in <c>Snapshots/</c>.</summary>
public class SnapshotTests
{
    [Fact]
    public void Representative_catalogue()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative());
        Assert.Null(run.Exception);
        Assert.Equal(new[] { "Facts.Deployment.g.cs", "Facts.Values.g.cs", "Facts.g.cs", "Sources.g.cs" }, run.Files.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Snapshot.VerifyAll("Representative", run.Files);
    }

    [Fact]
    public void Odd_names_and_hostile_text_in_the_global_namespace()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.OddNames());
        Assert.Null(run.Exception);
        Assert.Equal(new[] { "Catalogue.System.g.cs", "Catalogue.g.cs", "Sources.g.cs" }, run.Files.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Snapshot.VerifyAll("OddNames", run.Files);
    }
}
