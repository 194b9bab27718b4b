using FactCatalog.Catalog.Diagnostics;

namespace FactCatalog.Catalog.Model;

/// <summary>
/// Stage 1 output for one fact file: its group, facts and diagnostics. Equatable, so an unchanged file is
/// not re-resolved.
/// </summary>
public sealed record FactFileSpec(
    string Path,
    SpannedText Group,
    EquatableArray<FactSpec> Facts,
    EquatableArray<DiagnosticInfo> Diagnostics);
