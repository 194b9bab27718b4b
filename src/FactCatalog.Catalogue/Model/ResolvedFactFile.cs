using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue.Model;

/// <summary>Stage 2 output for one fact file: its facts resolved against the sources, plus all its diagnostics so far.</summary>
public sealed record ResolvedFactFile(
    string Path,
    SpannedText Group,
    EquatableArray<ResolvedFact> Facts,
    EquatableArray<DiagnosticInfo> Diagnostics);
