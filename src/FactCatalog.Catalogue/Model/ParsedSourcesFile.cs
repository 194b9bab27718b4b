using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue.Model;

/// <summary>
/// The parsed sources file: its valid entries, what was wrong with it, and the ids of entries that were
/// rejected (already reported), so claims citing them are not reported again as citing unknown sources.
/// </summary>
public sealed record ParsedSourcesFile(
    string Path,
    EquatableArray<ParsedSource> Sources,
    EquatableArray<string> RejectedIds,
    bool IsReadable,
    EquatableArray<DiagnosticInfo> Diagnostics);
