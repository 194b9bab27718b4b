using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Catalogue.Tests.Documentation;

/// <summary>
/// The checks every diagnostic page, the index and the release file must pass, for any descriptor table:
/// shared by the catalogue's (FC0xxx) and the analyzers' (FC1xxx) page tests.
/// </summary>
internal static class DiagnosticPageChecks
{
    public static readonly string[] Sections = { "What it means", "Example", "How to fix", "Changing its severity", "See also" };

    public static TheoryData<string> Ids(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticDescriptor descriptor in descriptors)
        {
            data.Add(descriptor.Id);
        }
        return data;
    }

    public static string PagePath(string pagesDir, string id) => Path.Combine(pagesDir, id + ".md");

    public static void StartsWithIdAndTitle(string pagesDir, DiagnosticDescriptor descriptor)
    {
        string page = PagePath(pagesDir, descriptor.Id);
        Assert.True(File.Exists(page), $"docs/diagnostics/{descriptor.Id}.md is missing");
        Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", File.ReadAllLines(page)[0]);
    }

    public static void StatesSeverityAndCategory(string pagesDir, DiagnosticDescriptor descriptor)
    {
        string[] stated = File.ReadAllLines(PagePath(pagesDir, descriptor.Id))
            .Where(l => l.StartsWith("Default severity:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[] { $"Default severity: **{descriptor.DefaultSeverity}** · Category: {descriptor.Category}" }, stated);
    }

    public static void HasRequiredSectionsInOrder(string pagesDir, string id) =>
        Assert.Equal(Sections, DiagnosticPages.Headings(File.ReadAllLines(PagePath(pagesDir, id))).Where(h => h.Level == 2).Select(h => h.Text));

    public static void HelpLinkIsThePage(DiagnosticDescriptor descriptor)
    {
        Assert.Equal(DiagnosticHelp.LinkFor(descriptor.Id), descriptor.HelpLinkUri);
        // No public home (FactCatalogRepositoryUrl empty): no link rather than one to a page that does not exist.
        Assert.Equal(
            DiagnosticHelp.RepositoryUrl.Length == 0 ? string.Empty : DiagnosticHelp.RepositoryUrl + "/blob/main/docs/diagnostics/" + descriptor.Id + ".md",
            descriptor.HelpLinkUri);
    }

    /// <summary>Every page matching <paramref name="pattern"/> documents a descriptor of <paramref name="table"/>.</summary>
    public static void EveryPageBelongsToARule(string pagesDir, string pattern, IReadOnlyDictionary<string, DiagnosticDescriptor> byId, string table)
    {
        foreach (string page in Directory.GetFiles(pagesDir, pattern))
        {
            string id = Path.GetFileNameWithoutExtension(page);
            Assert.True(byId.ContainsKey(id), $"docs/diagnostics/{id}.md documents no diagnostic of {table}");
        }
    }

    public static void IndexListsEveryRule(string pagesDir, IEnumerable<DiagnosticDescriptor> descriptors)
    {
        string[] lines = File.ReadAllLines(Path.Combine(pagesDir, "README.md"));
        foreach (DiagnosticDescriptor descriptor in descriptors)
        {
            string row = $"| [{descriptor.Id}]({descriptor.Id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |";
            Assert.True(lines.Contains(row), $"docs/diagnostics/README.md has no row\n{row}");
        }
    }

    /// <summary>The release file lists exactly these rules, in table order, each with its category, severity and title.</summary>
    public static void UnshippedListsEveryRule(string releaseFile, IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        string[][] rows = File.ReadAllLines(releaseFile)
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length == 4 && cells[0].StartsWith("FC", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(descriptors.Select(d => d.Id), rows.Select(r => r[0]));
        foreach (DiagnosticDescriptor descriptor in descriptors)
        {
            Assert.Equal(
                new[] { descriptor.Id, descriptor.Category, descriptor.DefaultSeverity.ToString(), descriptor.Title.ToString(CultureInfo.InvariantCulture) },
                rows.Single(cells => cells[0] == descriptor.Id));
        }
    }
}
