using System;
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
            || name.Equals("source.yml", StringComparison.OrdinalIgnoreCase))
        {
            return ("the sources file is named", SourcesFileParser.FileName, SourcesFileParser.FileName);
        }
        return null;
    }
}
