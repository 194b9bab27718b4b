using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Tool.Tests;

public class CheckTests
{
    private static readonly Regex MsBuildLine = new(
        @"^(?<file>[^()]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>FC\d{4}): (?<message>.+)$",
        RegexOptions.CultureInvariant);

    [Fact]
    public void The_real_catalogue_checks_clean_and_prints_what_the_pipeline_reports_in_MSBuild_format()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "check");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(run.OutputLines, l => Assert.Matches(MsBuildLine, l));
        Assert.DoesNotContain(run.OutputLines, l => l.Contains(": error ", StringComparison.Ordinal));

        // The same files, under the same relative paths, through the pipeline directly.
        string root = ToolRunner.RealCatalogue;
        CatalogueFile[] files = Directory.GetFiles(Path.Combine(root, "facts")).Concat(Directory.GetFiles(Path.Combine(root, "seeds")))
            .Select(p => new CatalogueFile(Path.GetRelativePath(root, p).Replace('\\', '/'), SourceText.From(File.ReadAllText(p))))
            .ToArray();
        CatalogueResult expected = CataloguePipeline.Run(files, new CatalogueOptions("facts", "seeds"));
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), run.OutputLines);
        Assert.Contains("0 error(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_not_in_its_source_is_an_error_at_its_YAML_line_and_column_and_exits_1()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.BrokenFacts);

        ToolRun run = ToolRunner.Run(catalogue.Root, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Equal("facts/test.facts.yaml(6,5): warning FC0003: Unknown key 'colour' in fact 'troops' is ignored", run.OutputLines[0]);
        Assert.StartsWith(
            "facts/test.facts.yaml(12,16): error FC0007: Quote of claim 'pentagon' is not found in source 'report'; the closest passage",
            run.OutputLines[1],
            StringComparison.Ordinal);
        Assert.Contains("1 error(s), 1 warning(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_exit_0_unless_warnaserror_makes_them_errors()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.WarningFacts);

        ToolRun plain = ToolRunner.Run(catalogue.Root, "check");
        ToolRun strict = ToolRunner.Run(catalogue.Root, "check", "--warnaserror");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(new[] { "facts/test.facts.yaml(6,5): warning FC0003: Unknown key 'colour' in fact 'troops' is ignored" }, plain.OutputLines);
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Equal(new[] { "facts/test.facts.yaml(6,5): error FC0003: Unknown key 'colour' in fact 'troops' is ignored" }, strict.OutputLines);
    }

    [Fact]
    public void A_clean_small_catalogue_prints_nothing_and_exits_0()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.CleanFacts);

        ToolRun run = ToolRunner.Run(catalogue.Root, "check", "--warnaserror");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Output);
        Assert.Contains("1 fact files, 2 facts, 2 claims, 1 sources: 0 error(s), 0 warning(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_overridable_and_paths_are_printed_as_given()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.BrokenFacts);
        string work = Path.Combine(catalogue.Root, "work");
        Directory.CreateDirectory(work);
        Directory.Move(Path.Combine(catalogue.Root, "facts"), Path.Combine(catalogue.Root, "curated"));
        Directory.Move(Path.Combine(catalogue.Root, "seeds"), Path.Combine(catalogue.Root, "texts"));

        ToolRun defaults = ToolRunner.Run(work, "check");
        ToolRun run = ToolRunner.Run(work, "check", "--facts", "../curated", "--seeds", "../texts");

        Assert.True(defaults.ExitCode == 2, defaults.ToString());
        Assert.Contains("the facts folder 'facts' does not exist", defaults.Error, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith("../curated/test.facts.yaml(12,16): error FC0007: ", run.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_seeds_the_documents_are_read_from_seeds_beside_the_facts_folder()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.CleanFacts);
        string work = Path.Combine(catalogue.Root, "work");
        Directory.CreateDirectory(work);

        ToolRun beside = ToolRunner.Run(work, "check", "--facts", "../facts");
        ToolRun current = ToolRunner.Run(work, "check", "--facts", "../facts", "--seeds", "seeds");

        Assert.True(beside.ExitCode == 0, beside.ToString());
        Assert.Empty(beside.Output);
        Assert.True(current.ExitCode == 1, current.ToString());
        Assert.Contains(": error FC0006: Source 'report' names file 'report.txt'", current.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_seeds_folder_is_the_catalogues_error_FC0006()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.CleanFacts);

        ToolRun run = ToolRunner.Run(catalogue.Root, "check", "--seeds", "elsewhere");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.OutputLines, l => l.StartsWith("facts/sources.yaml(", StringComparison.Ordinal) && l.Contains(": error FC0006: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Output);
        Assert.StartsWith("factcatalog: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_MSBuild_line_with_the_default_severity_is_the_diagnostics_own_text()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.BrokenFacts);
        CatalogueFile[] files =
        {
            new("facts/test.facts.yaml", SourceText.From(TempCatalogue.BrokenFacts)),
            new("facts/sources.yaml", SourceText.From(TempCatalogue.Sources)),
            new("seeds/report.txt", SourceText.From(TempCatalogue.Document)),
        };
        DiagnosticInfo[] diagnostics = CataloguePipeline.Run(files, new CatalogueOptions("facts", "seeds")).Diagnostics.ToArray();

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(d.ToString(), new Check.CheckedDiagnostic(d, d.Severity).ToMsBuildLine()));
    }
}
