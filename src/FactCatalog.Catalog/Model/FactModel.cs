using FactCatalog.Catalog.Diagnostics;

namespace FactCatalog.Catalog.Model;

/// <summary>A resolved fact: its claims, derived status, and the claim that answers <c>Value</c> (null when Disputed or Unsupported).</summary>
public sealed record FactModel(
    string Id,
    string Identifier,
    string Statement,
    ValueKind Type,
    string? Unit,
    EquatableArray<string> Tags,
    StatusKind Status,
    string? AnsweringClaimId,
    string? Note,
    EquatableArray<ClaimModel> Claims,
    LocationInfo Location);
