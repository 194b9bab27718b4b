using System;
using FactCatalog.Catalogue.Parsing;
using FactCatalog.Catalogue.Resolution;

namespace FactCatalog.Catalogue;

/// <summary>What a catalogue input file is.</summary>
public enum CatalogueFileKind { Other, FactFile, SourcesFile, Document }

/// <summary>Tells fact files, the sources file and source documents apart by path.</summary>
public static class CatalogueFileKinds
{
    /// <summary>
    /// A <c>*.facts.yaml</c> file under the facts folder is a fact file; <c>sources.yaml</c> directly in it
    /// is the sources file; any file under the sources folder is a document; anything else is ignored.
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
        return CataloguePaths.IsUnder(normalized, options.EffectiveSourcesDirectory) ? CatalogueFileKind.Document : CatalogueFileKind.Other;
    }
}
