namespace FactCatalog.Catalogue.Model;

/// <summary>
/// A resolved claim: typed, named, its C# literal settled, and with its citation when the quote was found in the
/// source. Holds no position in the fact file, so moving text in a YAML file leaves it equal.
/// </summary>
public sealed record ResolvedClaim
{
    /// <summary>The claim id, unique within its fact.</summary>
    public required string Id { get; init; }

    /// <summary>The C# name of the claim's member.</summary>
    public required string Identifier { get; init; }

    public required FactValue Value { get; init; }

    /// <summary>
    /// The value as a C# expression of its fact's type; null when the value does not fit the type (reported as
    /// FC0015 or FC0002). A claim without a literal has no member, cannot answer <c>Value</c>, and is not stored.
    /// </summary>
    public string? Literal { get; init; }

    public ClaimBound Bound { get; init; }

    public required string Claimant { get; init; }

    /// <summary>The id of the source the claim quotes.</summary>
    public required string SourceId { get; init; }

    public ClaimRank Rank { get; init; }

    /// <summary>Why a deprecated claim is deprecated.</summary>
    public string? Reason { get; init; }

    /// <summary>The claim's unit, or its fact's.</summary>
    public string? Unit { get; init; }

    /// <summary>The date the value describes, as written.</summary>
    public string? AsOf { get; init; }

    /// <summary>True when the value is worked out from the quote rather than stated in it.</summary>
    public bool Derived { get; init; }

    public string? Note { get; init; }

    /// <summary>How the claimant stands toward the value: asserts it (the default), denies, or declines to say.</summary>
    public ClaimStance Stance { get; init; }

    /// <summary>The source date the value's year comes from (<c>issued</c> or <c>original-date</c>), checked against it; or null.</summary>
    public string? YearFrom { get; init; }

    /// <summary>The curator's note on how the value was read or corrected; not the claimant's words.</summary>
    public string? CuratorNote { get; init; }

    /// <summary>Where the quote is in its source; null when it was not found.</summary>
    public ResolvedCitation? Citation { get; init; }

    /// <summary>True when the quote was found in its source.</summary>
    public bool IsVerified => Citation is not null;

    /// <summary>True when the claim is written as a member of its fact's class.</summary>
    public bool HasMember => Literal is not null;
}
