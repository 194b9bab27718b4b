using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue.Model;

/// <summary>Stage 3 output for one fact file: its facts resolved against the sources, plus all its diagnostics so far.</summary>
/// <param name="Path">The fact file.</param>
/// <param name="Group">The group the file's facts go in, and where it is set.</param>
/// <param name="Facts">The resolved facts, in file order.</param>
/// <param name="FactLocations">
/// Where each fact's id is written, by the index of the fact in <paramref name="Facts"/>: a side table that only the
/// cross-file checks read, so the facts themselves carry no position.
/// </param>
/// <param name="Diagnostics">Everything reported while parsing and resolving the file.</param>
public sealed record ResolvedFactFile(
    string Path,
    SpannedText Group,
    EquatableArray<ResolvedFact> Facts,
    EquatableArray<LocationInfo> FactLocations,
    EquatableArray<DiagnosticInfo> Diagnostics);
