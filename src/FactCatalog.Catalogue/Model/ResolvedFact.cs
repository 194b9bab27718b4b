using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue.Model;

/// <summary>A resolved fact: its claims, derived status, and the claim that answers <c>Value</c> (null when Disputed or Unsupported).</summary>
public sealed record ResolvedFact(
    string Id,
    string Identifier,
    string Statement,
    FactValueType Type,
    string? Unit,
    EquatableArray<string> Tags,
    FactStatus Status,
    string? AnsweringClaimId,
    string? Note,
    EquatableArray<ResolvedClaim> Claims,
    LocationInfo Location);
