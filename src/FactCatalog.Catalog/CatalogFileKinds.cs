using System;
using FactCatalog.Catalog.Parsing;
using FactCatalog.Catalog.Resolution;

namespace FactCatalog.Catalog;

/// <summary>What a catalogue input file is.</summary>
public enum CatalogFileKind { Other, FactFile, SourcesFile, Document }

/// <summary>Tells fact files, the sources file and source documents apart by path.</summary>
public static class CatalogFileKinds
{
    /// <summary>
    /// A <c>*.facts.yaml</c> file under the facts folder is a fact file; <c>sources.yaml</c> directly in it
    /// is the sources file; any file under the sources folder is a document; anything else is ignored.
    /// </summary>
    public static CatalogFileKind Classify(string path, CatalogOptions options)
    {
        string normalized = CatalogPaths.Normalize(path);
        if (CatalogPaths.IsUnder(normalized, options.FactsDirectory))
        {
            if (normalized.EndsWith(FactFileParser.Suffix, StringComparison.OrdinalIgnoreCase))
            {
                return CatalogFileKind.FactFile;
            }
            if (CatalogPaths.Comparer.Equals(normalized, CatalogPaths.Combine(options.FactsDirectory, SourcesFileParser.FileName)))
            {
                return CatalogFileKind.SourcesFile;
            }
        }
        return CatalogPaths.IsUnder(normalized, options.EffectiveSourcesDirectory) ? CatalogFileKind.Document : CatalogFileKind.Other;
    }
}
