using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCatalog.Analyzers.Tests.Infrastructure;
using FactCatalog.Catalogue;
using FactCatalog.Generator;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Analyzers.Tests;

/// <summary>
/// The catalogue's diagnostics through the public analyzer API an IDE uses (<see cref="CompilationWithAnalyzers"/>):
/// each at its place in the YAML file as soon as the file changes, gone when fixed, and, with the generator, each
/// reported once.
/// </summary>
[Collection(ReusedWorkCollection.Name)]
public class CatalogueAnalyzerTests
{
    private const string BrokenQuote = "quote: counted 12,001 North Korean soldiers";

    private static CatalogueInput AnalyzerMode(CatalogueInput input) => input.WithProperty(GeneratorOptions.DiagnosticsFromProperty, "analyzer");

    private static CatalogueInput Broken(CatalogueInput input) =>
        input.With(Catalogues.DeploymentPath, input.Files.Single(f => f.Path == Catalogues.DeploymentPath).Text
            .Replace("quote: counted 12,000 North Korean soldiers", BrokenQuote));

    [Fact]
    public void A_broken_quote_is_reported_at_its_YAML_line_and_goes_away_when_fixed()
    {
        CatalogueInput fixedInput = AnalyzerMode(Catalogues.Representative());
        CatalogueInput broken = Broken(fixedInput);
        var texts = broken.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToList();

        ImmutableArray<Diagnostic> before = Analyze(broken, texts);
        Diagnostic quote = Assert.Single(before, d => d.Id == "FC0007");
        FileLinePositionSpan span = quote.Location.GetLineSpan();
        string deployment = broken.Files.Single(f => f.Path == Catalogues.DeploymentPath).Text;
        int line = deployment.Substring(0, deployment.IndexOf(BrokenQuote, StringComparison.Ordinal)).Count(c => c == '\n');
        Assert.Equal((Catalogues.DeploymentPath, line), (span.Path, span.StartLinePosition.Line));
        // The same diagnostics as the validator gives for these files.
        Assert.Equal(Validate(broken).Where(d => d.Location.GetLineSpan().Path.Length > 0).Select(Describe), Sorted(before).Select(Describe));

        // The edit, as an IDE makes it: the one document replaced, every other text the same instance.
        int index = texts.FindIndex(t => t.Path == Catalogues.DeploymentPath);
        texts[index] = new TestAdditionalText(Catalogues.DeploymentPath, fixedInput.Files.Single(f => f.Path == Catalogues.DeploymentPath).Text);
        Assert.DoesNotContain(Analyze(fixedInput, texts), d => d.Id == "FC0007");
    }

    [Fact]
    public void A_keystroke_in_one_fact_file_reparses_and_resolves_that_file_only()
    {
        CatalogueInput input = AnalyzerMode(Catalogues.Representative());
        var texts = input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToList();
        Analyze(input, texts);
        int resolutions = ReusedWork.Resolutions, preparations = ReusedWork.SourcePreparations;

        int index = texts.FindIndex(t => t.Path == Catalogues.ValuesPath);
        texts[index] = new TestAdditionalText(Catalogues.ValuesPath, input.Files.Single(f => f.Path == Catalogues.ValuesPath).Text + "\n# edited\n");
        Analyze(input, texts);

        Assert.Equal(1, ReusedWork.Resolutions - resolutions);
        Assert.Equal(0, ReusedWork.SourcePreparations - preparations);
    }

    [Fact]
    public void A_keystroke_in_one_of_many_fact_files_parses_and_resolves_that_file_alone()
    {
        // Forty fact files of ten facts each, all citing the report.
        CatalogueInput input = AnalyzerMode(Catalogues.Representative());
        for (int file = 0; file < 40; file++)
        {
            var text = new System.Text.StringBuilder("facts:\n");
            for (int fact = 0; fact < 10; fact++)
            {
                text.Append($"  officers-{file}-{fact}:\n    statement: Officers, count {file}.{fact}.\n    type: count\n    claims:\n")
                    .Append("      ukrainian-intelligence:\n        value: 500\n        claimant: Ukrainian military intelligence\n")
                    .Append("        source: report\n        quote: including 500 officers\n");
            }
            input = input.With($"/project/facts/many/file-{file:D2}.facts.yaml", text.ToString());
        }
        var texts = input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToList();
        ImmutableArray<Diagnostic> before = Analyze(input, texts);
        (int Parses, int Resolutions, int Preparations, int Assemblies, int Groups) counters =
            (ReusedWork.Parses, ReusedWork.Resolutions, ReusedWork.SourcePreparations, ReusedWork.Assemblies, ReusedWork.GroupChecks);

        // One character typed into one statement, as an IDE hands it over: that document a new text, the others the same instances.
        int index = texts.FindIndex(t => t.Path == "/project/facts/many/file-17.facts.yaml");
        string edited = texts[index].GetText()!.ToString().Replace("Officers, count 17.3.", "Officers, count 17.3.x", StringComparison.Ordinal);
        texts[index] = new TestAdditionalText(texts[index].Path, edited);
        ImmutableArray<Diagnostic> after = Analyze(input, texts);

        // One file parsed and resolved, no sources prepared, one assembly in which only the edited file's group is checked.
        Assert.Equal((1, 1, 0, 1, 1), (ReusedWork.Parses - counters.Parses, ReusedWork.Resolutions - counters.Resolutions,
            ReusedWork.SourcePreparations - counters.Preparations, ReusedWork.Assemblies - counters.Assemblies, ReusedWork.GroupChecks - counters.Groups));
        Assert.Equal(Sorted(before).Select(Describe), Sorted(after).Select(Describe));
    }

