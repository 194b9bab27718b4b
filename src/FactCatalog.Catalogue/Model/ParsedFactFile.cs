using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue.Model;

/// <summary>
/// Stage 1 output for one fact file: its group, facts and diagnostics. Equatable, so an unchanged file is
/// not re-resolved.
/// </summary>
public sealed record ParsedFactFile(
    string Path,
    SpannedText Group,
    EquatableArray<ParsedFact> Facts,
    EquatableArray<DiagnosticInfo> Diagnostics);
