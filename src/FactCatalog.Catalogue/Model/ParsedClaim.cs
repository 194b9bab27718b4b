namespace FactCatalog.Catalogue.Model;

/// <summary>
/// One claim of a fact, as read and typed, before its quote is checked against the source. Places that only
/// diagnostics use are <see cref="FilePosition"/>s in the fact file.
/// </summary>
public sealed record ParsedClaim(
    SpannedText Id,
    string Identifier,
    FactValue Value,
    FilePosition ValueAt,
    ClaimBound Bound,
    string Claimant,
    string Source,
    FilePosition SourceAt,
    string Quote,
    FilePosition QuoteAt,
    string? Prefix,
    string? Suffix,
    string? AsOf,
    ClaimRank Rank,
    FilePosition RankAt,
    string? Reason,
    bool Derived,
    string? Unit,
    SpannedText? Name,
    string? Note);
