using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue.Model;

/// <summary>A resolved claim: typed, named, and with its citation when the quote was found in the source.</summary>
public sealed record ResolvedClaim(
    string Id,
    string Identifier,
    FactValue Value,
    ClaimBound Bound,
    string Claimant,
    string SourceId,
    ClaimRank Rank,
    string? Reason,
    string? Unit,
    string? AsOf,
    bool Derived,
    string? Note,
    ResolvedCitation? Citation,
    LocationInfo Location)
{
    /// <summary>True when the quote was found in its source.</summary>
    public bool IsVerified => Citation is not null;
}
