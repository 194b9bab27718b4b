using FactCatalog.Catalog.Diagnostics;

namespace FactCatalog.Catalog.Model;

/// <summary>A resolved claim: typed, named, and with its citation when the quote was found in the source.</summary>
public sealed record ClaimModel(
    string Id,
    string Identifier,
    FactValue Value,
    BoundKind Bound,
    string Claimant,
    string SourceId,
    RankKind Rank,
    string? Reason,
    string? Unit,
    string? AsOf,
    bool Derived,
    string? Note,
    CitationModel? Citation,
    LocationInfo Location)
{
    /// <summary>True when the quote was found in its source.</summary>
    public bool IsVerified => Citation is not null;
}
