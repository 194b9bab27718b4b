using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// The output depends on the catalogue only: not on the run, the order the compiler lists files in, nor line
/// endings. Every generated file (the groups, the catalogue class and <c>Sources</c>) and every diagnostic must be
/// byte for byte the same.
/// </summary>
public class DeterminismTests
{
    [Theory]
    [InlineData("Representative")]
    [InlineData("OddNames")]
    public void Shuffled_file_order_and_CRLF_give_byte_identical_output(string catalogue)
    {
        CatalogueInput input = catalogue == "OddNames" ? Catalogues.OddNames() : Catalogues.Representative();
        GeneratorRun baseline = GeneratorHarness.Run(input);
        Assert.Contains("Sources.g.cs", baseline.Files.Keys);
        var random = new Random(20241107);
        for (int i = 0; i < 6; i++)
        {
            List<(string Path, string Text)> files = input.Files.OrderBy(_ => random.Next()).ToList();
            if (i % 2 == 1)
            {
                files = files.Select(f => (f.Path, f.Text.Replace("\n", "\r\n"))).ToList();
            }
            AssertSameOutput(baseline, GeneratorHarness.Run(input with { Files = files }), $"order {i}{(i % 2 == 1 ? ", CRLF" : string.Empty)}");
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_output_on_every_run()
    {
        CatalogueInput input = Catalogues.Representative();
        GeneratorRun first = GeneratorHarness.Run(input);
        AssertSameOutput(first, GeneratorHarness.Run(input), "a second driver");
        // The same driver again, with nothing changed: everything comes from its cache.
        AssertSameOutput(first, GeneratorHarness.Run(first.Driver, GeneratorHarness.Compilation()), "the same driver run again");
    }

    /// <summary>Each file on its own with CRLF: the sources file, each source document, each fact file.</summary>
    [Theory]
    [InlineData(Catalogues.SourcesPath)]
    [InlineData(Catalogues.ReportPath)]
    [InlineData(Catalogues.TranslationPath)]
    [InlineData(Catalogues.DeploymentPath)]
    [InlineData(Catalogues.ValuesPath)]
    public void CRLF_in_one_file_gives_byte_identical_output(string path)
    {
        CatalogueInput input = Catalogues.Representative();
        string text = input.Files.Single(f => f.Path == path).Text;
        AssertSameOutput(GeneratorHarness.Run(input), GeneratorHarness.Run(input.With(path, text.Replace("\n", "\r\n"))), "CRLF in " + path);
    }

    /// <summary>
    /// A quote that runs across a line break of its source document, with the document's lines ending in LF, CRLF,
    /// a lone CR, or a mix: the same generated code and, at run time, the same citation (the passage with an LF, its
    /// line, column, offset and length in the LF text).
    /// </summary>
    [Fact]
    public void Line_endings_of_a_source_document_do_not_change_its_citations()
    {
        const string passage = "The summit ended\nwith a joint statement on 20 June.\n";
        const string facts =
            "group: Summit\n" +
            "facts:\n" +
            "  summit-ended:\n" +
            "    statement: When the summit ended.\n" +
            "    type: date\n" +
            "    claims:\n" +
            "      report:\n" +
            "        value: 2024-06-20\n" +
            "        derived: true\n" +
            "        claimant: the report\n" +
            "        source: report\n" +
            "        quote: The summit ended with a joint statement\n";
        const string probe = """
            public static class Probe
            {
                public static string Run()
                {
                    FactCatalog.Citation c = Demo.Facts.Summit.SummitEnded.Fact.Claims[0].Citation;
                    return c.Quote + "|" + c.Line + ":" + c.Column + "|" + c.Offset + "+" + c.Length;
                }
            }
            """;
        CatalogueInput input = Catalogues.Representative().With("/project/facts/summit.facts.yaml", facts);
        string lf = Catalogues.Report + passage;
        GeneratorRun baseline = GeneratorHarness.Run(input.With(Catalogues.ReportPath, lf), probe);
        Assert.False(baseline.HasErrors, baseline.Describe());
        Assert.Empty(baseline.CompileDiagnostics());
        int offset = lf.IndexOf("The summit ended", StringComparison.Ordinal);
        string expected = $"The summit ended\nwith a joint statement|12:1|{offset}+39";
        Assert.Equal(expected, GeneratorHarness.Execute(baseline.Output, "Probe", "Run"));

        int line = 0;
        string mixed = string.Concat(lf.Split('\n').Select(l => l + (line++ % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" }));
        foreach ((string name, string text) in new[] { ("CRLF", lf.Replace("\n", "\r\n")), ("CR", lf.Replace("\n", "\r")), ("mixed", mixed) })
        {
            GeneratorRun run = GeneratorHarness.Run(input.With(Catalogues.ReportPath, text), probe);
            AssertSameOutput(baseline, run, name + " in the source document");
            Assert.Equal(expected, GeneratorHarness.Execute(run.Output, "Probe", "Run"));
        }
    }

    private static void AssertSameOutput(GeneratorRun expected, GeneratorRun actual, string what)
    {
        Assert.True(
            expected.Files.Keys.OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(actual.Files.Keys.OrderBy(k => k, StringComparer.Ordinal)),
            $"{what}: other files were generated");
        foreach (KeyValuePair<string, string> file in expected.Files)
        {
            Assert.True(file.Value == actual.Files[file.Key], $"{what}: {file.Key} differs\n{Snapshot.Diff(file.Value, actual.Files[file.Key])}");
        }
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static string Describe(GeneratorRun run) =>
        string.Join("\n", run.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage()}"));
}
