using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactCatalog.Catalog.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalog.Tests.Documentation;

/// <summary>
/// Keeps docs/diagnostics in step with the descriptor table: one page per catalogue diagnostic with its title,
/// default severity and the sections every page has; the index; the release tracking file; links that resolve;
/// and examples whose build output is exactly what the validator reports for them.
/// </summary>
public class DiagnosticDocsTests
{
    /// <summary>The second-level headings of every page, in this order and no others.</summary>
    private static readonly string[] Sections = { "What it means", "Example", "How to fix", "Changing its severity", "See also" };

    /// <summary>Where examples live: paths relative to the project folder, as the pages show them.</summary>
    private static readonly CatalogOptions ExampleOptions = new("facts", "seeds");

    private static string DocsDir => Path.Combine(RepoFiles.Root, "docs");

    private static string PagesDir => Path.Combine(DocsDir, "diagnostics");

    private static string IndexPath => Path.Combine(PagesDir, "README.md");

    private static string PagePath(string id) => Path.Combine(PagesDir, id + ".md");

    public static TheoryData<string> Ids
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (DiagnosticDescriptor descriptor in CatalogDiagnostics.All)
            {
                data.Add(descriptor.Id);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_starts_with_the_id_and_title(string id)
    {
        Assert.True(File.Exists(PagePath(id)), $"docs/diagnostics/{id}.md is missing");
        Assert.Equal($"# {id}: {CatalogDiagnostics.ById[id].Title}", File.ReadAllLines(PagePath(id))[0]);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_states_the_default_severity_and_category(string id)
    {
        DiagnosticDescriptor descriptor = CatalogDiagnostics.ById[id];
        string[] stated = File.ReadAllLines(PagePath(id)).Where(l => l.StartsWith("Default severity:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { $"Default severity: **{descriptor.DefaultSeverity}** · Category: {descriptor.Category}" }, stated);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_is_the_page(string id)
    {
        string link = CatalogDiagnostics.ById[id].HelpLinkUri;
        Assert.Equal(DiagnosticHelp.LinkFor(id), link);
        Assert.EndsWith("/docs/diagnostics/" + id + ".md", link, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_has_the_required_sections_in_order(string id)
    {
        string[] sections = DiagnosticPages.Headings(File.ReadAllLines(PagePath(id)))
            .Where(h => h.Level == 2)
            .Select(h => h.Text)
            .ToArray();
        Assert.Equal(Sections, sections);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_examples_give_the_build_output_they_show(string id)
    {
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
    public void Every_page_for_a_catalogue_diagnostic_belongs_to_a_rule()
    {
        foreach (string page in Directory.GetFiles(PagesDir, "FC0*.md"))
        {
            string id = Path.GetFileNameWithoutExtension(page);
            Assert.True(CatalogDiagnostics.ById.ContainsKey(id), $"docs/diagnostics/{id}.md documents no diagnostic of CatalogDiagnostics.All");
        }
    }

    [Fact]
    public void Index_lists_every_rule_with_its_severity_title_and_page()
    {
        string[] lines = File.ReadAllLines(IndexPath);
        foreach (DiagnosticDescriptor descriptor in CatalogDiagnostics.All)
        {
            string row = $"| [{descriptor.Id}]({descriptor.Id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |";
            Assert.True(lines.Contains(row), $"docs/diagnostics/README.md has no row\n{row}");
        }
    }

    [Fact]
    public void Unshipped_release_lists_every_rule_with_its_severity_and_title()
    {
        string[][] rows = File.ReadAllLines(Path.Combine(RepoFiles.Root, "releases", "AnalyzerReleases.Unshipped.md"))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length == 4)
            .ToArray();
        foreach (DiagnosticDescriptor descriptor in CatalogDiagnostics.All)
        {
            string[][] listed = rows.Where(cells => cells[0] == descriptor.Id).ToArray();
            Assert.True(listed.Length == 1, $"AnalyzerReleases.Unshipped.md lists {descriptor.Id} {listed.Length} times; expected once");
            Assert.Equal(new[] { descriptor.Id, descriptor.Category, descriptor.DefaultSeverity.ToString(), descriptor.Title.ToString(CultureInfo.InvariantCulture) }, listed[0]);
        }
    }

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
            all[file.Key] = file.Value;
        }
        CatalogResult result = CatalogValidator.Validate(
            all.Select(f => new CatalogFile(f.Key, SourceText.From(f.Value))), ExampleOptions);
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
