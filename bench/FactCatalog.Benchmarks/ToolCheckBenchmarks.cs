using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactCatalog.Catalogue;
using FactCatalog.Tool;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Benchmarks;

/// <summary>
/// <c>factcatalog check</c> against the generator on the same synthetic catalogue. The baseline is a fresh generator
/// run over the files in memory (what a build pays for the catalogue, emit included). <see cref="PipelineRun"/> is the
/// catalogue pipeline alone over the same in-memory files (the stages the generator runs, without emit);
/// <see cref="ToolCheck"/> is the whole tool command: reading <c>facts/</c> and <c>seeds/</c> from disk, the pipeline,
/// and the MSBuild-format lines (written to a null writer).
/// <para>
/// Each call starts from new <see cref="SourceText"/> instances (the generator's and the pipeline's from the same
/// strings, the tool's from disk): the pipeline keeps each text's parse for as long as the text lives (ParsedTexts),
/// so reusing one set of texts would measure a cache hit, not a check.
/// </para>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class ToolCheckBenchmarks
{
    private List<(string Path, string Text)> _files = null!;
    private Compilation _compilation = null!;
    private string _folder = null!;

    [Params(1_000, 10_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        List<(string Path, string Text)> files = SyntheticCatalogue.Files(Facts);
        _files = files;
        _compilation = CatalogueBuild.Compilation("Catalogue", optimize: true);

        _folder = Path.Combine(Path.GetTempPath(), "factcatalog-bench-" + Guid.NewGuid().ToString("N"));
        foreach ((string path, string text) in files)
        {
            string target = Path.Combine(_folder, path.Substring(SyntheticCatalogue.ProjectDir.Length));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }

        if (ToolCheck() != 0)
        {
            throw new InvalidOperationException("factcatalog check reports errors on the synthetic catalogue");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>A fresh generator driver over the files: the generator's stages and emit.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FullGeneratorRun() => CatalogueBuild.CreateDriver(CatalogueBuild.AdditionalTexts(_files)).RunGenerators(_compilation);

    /// <summary>The catalogue pipeline over the same files in memory, as the tool runs it.</summary>
    [Benchmark]
    public CatalogueResult PipelineRun() =>
        CataloguePipeline.Run(
            _files.Select(f => new CatalogueFile(f.Path, SourceText.From(f.Text))),
            new CatalogueOptions(SyntheticCatalogue.ProjectDir + "facts", SyntheticCatalogue.ProjectDir + "seeds"));

    /// <summary><c>factcatalog check</c> in-process: the files read from disk, the pipeline, the diagnostics printed.</summary>
    [Benchmark]
    public int ToolCheck() => Cli.Run(new[] { "check" }, TextWriter.Null, TextWriter.Null, _folder);
}
