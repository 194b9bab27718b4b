using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Benchmarks;

/// <summary>
/// Where a generator run's time goes: each pipeline step's own time (from a run with step tracking on; the source
/// outputs are the steps named SourceOutput), and what parsing the generated files costs. The driver parses them
/// lazily, so that cost falls on the compiler when it first reads them, not on the run.
/// </summary>
public static class StepTimes
{
    public static string Describe(GeneratorRunResult tracked, TimeSpan total)
    {
        var steps = tracked.TrackedSteps
            .Select(step => (Name: step.Key, Time: TimeSpan.FromTicks(step.Value.Sum(run => run.ElapsedTime.Ticks))))
            .OrderByDescending(step => step.Time)
            .ToList();
        TimeSpan inSteps = TimeSpan.FromTicks(steps.Sum(step => step.Time.Ticks));

        var clock = Stopwatch.StartNew();
        foreach (GeneratedSourceResult source in tracked.GeneratedSources)
        {
            CSharpSyntaxTree.ParseText(source.SourceText, CatalogueBuild.ParseOptions, path: source.HintName).GetRoot();
        }
        clock.Stop();
        return FormattableString.Invariant($"steps {inSteps.TotalSeconds:F2} s of {total.TotalSeconds:F2} s: ")
            + string.Join(", ", steps.Where(step => step.Time.TotalMilliseconds >= 1).Select(step => FormattableString.Invariant($"{step.Name} {step.Time.TotalSeconds:F2} s")))
            + FormattableString.Invariant($"; parsing the generated files (which the compiler does later) takes {clock.Elapsed.TotalSeconds:F2} s");
    }
}
