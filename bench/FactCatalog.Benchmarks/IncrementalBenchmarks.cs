using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactCatalog.Generator;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Benchmarks;

/// <summary>
/// Reruns of a driver that has already run, as an IDE does after each edit: after an edit to unrelated C# (nothing
/// should run again) and after editing one of 100 fact files (that file re-parsed and re-resolved, its group
/// re-emitted). Every invocation starts from the same driver, so each one is a real edit, and the two edited
/// versions alternate. The setup checks the step run reasons once, with step tracking on.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IncrementalBenchmarks
{
    public const int FactFileCount = 100;

    private AdditionalText[] _files = null!;
    private Compilation _compilation = null!;
    private SyntaxTree _tree = null!;
    private SyntaxTree[] _editedTrees = null!;
    private AdditionalText _factFile = null!;
    private AdditionalText[] _editedFactFiles = null!;
    private GeneratorDriver _ran = null!;
    private int _edit;

    [Params(10_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        SyntheticModel model = SyntheticCatalogue.Create(Facts, FactFileCount);
        _files = CatalogueBuild.AdditionalTexts(model.Files());
        _compilation = CatalogueBuild.Compilation("App", optimize: false, AppCode(0), AppCode(1), AppCode(2), AppCode(3));
        _tree = _compilation.SyntaxTrees.Last();
        _editedTrees = new[] { 1, 2 }.Select(version => _tree.WithChangedText(_tree.GetText().Replace(_tree.ToString().IndexOf("return 0;", StringComparison.Ordinal), "return 0;".Length, "return " + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";"))).ToArray();

        // A fact file halfway through, its first statement edited in two ways.
        _factFile = _files.Single(f => f.Path == model.FactFilePath(FactFileCount / 2));
        string text = _factFile.GetText()!.ToString();
        int end = text.IndexOf('\n', text.IndexOf("statement: ", StringComparison.Ordinal));
        _editedFactFiles = new[] { " As revised.", " As revised again." }
            .Select(edit => (AdditionalText)new TestAdditionalText(_factFile.Path, text.Insert(end, edit))).ToArray();

        _ran = CatalogueBuild.CreateDriver(_files).RunGenerators(_compilation);
        CatalogueBuild.ThrowOnErrors("The generator reported errors", _ran.GetRunResult().Diagnostics);
        CheckRunReasons();
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => CatalogueBuild.CreateDriver(CatalogueBuild.FreshTexts(_files)).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver RerunAfterCSharpEdit() => _ran.RunGenerators(_compilation.ReplaceSyntaxTree(_tree, _editedTrees[_edit++ & 1]));

    [Benchmark]
    public GeneratorDriver RerunAfterEditingOneFactFile() => _ran.ReplaceAdditionalText(_factFile, _editedFactFiles[_edit++ & 1]).RunGenerators(_compilation);

    /// <summary>Fails the setup unless a C# edit leaves every step Cached or Unchanged and a fact-file edit re-parses one file.</summary>
    private void CheckRunReasons()
    {
        GeneratorDriver tracked = CatalogueBuild.CreateDriver(_files, trackSteps: true).RunGenerators(_compilation);
        GeneratorRunResult afterCSharp = tracked.RunGenerators(_compilation.ReplaceSyntaxTree(_tree, _editedTrees[0])).GetRunResult().Results.Single();
        string[] rerun = Reasons(afterCSharp).Where(r => r.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(r => r.Step + " " + r.Reason).Distinct().ToArray();
        if (rerun.Length > 0)
        {
            throw new InvalidOperationException("A C# edit re-ran steps: " + string.Join(", ", rerun));
        }
        GeneratorRunResult afterFactFile = tracked.ReplaceAdditionalText(_factFile, _editedFactFiles[0]).RunGenerators(_compilation).GetRunResult().Results.Single();
        int parsed = afterFactFile.TrackedSteps[TrackingNames.ParsedFactFile].SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified);
        if (parsed != 1)
        {
            throw new InvalidOperationException("Editing one fact file re-parsed " + parsed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " files");
        }
        Console.WriteLine("// after a C# edit every tracked step is Cached or Unchanged; after a fact-file edit: "
            + string.Join(", ", Reasons(afterFactFile).GroupBy(r => r.Step).Select(g => g.Key + " " + string.Join("/", g.GroupBy(r => r.Reason).Select(r => r.Key + " x" + r.Count().ToString(System.Globalization.CultureInfo.InvariantCulture))))));
        Console.WriteLine("// the fact-file rerun, step times: " + string.Join(", ", afterFactFile.TrackedSteps
            .Select(step => (Name: step.Key, Time: TimeSpan.FromTicks(step.Value.Sum(run => run.ElapsedTime.Ticks))))
            .Where(step => step.Time.TotalMilliseconds >= 0.5).OrderByDescending(step => step.Time)
            .Select(step => step.Name + " " + step.Time.TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " ms")));
    }

    /// <summary>The generator's own steps and its outputs; the driver's inputs (such as the compilation) change with every edit.</summary>
    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorRunResult result) =>
        result.TrackedSteps.Where(step => TrackingNames.All.Contains(step.Key)).Concat(result.TrackedOutputSteps)
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason))));

    /// <summary>An ordinary class of an application: what the unrelated C# edit changes.</summary>
    private static string AppCode(int index) => $$"""
        namespace App
        {
            public sealed class Service{{index}}
            {
                private readonly System.Collections.Generic.List<string> _items = new();

                public void Add(string item) => _items.Add(item);

                public int Count(string prefix)
                {
                    int count = 0;
                    foreach (string item in _items)
                    {
                        if (item.StartsWith(prefix, System.StringComparison.Ordinal))
                        {
                            count++;
                        }
                    }
                    return count;
                }

                public static int Zero() { return 0; }
            }
        }
        """;
}
