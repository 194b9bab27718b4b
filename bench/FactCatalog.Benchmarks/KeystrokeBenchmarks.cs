using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactCatalog.Catalogue;
using FactCatalog.Generator;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Benchmarks;

/// <summary>
/// What the catalogue analyzer costs the IDE for one keystroke in one fact file of a 10,000-fact catalogue in 100
/// files, the other files' work done before: the edited file handed over as a new text (so it is parsed and resolved
/// again, as after a real keystroke), every other text the same instance, run through
/// <see cref="CompilationWithAnalyzers"/> as an IDE runs it. Baselines in the same run: the analyzer over a
/// compilation whose catalogue did not change (what every C# edit costs it) and an analyzer that does nothing.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class KeystrokeBenchmarks
{
    public const int FactFileCount = 100;

    private static readonly ImmutableArray<DiagnosticAnalyzer> s_catalogue = ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogueAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

    private Compilation _compilation = null!;
    private TestOptionsProvider _properties = null!;
    private ImmutableArray<AdditionalText> _files;
    private int _edited;
    private string[] _versions = null!;
    private int _keystroke;

    [Params(10_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        SyntheticModel model = SyntheticCatalogue.Create(Facts, FactFileCount);
        _files = CatalogueBuild.AdditionalTexts(model.Files()).ToImmutableArray();
        _properties = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["RootNamespace"] = CatalogueBuild.RootNamespace,
            ["ProjectDir"] = SyntheticCatalogue.ProjectDir,
            [GeneratorOptions.DiagnosticsFromProperty] = "analyzer",
        });
        // The C# of the compilation is beside the point: an analyzer over additional files runs once per compilation.
        _compilation = CatalogueBuild.Compilation("App", optimize: false, "namespace App { public static class Program { public static int Main() => 0; } }");

        // A fact file halfway through; each keystroke types one more letter into its first statement.
        string path = model.FactFilePath(FactFileCount / 2);
        _edited = _files.IndexOf(_files.Single(f => f.Path == path));
        string text = _files[_edited].GetText()!.ToString();
        int end = text.IndexOf('\n', text.IndexOf("statement: ", StringComparison.Ordinal));
        _versions = new[] { "x", "xy" }.Select(typed => text.Insert(end, " " + typed)).ToArray();

        int diagnostics = Analyze(s_catalogue, _files);
        int parses = ReusedWork.Parses, resolutions = ReusedWork.Resolutions, preparations = ReusedWork.SourcePreparations, groups = ReusedWork.GroupChecks;
        Keystroke();
        var work = (ReusedWork.Parses - parses, ReusedWork.Resolutions - resolutions, ReusedWork.SourcePreparations - preparations, ReusedWork.GroupChecks - groups);
        if (work != (1, 1, 0, 1))
        {
            throw new InvalidOperationException("A keystroke parsed, resolved, prepared sources and checked groups " + work.ToString());
        }
        Console.WriteLine("// the analyzer reports " + diagnostics.ToString(CultureInfo.InvariantCulture)
            + " diagnostics; a keystroke parses and resolves one fact file, prepares no sources and checks one group's names");
    }

    /// <summary>The analyzer over a compilation whose catalogue texts are all unchanged (after a C# edit).</summary>
    [Benchmark(Baseline = true)]
    public int NoCatalogueEdit() => Analyze(s_catalogue, _files);

    /// <summary>An analyzer that does nothing, over the same files: what hosting any analyzer costs.</summary>
    [Benchmark]
    public int EmptyAnalyzer() => Analyze(s_empty, _files);

    /// <summary>One keystroke: the edited fact file as a new text, the rest as before.</summary>
    [Benchmark]
    public int Keystroke()
    {
        // A new text each time, as the editor makes one: no parse of it exists yet.
        var edited = new TestAdditionalText(_files[_edited].Path, _versions[_keystroke++ & 1]);
        return Analyze(s_catalogue, _files.SetItem(_edited, edited));
    }

    private int Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<AdditionalText> files) =>
        _compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files, _properties), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().Result.Length;
}
