using System.Collections.Generic;
using System.Linq;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Tests;

/// <summary>Builds small in-memory catalogues (one source document, one sources file, fact files) and validates them.</summary>
internal static class CatalogueFixture
{
    public const string FactsDir = "/repo/facts";
    public const string FactPath = "/repo/facts/test.facts.yaml";
    public const string SourcesPath = "/repo/facts/sources.yaml";
    public const string DocumentPath = "/repo/seeds/report.txt";

    public static readonly CatalogueOptions Options = new(FactsDir);

    /// <summary>A source document with the shapes the checks care about: figures, number words, a date, a repeated phrase.</summary>
    public const string Document =
        "The Pentagon said about 10,000 North Korean troops are ready to be deployed in the war zone.\n" +
        "Ukrainian military intelligence counted 12,000 North Korean soldiers, including 500 officers and three generals.\n" +
        "The treaty was signed on 26 July 2024.\n" +
        "Officials met again. Officials met again.\n";

    public const string Sources =
        "sources:\n" +
        "  report:\n" +
        "    file: report.txt\n" +
        "    title: A report\n";

    /// <summary>A fact file header followed by <paramref name="body"/> (the facts mapping's entries, indented two spaces).</summary>
    public static string Facts(string body) => "group: Test\nfacts:\n" + body;

    /// <summary>One valid fact with the given claim lines (indented six spaces under 'claims').</summary>
    public static string OneFact(string claimBody, string factExtra = "") =>
        Facts("  troops:\n    statement: Troops sent.\n    type: count\n" + factExtra + "    claims:\n" + claimBody);

    public const string PentagonClaim =
        "      pentagon:\n" +
        "        value: 10000\n" +
        "        bound: about\n" +
        "        claimant: the Pentagon\n" +
        "        source: report\n" +
        "        quote: about 10,000 North Korean troops\n";

    public static CatalogueResult Run(string factFile, string? sources = Sources, string? document = Document, CatalogueOptions? options = null)
    {
        var files = new List<CatalogueFile> { new(FactPath, SourceText.From(factFile)) };
        if (sources is not null) files.Add(new CatalogueFile(SourcesPath, SourceText.From(sources)));
        if (document is not null) files.Add(new CatalogueFile(DocumentPath, SourceText.From(document)));
        return CatalogueValidator.Validate(files, options ?? Options);
    }

    public static CatalogueResult RunFiles(params (string Path, string Text)[] files) =>
        CatalogueValidator.Validate(files.Select(f => new CatalogueFile(f.Path, SourceText.From(f.Text))), Options);

    /// <summary>Asserts exactly one diagnostic with <paramref name="id"/> and its severity, file, 1-based line and column; returns it.</summary>
    public static DiagnosticInfo Single(CatalogueResult result, string id, DiagnosticSeverity severity, string file, int line, int column)
    {
        DiagnosticInfo[] found = result.Diagnostics.Where(d => d.Id == id).ToArray();
        Assert.True(found.Length == 1, $"Expected one {id}, got {found.Length}:\n{Describe(result)}");
        DiagnosticInfo diagnostic = found[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(severity, diagnostic.ToDiagnostic().Severity);
        Assert.Equal(file, diagnostic.Location.FilePath);
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(file, diagnostic.ToDiagnostic().Location.GetLineSpan().Path ?? string.Empty);
        return diagnostic;
    }

    public static void None(CatalogueResult result, string id) =>
        Assert.True(result.Diagnostics.All(d => d.Id != id), $"Expected no {id}:\n{Describe(result)}");

    public static void Clean(CatalogueResult result) =>
        Assert.True(result.Diagnostics.Count == 0, "Expected no diagnostics:\n" + Describe(result));

    public static string Describe(CatalogueResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
}
