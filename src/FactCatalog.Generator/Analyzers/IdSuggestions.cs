using System;
using System.Collections.Generic;
using System.Linq;

namespace FactCatalog.Generator.Analyzers;

/// <summary>
/// "Did you mean" for cited ids, by the rule of the runtime's <c>Facts.Get</c> (edit distance at most
/// max(2, length / 3), ties to the ordinally smallest), but keeping a few close candidates, so that a code fix
/// can offer each of them.
/// </summary>
internal static class IdSuggestions
{
    /// <summary>How many candidates a code fix offers at most.</summary>
    public const int MaxCandidates = 3;

    /// <summary>The candidates close to <paramref name="input"/>, closest first (ordinal on ties).</summary>
    public static IReadOnlyList<string> Closest(IEnumerable<string> candidates, string input)
    {
        int limit = Math.Max(2, input.Length / 3);
        var best = new List<(int Distance, string Candidate)>(MaxCandidates + 1);
        foreach (string candidate in candidates)
        {
            // Once enough candidates are found, only those as close as the farthest kept can still enter, so the
            // distance is cut off there: with thousands of ids, most comparisons stop after a few characters.
            int distance = EditDistance.Compute(candidate, input, best.Count == MaxCandidates ? best[MaxCandidates - 1].Distance : limit);
            if (distance == int.MaxValue)
            {
                continue;
            }
            int at = best.FindIndex(b => b.Distance > distance || (b.Distance == distance && string.CompareOrdinal(b.Candidate, candidate) > 0));
            best.Insert(at < 0 ? best.Count : at, (distance, candidate));
            if (best.Count > MaxCandidates)
            {
                best.RemoveAt(MaxCandidates);
            }
        }
        return best.Select(b => b.Candidate).ToList();
    }
}
