using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using FactCatalog.Analyzers.Tests.Infrastructure;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Tests.Documentation;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Analyzers.Tests;

/// <summary>
/// Keeps docs/diagnostics in step with the code descriptor table, as the catalogue's page tests do for FC0001–FC0023:
/// one page per rule with its title, severity and sections; the index; release tracking; help links; and examples
/// whose build output is what the generator and the analyzers report for them.
/// </summary>
public class CodeDiagnosticDocsTests
{

    /// <summary>The examples' project: its folder, and the root namespace that names the catalogue <c>Demo.Facts</c>.</summary>
    private const string ProjectDir = "/project/";

    private static string Root => Path.Combine(AppContext.BaseDirectory, "repo");

    private static string PagesDir => Path.Combine(Root, "docs", "diagnostics");

    private static string IndexPath => Path.Combine(PagesDir, "README.md");

    private static string PagePath(string id) => Path.Combine(PagesDir, id + ".md");

    public static TheoryData<string> Ids => DiagnosticPageChecks.Ids(CodeDiagnostics.All);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_starts_with_the_id_and_title(string id) =>
        DiagnosticPageChecks.StartsWithIdAndTitle(PagesDir, CodeDiagnostics.ById[id]);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_states_the_default_severity_and_category(string id) =>
        DiagnosticPageChecks.StatesSeverityAndCategory(PagesDir, CodeDiagnostics.ById[id]);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_has_the_required_sections_in_order(string id) => DiagnosticPageChecks.HasRequiredSectionsInOrder(PagesDir, id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_is_the_page(string id) => DiagnosticPageChecks.HelpLinkIsThePage(CodeDiagnostics.ById[id]);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_examples_give_the_build_output_they_show(string id)
    {
        List<DiagnosticPages.Example> examples = DiagnosticPages.Examples(DiagnosticPages.Section(File.ReadAllLines(PagePath(id)), "Example"));
        Assert.True(examples.Count > 0, $"docs/diagnostics/{id}.md shows no example with its build output");
        Assert.Contains(examples, e => e.Output.Any(line => line.Contains($" {id}: ", StringComparison.Ordinal)));
        foreach (DiagnosticPages.Example example in examples)
        {
            Expect.Lines(example.Output, Run(example.Files));
        }
    }

    [Fact]
    public void Every_page_for_a_code_diagnostic_belongs_to_a_rule() =>
        DiagnosticPageChecks.EveryPageBelongsToARule(PagesDir, "FC1*.md", CodeDiagnostics.ById, "CodeDiagnostics.All");

    [Fact]
    public void Index_lists_every_rule_with_its_severity_title_and_page() =>
        DiagnosticPageChecks.IndexListsEveryRule(PagesDir, CodeDiagnostics.All);

    [Fact]
    public void Unshipped_release_lists_every_rule_with_its_severity_and_title() =>
        DiagnosticPageChecks.UnshippedListsEveryRule(Path.Combine(Root, "releases", "AnalyzerReleases.Unshipped.md"), CodeDiagnostics.All);

    /// <summary>
    /// Builds an example as the project <c>Demo</c>: YAML and text files are additional files, C# files are compiled with
    /// the generated catalogue; returns every FactCatalog diagnostic as MSBuild prints it, paths relative to the project.
    /// </summary>
    private static string[] Run(IReadOnlyDictionary<string, string> pageFiles)
    {
        var files = new Dictionary<string, string>(SharedExampleFiles(), StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> file in pageFiles)
        {
            files[file.Key] = file.Value;
        }
        var input = new CatalogueInput(
            files.Where(f => !f.Key.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (ProjectDir + f.Key, f.Value)).ToList(),
            new Dictionary<string, string> { ["RootNamespace"] = "Demo", ["ProjectDir"] = ProjectDir });
        Compilation code = GeneratorHarness.Compilation().AddSyntaxTrees(files
            .Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(f.Value, GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Parse), path: ProjectDir + f.Key)));
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(input), code);
        Diagnostic[] errors = run.CompileDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The example does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));

        ImmutableArray<Diagnostic> analyzed = AnalyzerHarness.Diagnose(run.Output);
        return run.Diagnostics.Concat(analyzed)
            .Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan()))
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartLinePosition)
            .ThenBy(d => d.Diagnostic.Id, StringComparer.Ordinal)
            .Select(d => Format(d.Diagnostic, d.Span))
            .ToArray();
    }

    private static string Format(Diagnostic diagnostic, FileLinePositionSpan span)
    {
        string severity = diagnostic.Severity.ToString().ToLowerInvariant();
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (span.Path.Length == 0)
        {
            return $"CSC : {severity} {diagnostic.Id}: {message}";
        }
        string path = span.Path.StartsWith(ProjectDir, StringComparison.Ordinal) ? span.Path.Substring(ProjectDir.Length) : span.Path;
        return $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message}";
    }

    /// <summary>The files every example has unless it shows its own: the index's "Examples" section.</summary>
    private static Dictionary<string, string> SharedExampleFiles() =>
        DiagnosticPages.FileBlocks(DiagnosticPages.Section(File.ReadAllLines(IndexPath), "Examples"))
            .ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
}