    [Fact]
    public void A_compilation_in_which_no_catalogue_file_changed_reuses_the_whole_catalogue()
    {
        CatalogueInput input = AnalyzerMode(Broken(Catalogues.Representative()));
        var texts = input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToList();
        ImmutableArray<Diagnostic> first = Analyze(input, texts);
        int resolutions = ReusedWork.Resolutions, preparations = ReusedWork.SourcePreparations, assemblies = ReusedWork.Assemblies;

        // A new compilation (after a C# edit, say) over the same catalogue texts.
        ImmutableArray<Diagnostic> second = Analyze(input, texts);

        Assert.Equal((0, 0, 0), (ReusedWork.Resolutions - resolutions, ReusedWork.SourcePreparations - preparations, ReusedWork.Assemblies - assemblies));
        Assert.Equal(Sorted(first).Select(Describe), Sorted(second).Select(Describe));
        Assert.Contains(second, d => d.Id == "FC0007");
    }

    [Fact]
    public void Generator_and_analyzer_together_report_each_diagnostic_once()
    {
        CatalogueInput generatorOnly = Broken(Catalogues.Representative())
            .WithProperty("FactCatalogClassName", "not a name"); // a diagnostic without a file, too
        CatalogueInput split = AnalyzerMode(generatorOnly);

        string[] expected = GeneratorHarness.Run(generatorOnly).Diagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        GeneratorRun run = GeneratorHarness.Run(split);
        Assert.All(run.Diagnostics, d => Assert.Equal(Location.None, d.Location));
        var texts = split.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToList();
        string[] together = run.Diagnostics.Concat(Analyze(split, texts)).Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToArray();

        Assert.Contains(expected, d => d.StartsWith("FC0007", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.StartsWith("FC0010", StringComparison.Ordinal) && d.Contains("FactCatalogClassName", StringComparison.Ordinal));
        Assert.Equal(expected, together);
    }

    [Theory]
    [InlineData("newcomer-mistakes", "FC0001 FC0020 FC0022")]
    [InlineData("no-sources-file", "FC0021")]
    public void Newcomers_mistakes_are_reported_by_the_analyzer_as_the_generator_reports_them(string name, string ids)
    {
        CatalogueInput generatorOnly = name == "no-sources-file" ? Catalogues.Representative().Without(Catalogues.SourcesPath) : Catalogues.NewcomerMistakes();
        CatalogueInput split = AnalyzerMode(generatorOnly);

        string[] expected = GeneratorHarness.Run(generatorOnly).Diagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        var texts = split.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToList();
        string[] together = GeneratorHarness.Run(split).Diagnostics.Concat(Analyze(split, texts)).Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToArray();

        foreach (string id in ids.Split(' '))
        {
            Assert.Contains(expected, d => d.StartsWith(id, StringComparison.Ordinal));
        }
        Assert.Equal(expected, together);
    }

    [Fact]
    public void Without_the_property_the_analyzer_leaves_the_diagnostics_to_the_generator()
    {
        CatalogueInput broken = Broken(Catalogues.Representative());
        Assert.Empty(Analyze(broken, broken.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToList()));
        Assert.Contains(GeneratorHarness.Run(broken).Diagnostics, d => d.Id == "FC0007");
    }

    private static ImmutableArray<Diagnostic> Analyze(CatalogueInput input, IReadOnlyList<AdditionalText> texts)
    {
        var failures = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(texts.ToImmutableArray(), new TestOptionsProvider(input.Properties)),
            (exception, analyzer, _) => failures.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = GeneratorHarness.Compilation()
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogueAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync().Result;
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        return diagnostics;
    }

    private static IEnumerable<Diagnostic> Validate(CatalogueInput input) =>
        CatalogueValidator.Validate(
                input.Files.Select(f => new CatalogueFile(f.Path, SourceText.From(f.Text))),
                GeneratorOptions.Create(new TestOptionsProvider(input.Properties)).Catalogue)
            .Diagnostics.Select(d => d.ToDiagnostic());

    private static IEnumerable<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal);

    private static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}

/// <summary>Tests that read the pipeline's reuse counters run alone, so no other test moves them meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReusedWorkCollection
{
    public const string Name = "Reused work counters";
}
