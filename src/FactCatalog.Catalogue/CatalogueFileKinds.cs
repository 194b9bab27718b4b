using System;
using FactCatalog.Catalogue.Parsing;
using FactCatalog.Catalogue.Resolution;

namespace FactCatalog.Catalogue;

/// <summary>What a catalogue input file is.</summary>
/// <remarks><see cref="MisplacedFactFile"/>: a <c>*.facts.yaml</c> file outside the facts folder, not read, only reported (FC0020).</remarks>
public enum CatalogueFileKind { Other, FactFile, SourcesFile, Document, MisplacedFactFile }

/// <summary>Tells fact files, the sources file and source documents apart by path.</summary>
public static class CatalogueFileKinds
{
    /// <summary>
    /// A <c>*.facts.yaml</c> file under the facts folder is a fact file; <c>sources.yaml</c> directly in it
    /// is the sources file; any file under the sources folder is a document; a fact file anywhere else is misplaced;
    /// anything else is ignored.
    /// </summary>
    public static CatalogueFileKind Classify(string path, CatalogueOptions options)
    {
        string normalized = CataloguePaths.Normalize(path);
        if (CataloguePaths.IsUnder(normalized, options.FactsDirectory))
        {
            if (normalized.EndsWith(FactFileParser.Suffix, StringComparison.OrdinalIgnoreCase))
            {
                return CatalogueFileKind.FactFile;
            }
            if (CataloguePaths.Comparer.Equals(normalized, CataloguePaths.Combine(options.FactsDirectory, SourcesFileParser.FileName)))
            {
                return CatalogueFileKind.SourcesFile;
            }
            if (CatalogueFileNames.NearMiss(normalized, options) is not null)
            {
                // Read as a fact file only to report its name once (FC0020); it holds no facts.
                return CatalogueFileKind.FactFile;
            }
        }
        if (CataloguePaths.IsUnder(normalized, options.EffectiveSourcesDirectory))
        {
            return CatalogueFileKind.Document;
        }
        // The package adds fact files in the project folder and the folders right under it, so that fact files in a
        // misnamed facts folder are reported once (FC0020) instead of their group missing without a word.
        return normalized.EndsWith(FactFileParser.Suffix, StringComparison.OrdinalIgnoreCase) ? CatalogueFileKind.MisplacedFactFile : CatalogueFileKind.Other;
    }
}
