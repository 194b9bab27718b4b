using System;
using System.Collections.Generic;
using FactCatalog.Catalog.Model;

namespace FactCatalog.Catalog.Resolution;

/// <summary>The status of a fact and the claim that answers its value.</summary>
public sealed record FactStatusResult(StatusKind Status, ClaimModel? Answering, IReadOnlyList<ClaimModel> Disagreeing);

/// <summary>
/// Derives a fact's status from its claims. Only claims that count are compared: not deprecated, and
/// with a verified quote. Two claims disagree when their values differ, unless both carry an
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
    public static FactStatusResult Derive(FactSpec fact, IReadOnlyList<ClaimModel> claims)
    {
        var counted = new List<ClaimModel>(claims.Count);
        string? rankedPreferredId = null;
        foreach (ClaimModel claim in claims)
        {
            if (claim.Rank != RankKind.Deprecated && claim.IsVerified)
            {
                counted.Add(claim);
            }
            if (claim.Rank == RankKind.Preferred)
            {
                rankedPreferredId ??= claim.Id;
            }
        }
        if (counted.Count == 0)
        {
            return new FactStatusResult(StatusKind.Unsupported, null, Array.Empty<ClaimModel>());
        }
        string? preferredId = fact.Preferred?.Value ?? rankedPreferredId;
        ClaimModel? preferred = null;
        foreach (ClaimModel claim in counted)
        {
            if (claim.Id == preferredId)
            {
                preferred = claim;
                break;
            }
        }

        List<ClaimModel>? disagreeing = null;
        foreach (ClaimModel a in counted)
        {
            if (DisagreesWithAny(a, counted))
            {
                (disagreeing ??= new List<ClaimModel>()).Add(a);
            }
        }
        if (disagreeing is null)
        {
            return new FactStatusResult(StatusKind.Consistent, preferred ?? Latest(counted), Array.Empty<ClaimModel>());
        }
        return preferred is null
            ? new FactStatusResult(StatusKind.Disputed, null, disagreeing)
            : new FactStatusResult(StatusKind.Resolved, preferred, disagreeing);
    }

    private static bool DisagreesWithAny(ClaimModel claim, List<ClaimModel> counted)
    {
        foreach (ClaimModel other in counted)
        {
            if (Disagree(claim, other))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Disagree(ClaimModel a, ClaimModel b) =>
        !a.Value.Equals(b.Value) && !(a.AsOf is not null && b.AsOf is not null && a.AsOf != b.AsOf);

    /// <summary>The claim with the latest as-of (partial dates compare as text, which orders ISO dates); file order breaks ties.</summary>
    private static ClaimModel Latest(List<ClaimModel> counted)
    {
        ClaimModel latest = counted[0];
        foreach (ClaimModel claim in counted)
        {
            if (string.CompareOrdinal(claim.AsOf ?? string.Empty, latest.AsOf ?? string.Empty) > 0)
            {
                latest = claim;
            }
        }
        return latest;
    }
}
