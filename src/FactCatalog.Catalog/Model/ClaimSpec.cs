using FactCatalog.Catalog.Diagnostics;

namespace FactCatalog.Catalog.Model;

/// <summary>One claim of a fact, as read and typed, before its quote is checked against the source.</summary>
public sealed record ClaimSpec(
    SpannedText Id,
    string Identifier,
    FactValue Value,
    LocationInfo ValueLocation,
    BoundKind Bound,
    string Claimant,
    SpannedText Source,
    SpannedText Quote,
    string? Prefix,
    string? Suffix,
    string? AsOf,
    RankKind Rank,
    LocationInfo RankLocation,
    string? Reason,
    bool Derived,
    string? Unit,
    SpannedText? Name,
    string? Note);
