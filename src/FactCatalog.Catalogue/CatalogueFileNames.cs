using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Parsing;
using FactCatalog.Catalogue.Resolution;

namespace FactCatalog.Catalogue;

/// <summary>
/// File names close to the ones the catalogue reads, and documents that are not text. The package adds both kinds to
/// the build only so that they can be reported once instead of being skipped without a word (a near-miss name) or
/// failing the build with the compiler's CS2015 (a binary file).
/// </summary>
public static class CatalogueFileNames
{
    /// <summary>Extensions of documents that are not text (images, PDFs, office documents, archives, media, binaries).</summary>
    public static readonly string[] BinaryExtensions =
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".ico", ".heic", ".pdf", ".doc", ".docx", ".xls", ".xlsx",
        ".ppt", ".pptx", ".odt", ".ods", ".odp", ".epub", ".zip", ".gz", ".tgz", ".7z", ".rar", ".tar", ".mp3", ".mp4", ".wav", ".avi",
        ".mov", ".exe", ".dll", ".bin",
    };

    /// <summary>What kind of file <paramref name="path"/> is by its extension ("an image", "a PDF", ...), or null for a text document.</summary>
    public static string? BinaryKind(string path)
    {
        string name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        int dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }
        string extension = name.Substring(dot).ToLowerInvariant();
        if (Array.IndexOf(BinaryExtensions, extension) < 0)
        {
            return null;
        }
        return extension switch
        {
            ".png" or ".jpg" or ".jpeg" or ".gif" or ".bmp" or ".tif" or ".tiff" or ".webp" or ".ico" or ".heic" => "an image",
            ".pdf" => "a PDF",
            ".zip" or ".gz" or ".tgz" or ".7z" or ".rar" or ".tar" => "an archive",
            ".mp3" or ".mp4" or ".wav" or ".avi" or ".mov" => "a media file",
            ".exe" or ".dll" or ".bin" => "a binary file",
            _ => "an office document",
        };
    }

    /// <summary>
    /// For a file under the facts folder whose name is close to a fact file's or the sources file's (and, for the
    /// sources file, directly in that folder): what such files are, their pattern, and the name this one should have;
    /// null for any other file.
    /// </summary>
    public static (string What, string Pattern, string Expected)? NearMiss(string path, CatalogueOptions options)
    {
        string normalized = CataloguePaths.Normalize(path);
        if (!CataloguePaths.IsUnder(normalized, options.FactsDirectory) || NearMissName(normalized) is not { } nearMiss)
        {
            return null;
        }
        string name = normalized.Substring(normalized.LastIndexOf('/') + 1);
        bool direct = CataloguePaths.Comparer.Equals(normalized, CataloguePaths.Combine(options.FactsDirectory, name));
        return nearMiss.Pattern == SourcesFileParser.FileName && !direct ? null : nearMiss;
    }

    /// <summary>True for a near-miss name of the sources file (<c>sources.yml</c>, <c>Sources.yaml</c>, ...).</summary>
    public static bool IsNearMissSourcesFile(string path) => NearMissName(path) is { } nearMiss && nearMiss.Pattern == SourcesFileParser.FileName;

    /// <summary>
    /// FC0020 for fact files outside the facts folder (a folder named <c>Facts</c>, <c>fact</c> or <c>facts-data</c>, say),
    /// one per folder, at its first file by path: how many there are, where fact files are read from, and what to do.
    /// </summary>
    public static IEnumerable<DiagnosticInfo> Misplaced(IEnumerable<string> paths, string factsDirectory)
    {
        string facts = CataloguePaths.Normalize(factsDirectory);
        string factsName = facts.Substring(facts.LastIndexOf('/') + 1);
        foreach (IGrouping<string, string> folder in paths.Select(CataloguePaths.Normalize)
            .GroupBy(CataloguePaths.Directory, CataloguePaths.Comparer).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string first = folder.OrderBy(p => p, StringComparer.Ordinal).First();
            int count = folder.Count();
            string name = folder.Key.Substring(folder.Key.LastIndexOf('/') + 1);
            bool sibling = CataloguePaths.Comparer.Equals(CataloguePaths.Directory(folder.Key), CataloguePaths.Directory(facts));
            // A folder beside the facts folder with a name close to it is a misnamed facts folder; anywhere else, the files are misplaced.
            string advice = sibling && IsCloseTo(name, factsName)
                ? $"rename the folder '{name}' to '{factsName}', or set FactCatalogFactsDir to '{folder.Key}'"
                : $"move {(count == 1 ? "it" : "them")} into '{facts}', or set FactCatalogFactsDir to '{folder.Key}'";
            string what = count == 1 ? $"The fact file '{first}' is" : $"{count.ToString(CultureInfo.InvariantCulture)} fact files in '{folder.Key}' are";
            yield return DiagnosticInfo.Create(CatalogueDiagnostics.NearMissFileName, LocationInfo.StartOf(first),
                $"{what} not read: fact files are read from '{facts}' (FactCatalogFactsDir) and its subfolders only; {advice}");
        }
    }

    /// <summary>True when <paramref name="name"/> looks like a misspelling of <paramref name="facts"/>: other case, singular, a suffix, a typo.</summary>
    private static bool IsCloseTo(string name, string facts)
    {
        string lower = name.ToLowerInvariant(), expected = facts.ToLowerInvariant();
        string stem = expected.TrimEnd('s');
        return lower.StartsWith(stem, StringComparison.Ordinal) || EditDistance.Compute(lower, expected, 2) <= 2;
    }

    /// <summary>As <see cref="NearMiss"/>, by the file's name alone.</summary>
    public static (string What, string Pattern, string Expected)? NearMissName(string path)
    {
        string name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        foreach (string suffix in new[] { ".facts.yml", ".fact.yaml", ".fact.yml" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return ("fact files are named", "*" + FactFileParser.Suffix, name.Substring(0, name.Length - suffix.Length) + FactFileParser.Suffix);
            }
        }
        if (name.Equals("sources.yml", StringComparison.OrdinalIgnoreCase) || name.Equals("source.yaml", StringComparison.OrdinalIgnoreCase)
            || name.Equals("source.yml", StringComparison.OrdinalIgnoreCase)
            || (name.Equals(SourcesFileParser.FileName, StringComparison.OrdinalIgnoreCase) && name != SourcesFileParser.FileName))
        {
            return ("the sources file is named", SourcesFileParser.FileName, SourcesFileParser.FileName);
        }
        return null;
    }
}
