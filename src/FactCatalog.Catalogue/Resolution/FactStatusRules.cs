using System;
using System.Collections.Generic;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>The status of a fact and the claim that answers its value.</summary>
public sealed record FactStatusResult(FactStatus Status, ResolvedClaim? Answering, IReadOnlyList<ResolvedClaim> Disagreeing);

/// <summary>
/// Derives a fact's status from its claims. Only claims that count are compared: not deprecated, not declining
/// to answer (<c>stance: declines</c>), with a
/// verified quote, and with a value that fits the fact's type (one that does not has no member, so it could
/// never answer <c>Value</c>). Two claims disagree when their values differ, unless both carry an
/// <c>as-of</c> and the dates differ: only then are they known to describe different times. A claim
/// without a date may describe any time, so it can disagree with any other.
/// </summary>
public static class FactStatusRules
{
    /// <summary>
    /// Consistent: the counted claims agree (the preferred one answers, else the latest by as-of, else the
    /// first). Resolved: they disagree and the preferred claim answers. Disputed: they disagree and none is
    /// preferred. Unsupported: no claim counts.
    /// </summary>
    public static FactStatusResult Derive(ParsedFact fact, IReadOnlyList<ResolvedClaim> claims)
    {
        var counted = new List<ResolvedClaim>(claims.Count);
        string? rankedPreferredId = null;
        foreach (ResolvedClaim claim in claims)
        {
            // A claimant who declines to confirm or deny gives no answer to compare.
            if (claim.Rank != ClaimRank.Deprecated && claim.Stance != ClaimStance.Declines && claim.IsVerified && claim.HasMember)
            {
                counted.Add(claim);
            }
            if (claim.Rank == ClaimRank.Preferred)
            {
                rankedPreferredId ??= claim.Id;
            }
        }
        if (counted.Count == 0)
        {
            return new FactStatusResult(FactStatus.Unsupported, null, Array.Empty<ResolvedClaim>());
        }
        string? preferredId = fact.Preferred?.Value ?? rankedPreferredId;
        ResolvedClaim? preferred = null;
        foreach (ResolvedClaim claim in counted)
        {
            if (claim.Id == preferredId)
            {
                preferred = claim;
                break;
            }
        }

        List<ResolvedClaim>? disagreeing = null;
        foreach (ResolvedClaim a in counted)
        {
            if (DisagreesWithAny(a, counted))
            {
                (disagreeing ??= new List<ResolvedClaim>()).Add(a);
            }
        }
        if (disagreeing is null)
        {
            return new FactStatusResult(FactStatus.Consistent, preferred ?? Latest(counted), Array.Empty<ResolvedClaim>());
        }
        return preferred is null
            ? new FactStatusResult(FactStatus.Disputed, null, disagreeing)
            : new FactStatusResult(FactStatus.Resolved, preferred, disagreeing);
    }

    private static bool DisagreesWithAny(ResolvedClaim claim, List<ResolvedClaim> counted)
    {
        foreach (ResolvedClaim other in counted)
        {
            if (Disagree(claim, other))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Disagree(ResolvedClaim a, ResolvedClaim b) =>
        !a.Value.Equals(b.Value) && !(a.AsOf is not null && b.AsOf is not null && a.AsOf != b.AsOf);

    /// <summary>The claim with the latest as-of (partial dates compare as text, which orders ISO dates); file order breaks ties.</summary>
    private static ResolvedClaim Latest(List<ResolvedClaim> counted)
    {
        ResolvedClaim latest = counted[0];
        foreach (ResolvedClaim claim in counted)
        {
            if (string.CompareOrdinal(claim.AsOf ?? string.Empty, latest.AsOf ?? string.Empty) > 0)
            {
                latest = claim;
            }
        }
        return latest;
    }
}
