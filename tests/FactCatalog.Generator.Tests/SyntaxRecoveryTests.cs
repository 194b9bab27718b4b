using System;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// A YAML error inside one fact costs that fact only: the rest of its group is generated, so the user's code that
/// uses those facts compiles and the error is the one thing the build reports (no CS0117 for every member of the group).
/// </summary>
public class SyntaxRecoveryTests
{
    private const string Code = """
        namespace Demo;
        public static class Probe
        {
            public static string Run() => Facts.Deployment.TroopsInRussia.Value + " " + Facts.Deployment.GeneralsInRussia.Fact.Id + " " + Facts.Get("treaty-signed").Id;
        }
        """;

    [Fact]
    public void A_tab_in_one_fact_is_the_only_error_and_the_groups_other_members_stay()
    {
        string broken = Catalogues.Deployment.Replace(
            "        claimant: Ukrainian military intelligence\n        source: report\n        quote: including 500 officers\n",
            "\tclaimant: Ukrainian military intelligence\n        source: report\n        quote: including 500 officers\n");
        Assert.NotEqual(Catalogues.Deployment, broken);
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative().With(Catalogues.DeploymentPath, broken), Code);

        Diagnostic error = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("FC0001", error.Id);
        FileLinePositionSpan at = error.Location.GetLineSpan();
        Assert.Equal((Catalogues.DeploymentPath, 37, 0), (at.Path, at.StartLinePosition.Line, at.StartLinePosition.Character));
        Assert.Empty(run.CompileDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal("10000 generals-in-russia treaty-signed", GeneratorHarness.Execute(run.Output, "Demo.Probe", "Run"));
        Assert.DoesNotContain("OfficersInRussia", run.Files.Single(f => f.Key.Contains("Deployment", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }
}
