using FactCatalog.Catalog.Diagnostics;

namespace FactCatalog.Catalog.Model;

/// <summary>Stage 2 output for one fact file: its facts resolved against the sources, plus all its diagnostics so far.</summary>
public sealed record ResolvedFactFile(
    string Path,
    SpannedText Group,
    EquatableArray<FactModel> Facts,
    EquatableArray<DiagnosticInfo> Diagnostics);
