using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Tests.Documentation;

/// <summary>
/// Keeps docs/diagnostics in step with the descriptor table: one page per catalogue diagnostic with its title,
/// default severity and the sections every page has; the index; the release tracking file; links that resolve;
/// and examples whose build output is exactly what the validator reports for them.
/// </summary>
public class DiagnosticDocsTests
{
    /// <summary>The second-level headings of every page, in this order and no others.</summary>

    /// <summary>Where examples live: paths relative to the project folder, as the pages show them.</summary>
    private static readonly CatalogueOptions ExampleOptions = new("facts", "seeds");

    private static string DocsDir => Path.Combine(RepoFiles.Root, "docs");

    private static string PagesDir => Path.Combine(DocsDir, "diagnostics");

    private static string IndexPath => Path.Combine(PagesDir, "README.md");

    private static string PagePath(string id) => Path.Combine(PagesDir, id + ".md");

    public static TheoryData<string> Ids => DiagnosticPageChecks.Ids(CatalogueDiagnostics.All);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_starts_with_the_id_and_title(string id) =>
        DiagnosticPageChecks.StartsWithIdAndTitle(PagesDir, CatalogueDiagnostics.ById[id]);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_states_the_default_severity_and_category(string id) =>
        DiagnosticPageChecks.StatesSeverityAndCategory(PagesDir, CatalogueDiagnostics.ById[id]);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_is_the_page(string id) => DiagnosticPageChecks.HelpLinkIsThePage(CatalogueDiagnostics.ById[id]);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_has_the_required_sections_in_order(string id) => DiagnosticPageChecks.HasRequiredSectionsInOrder(PagesDir, id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_examples_give_the_build_output_they_show(string id)
    {
        if (id == CatalogueDiagnostics.InternalError.Id)
        {
            // No input is known to cause an internal error (each one found is fixed), so its page shows the shape of
            // the output: checked against the message the guard writes rather than run.
            string shown = string.Join("\n", DiagnosticPages.Section(File.ReadAllLines(PagePath(id)), "Example"));
            DiagnosticInfo failure = StageGuard.Failure("checking the fact file against its sources", "facts/deployment.facts.yaml", new InvalidOperationException("<message>"));
            Assert.Contains(failure.ToString(), shown, StringComparison.Ordinal);
            return;
        }
        if (id == CatalogueDiagnostics.PropertyNotValid.Id)
        {
            // A build property's value, not a catalogue file, causes it: the generator's tests build the page's example
            // and compare the message (StorageTests); here, the line has the build's shape.
            string shown = string.Join("\n", DiagnosticPages.Section(File.ReadAllLines(PagePath(id)), "Example"));
            Assert.Contains("CSC : warning FC0023: The build property FactCatalogStringHeapBytes is '8 MB', which it cannot be: set it to ", shown, StringComparison.Ordinal);
            return;
        }
        List<DiagnosticPages.Example> examples = DiagnosticPages.Examples(DiagnosticPages.Section(File.ReadAllLines(PagePath(id)), "Example"));
        Assert.True(examples.Count > 0, $"docs/diagnostics/{id}.md shows no example with its build output");
        Assert.Contains(examples, e => e.Output.Any(line => line.Contains($" {id}: ", StringComparison.Ordinal)));
        foreach (DiagnosticPages.Example example in examples)
        {
            string[] actual = Run(example.Files);
            Assert.True(example.Output.SequenceEqual(actual),
                $"docs/diagnostics/{id}.md: the example's build output differs from what the catalogue checker reports.\n" +
                $"Page:\n{string.Join("\n", example.Output)}\nChecker:\n{string.Join("\n", actual)}");
        }
    }

    [Fact]
    public void Shared_example_files_are_clean_on_their_own()
    {
        Assert.NotEmpty(SharedExampleFiles());
        Assert.Equal(new[] { "CSC : warning FC0014: No fact files (*.facts.yaml) were found in 'facts'; add one there, or set FactCatalogFactsDir to the folder that holds them" },
            Run(new Dictionary<string, string>()));
    }

    [Fact]
    public void Every_page_for_a_catalogue_diagnostic_belongs_to_a_rule() =>
        DiagnosticPageChecks.EveryPageBelongsToARule(PagesDir, "FC0*.md", CatalogueDiagnostics.ById, "CatalogueDiagnostics.All");

    [Fact]
    public void Index_lists_every_rule_with_its_severity_title_and_page() =>
        DiagnosticPageChecks.IndexListsEveryRule(PagesDir, CatalogueDiagnostics.All);

    [Fact]
    public void Unshipped_release_lists_every_rule_with_its_severity_and_title() =>
        DiagnosticPageChecks.UnshippedListsEveryRule(Path.Combine(RepoFiles.Root, "releases", "AnalyzerReleases.Unshipped.md"), CatalogueDiagnostics.All);

    [Fact]
    public void Links_in_the_diagnostic_pages_resolve()
    {
        var broken = new List<string>();
        foreach (string page in Directory.GetFiles(PagesDir, "*.md"))
        {
            foreach (Match link in Regex.Matches(string.Join("\n", DiagnosticPages.WithoutFences(File.ReadAllLines(page))), @"\]\(([^)\s]+)\)"))
            {
                string target = link.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }
                int hash = target.IndexOf('#');
                string file = hash < 0 ? target : target.Substring(0, hash);
                string path = file.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, file));
                if (!path.StartsWith(Path.GetFullPath(DocsDir), StringComparison.Ordinal))
                {
                    continue; // outside docs/: not copied beside the tests
                }
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{Path.GetFileName(page)}: {target} (no such file)");
                }
                else if (hash >= 0 && !DiagnosticPages.Anchors(File.ReadAllLines(path)).Contains(target.Substring(hash + 1)))
                {
                    broken.Add($"{Path.GetFileName(page)}: {target} (no such heading)");
                }
            }
        }
        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    /// <summary>A diagnostic as MSBuild prints it; one without a location is attributed to the compiler task.</summary>
    private static string Format(DiagnosticInfo diagnostic) =>
        diagnostic.Location.FilePath.Length == 0
            ? $"CSC : {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage()}"
            : diagnostic.ToString();

    /// <summary>Validates the shared example files overlaid with <paramref name="files"/>; returns the output lines.</summary>
    private static string[] Run(IReadOnlyDictionary<string, string> files)
    {
        var all = new Dictionary<string, string>(SharedExampleFiles(), StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> file in files)
        {
            if (file.Value == DiagnosticPages.Absent)
            {
                all.Remove(file.Key);
            }
            else
            {
                all[file.Key] = file.Value;
            }
        }
        CatalogueResult result = CatalogueValidator.Validate(
            all.Select(f => new CatalogueFile(f.Key, SourceText.From(f.Value))), ExampleOptions);
        return result.Diagnostics.Select(Format).ToArray();
    }

    /// <summary>The files every example has unless it shows its own: the index's "Examples" section.</summary>
    private static Dictionary<string, string> SharedExampleFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string path, string text) in DiagnosticPages.FileBlocks(DiagnosticPages.Section(File.ReadAllLines(IndexPath), "Examples")))
        {
            files[path] = text;
        }
        return files;
    }
}
