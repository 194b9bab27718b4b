using System.IO;
using System.Linq;
using FactCatalog.Analyzers.Tests.Infrastructure;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Analyzers.Tests;

/// <summary>
/// A catalogue library consumed by an app: the catalogue is generated in one compilation and emitted, and the app's
/// compilation, which has no facts of its own, only references it.
/// </summary>
public class CrossAssemblyTests
{
    private const string App = """
        using Demo;
        using FactCatalog;

        public static class Briefing
        {
            [Cites("troops-in-russia#pentagon")]
            [Cites("treaty-signed")]
            [Cites("troops-in-russia#south-korean-intelligence")]
            [Cites("generals-in-russia")]
            public static int Troops() => Facts.Deployment.TroopsInRussia.Pentagon;

            [Cites("troops-in-rusia")]
            public static object Lookup() => Facts.Get("officers-in-rusia");

            public static int Officers() => 500;
        }
        """;

    [Fact]
    public void Cites_in_an_app_are_checked_against_a_referenced_catalogue()
    {
        Compilation library = AnalyzerHarness.Generate(Catalogues.Representative()).WithAssemblyName("Demo.Catalogue");
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        Compilation app = GeneratorHarness.Compilation(App)
            .WithAssemblyName("Demo.App")
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        Assert.Empty(app.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(app.Assembly.GetAttributes());

        Expect.Lines(
            new[]
            {
                "Code0.cs(7,12): warning FC1002: Fact 'treaty-signed' is disputed: its claims disagree and none is preferred; cite the claim the code relies on: 'treaty-signed#june' or 'treaty-signed#july'",
                "Code0.cs(8,12): warning FC1003: Claim 'troops-in-russia#south-korean-intelligence' is deprecated: \"An early estimate, overtaken by later counts.\"; cite another claim instead: 'troops-in-russia#pentagon' or 'troops-in-russia#ukrainian-intelligence'",
                "Code0.cs(9,12): warning FC1004: Fact 'generals-in-russia' is unsupported: none of its claims counts (each is deprecated or has no verified quote), so it has no value; add a claim quoted from a source, or stop relying on the fact",
                "Code0.cs(12,12): warning FC1001: The catalogue has no fact or claim 'troops-in-rusia'; did you mean 'troops-in-russia'?",
                "Code0.cs(13,48): warning FC1001: The catalogue has no fact 'officers-in-rusia'; did you mean 'officers-in-russia'?",
                "Code0.cs(15,37): info FC1005: 500 equals the value of fact 'officers-in-russia' (Facts.Deployment.OfficersInRussia.Value); use that constant and cite 'officers-in-russia'",
            },
            AnalyzerHarness.Format(AnalyzerHarness.Diagnose(app)));
    }

    [Fact]
    public void Without_any_catalogue_nothing_is_reported()
    {
        Compilation app = GeneratorHarness.Compilation("""
            using FactCatalog;
            public static class Briefing
            {
                [Cites("anything")]
                public static int Troops() => 10000;
            }
            """);
        Assert.Empty(AnalyzerHarness.Diagnose(app));
    }
}
