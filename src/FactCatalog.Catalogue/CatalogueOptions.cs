using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Catalogue;

/// <summary>
/// Where the catalogue lives and what the generated class is called (MSBuild properties
/// <c>FactCatalogFactsDir</c>, <c>FactCatalogSourcesDir</c>, <c>FactCatalogClassName</c>).
/// </summary>
/// <param name="FactsDirectory">The folder of the fact files and <c>sources.yaml</c>.</param>
/// <param name="SourcesDirectory">The folder source files are named relative to; default: <c>seeds</c> beside the facts folder.</param>
/// <param name="ClassName">The generated root class.</param>
public sealed record CatalogueOptions(string FactsDirectory, string? SourcesDirectory = null, string ClassName = "Facts")
{
    /// <summary>What was wrong with the settings these options were made from (reported with the catalogue's diagnostics).</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = EquatableArray<DiagnosticInfo>.Empty;

    /// <summary>The sources folder, with its default applied.</summary>
    public string EffectiveSourcesDirectory =>
        SourcesDirectory ?? Resolution.CataloguePaths.Combine(Resolution.CataloguePaths.Directory(FactsDirectory), "seeds");
}
