using FactCatalog.Catalog.Diagnostics;

namespace FactCatalog.Catalog.Model;

/// <summary>The parsed sources file: its entries and what was wrong with it.</summary>
public sealed record SourcesFileSpec(
    string Path,
    EquatableArray<SourceSpec> Sources,
    EquatableArray<DiagnosticInfo> Diagnostics);
