namespace FactCatalog.Catalogue.Model;

/// <summary>
/// A resolved fact: its claims, derived status, and the claim that answers <c>Value</c>. Holds no position in the
/// fact file (the file's <see cref="ResolvedFactFile.FactLocations"/> does), so moving text leaves it equal.
/// </summary>
public sealed record ResolvedFact
{
    /// <summary>The fact id, unique in the catalogue.</summary>
    public required string Id { get; init; }

    /// <summary>The C# name of the fact's class.</summary>
    public required string Identifier { get; init; }

    /// <summary>The question the fact answers.</summary>
    public required string Statement { get; init; }

    public required FactValueType Type { get; init; }

    public string? Unit { get; init; }

    public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;

    public required FactStatus Status { get; init; }

    /// <summary>
    /// The claim whose literal is <c>Value</c>: set only when the fact is Consistent or Resolved, and then always a
    /// claim of <see cref="Claims"/> with a member. Null means the fact has no usable <c>Value</c>.
    /// </summary>
    public string? ValueClaimId { get; init; }

    public string? Note { get; init; }

    public required EquatableArray<ResolvedClaim> Claims { get; init; }

    /// <summary>The claim that answers <c>Value</c>, or null.</summary>
    public ResolvedClaim? ValueClaim
    {
        get
        {
            if (ValueClaimId is null)
            {
                return null;
            }
            foreach (ResolvedClaim claim in Claims)
            {
                if (claim.Id == ValueClaimId)
                {
                    return claim;
                }
            }
            return null;
        }
    }
}
