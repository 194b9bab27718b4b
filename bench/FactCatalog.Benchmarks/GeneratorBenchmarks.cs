using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactCatalog.Benchmarks;

/// <summary>
/// A full generator run against the parse floor: reading the same files and parsing their YAML with YamlDotNet,
/// nothing else. The baseline is the event parser consuming every event, the cheapest way to read YAML with
/// YamlDotNet; loading the representation model (<c>YamlStream.Load</c>) is the second, higher floor.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class GeneratorBenchmarks
{
    private AdditionalText[] _files = null!;
    private Compilation _compilation = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = CatalogueBuild.AdditionalTexts(SyntheticCatalogue.Files(Facts));
        _compilation = CatalogueBuild.Compilation("Catalogue", optimize: true);
    }

    /// <summary>Every file's text, and every event of the YAML files from YamlDotNet's parser.</summary>
    [Benchmark(Baseline = true)]
    public int ParseFloor()
    {
        int events = 0;
        foreach (AdditionalText file in _files)
        {
            string text = file.GetText()!.ToString();
            if (IsYaml(file))
            {
                var parser = new Parser(new StringReader(text));
                while (parser.MoveNext())
                {
                    events++;
                }
            }
        }
        return events;
    }

    /// <summary>Every file's text, and the YAML files loaded into YamlDotNet's representation model.</summary>
    [Benchmark]
    public int ParseFloorYamlStream()
    {
        int documents = 0;
        foreach (AdditionalText file in _files)
        {
            string text = file.GetText()!.ToString();
            if (IsYaml(file))
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                documents += stream.Documents.Count;
            }
        }
        return documents;
    }

    /// <summary>A fresh driver over the same files, as new texts: what a build (or a first IDE run) pays.</summary>
    [Benchmark]
    public GeneratorDriver FullGeneratorRun() => CatalogueBuild.CreateDriver(CatalogueBuild.FreshTexts(_files)).RunGenerators(_compilation);

    private static bool IsYaml(AdditionalText file) => file.Path.EndsWith(".yaml", System.StringComparison.Ordinal);
}
