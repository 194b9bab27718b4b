namespace FactCatalog.Catalogue.Model;

/// <summary>
/// One claim of a fact, as read and typed, before its quote is checked against the source. Places that only
/// diagnostics use are <see cref="FilePosition"/>s in the fact file.
/// </summary>
public sealed record ParsedClaim
{
    /// <summary>The claim id, unique within its fact, and where it is written.</summary>
    public required SpannedText Id { get; init; }

    /// <summary>The C# name of the claim's member: its <c>name</c>, or the id in PascalCase.</summary>
    public required string Identifier { get; init; }

    /// <summary>The <c>name</c> key as written, when there is one.</summary>
    public SpannedText? Name { get; init; }

    public required FactValue Value { get; init; }

    public required FilePosition ValueAt { get; init; }

    public ClaimBound Bound { get; init; }

    public required string Claimant { get; init; }

    /// <summary>The id of the source the claim quotes.</summary>
    public required string Source { get; init; }

    public required FilePosition SourceAt { get; init; }

    /// <summary>The quote as written in the fact file.</summary>
    public required string Quote { get; init; }

    public required FilePosition QuoteAt { get; init; }

    /// <summary>Words right before the quote in the source, to tell one of several occurrences apart.</summary>
    public string? Prefix { get; init; }

    /// <summary>Words right after the quote in the source.</summary>
    public string? Suffix { get; init; }

    /// <summary>The date the value describes (<c>as-of</c>), as written.</summary>
    public string? AsOf { get; init; }

    public ClaimRank Rank { get; init; }

    public FilePosition RankAt { get; init; }

    /// <summary>Why a deprecated claim is deprecated.</summary>
    public string? Reason { get; init; }

    /// <summary>True when the value is worked out from the quote rather than stated in it.</summary>
    public bool Derived { get; init; }

    /// <summary>The claim's own unit, when it differs from the fact's.</summary>
    public string? Unit { get; init; }

    public string? Note { get; init; }

    /// <summary>How the claimant stands toward the value (<c>stance</c>): asserts it, denies, or declines to say.</summary>
    public ClaimStance Stance { get; init; }

    public FilePosition StanceAt { get; init; }

    /// <summary>
    /// The source date the value's year is taken from (<c>year-from</c>): <c>issued</c> or <c>original-date</c>;
    /// null when the quote is to state the year itself.
    /// </summary>
    public string? YearFrom { get; init; }

    public FilePosition YearFromAt { get; init; }

    /// <summary>The curator's own words on how the value was read or corrected (<c>curator-note</c>), kept apart from the claimant's.</summary>
    public string? CuratorNote { get; init; }

    public FilePosition DerivedAt { get; init; }
}
