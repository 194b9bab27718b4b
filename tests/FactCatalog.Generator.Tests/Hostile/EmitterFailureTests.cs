using System;
using System.Linq;
using FactCatalog.Generator.Emit;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>
/// A group whose file cannot be emitted (a bug in the emitter, made to happen here) costs the user one FC0016 and
/// that group's facts, not the rest of the catalogue: the catalogue class and the other groups compile, and code that
/// names the failed group's facts compiles too (their <c>Fact</c> throws).
/// </summary>
[Collection(WorkMeterCollection.Name)] // alone: the failure is switched on through a static the emitter reads
public sealed class EmitterFailureTests
{
    private const string Code = """
        namespace Demo;
        public static class Probe
        {
            public static string Working() => Facts.Get("troops-in-russia").Id + " " + Facts.Deployment.TroopsInRussia.Value;
            public static string Failed()
            {
                try { return Facts.Values.BudgetWon.Fact.Id; }
                catch (System.InvalidOperationException e) { return e.Message; }
            }
        }
        """;

    [Fact]
    public void A_group_that_cannot_be_emitted_is_one_FC0016_and_the_rest_compiles_and_runs()
    {
        GeneratorRun run;
        GroupEmitter.FailingGroupForTests = "Values";
        try
        {
            run = GeneratorHarness.Run(Catalogues.Representative(), Code);
        }
        finally
        {
            GroupEmitter.FailingGroupForTests = null;
        }

        // The representative catalogue's one info (a disputed fact) aside, the failure is the only diagnostic.
        Diagnostic failure = Assert.Single(run.Diagnostics, d => d.Severity > DiagnosticSeverity.Info);
        Assert.Equal("FC0016", failure.Id);
        Assert.Contains("emitting group Values", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompileDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(new[] { "FC0012", "FC0016" }, run.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));

        Assert.Equal("troops-in-russia 10000", GeneratorHarness.Execute(run.Output, "Demo.Probe", "Working"));
        Assert.Equal("Group 'Values' could not be generated (FC0016); see the build's diagnostics.",
            GeneratorHarness.Execute(run.Output, "Demo.Probe", "Failed"));
    }
}
