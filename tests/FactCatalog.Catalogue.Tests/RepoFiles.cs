using System;
using System.IO;
using System.Linq;
using FactCatalog.Catalogue;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Tests;

/// <summary>The repository's seeds, facts and schemas, copied beside the test assembly.</summary>
internal static class RepoFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "repo");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string FactsDir => Path.Combine(Root, "facts");

    public static string Seed(string name) => File.ReadAllText(Path.Combine(Seeds, name));

    /// <summary>Every file of the real catalogue, as the build hands them to the generator.</summary>
    public static CatalogueFile[] Catalogue() =>
        Directory.GetFiles(FactsDir).Concat(Directory.GetFiles(Seeds))
            .Select(path => new CatalogueFile(path, SourceText.From(File.ReadAllText(path))))
            .ToArray();

    public static CatalogueOptions Options => new(FactsDir);
}
