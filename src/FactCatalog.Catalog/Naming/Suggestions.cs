using System;
using System.Collections.Generic;

namespace FactCatalog.Catalog.Naming;

/// <summary>"Did you mean ...?" for unknown keys, sources and ids.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/> by edit distance (ordinal smallest on ties), or null
    /// when none is within max(2, length / 3) edits, the point where a suggestion stops being helpful.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        int limit = Math.Max(2, input.Length / 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            int distance = global::FactCatalog.EditDistance.Compute(input, candidate, Math.Min(limit, bestDistance));
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                if (distance <= limit)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /// <summary>"; did you mean 'x'?" or an empty string, to append to a message.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;
}
