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
        var close = new List<(int Distance, string Candidate)>();
        foreach (string candidate in candidates)
        {
            int distance = EditDistance.Compute(candidate, input, limit);
            if (distance != int.MaxValue)
            {
                close.Add((distance, candidate));
            }
        }
        return close
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(MaxCandidates)
            .Select(c => c.Candidate)
            .ToList();
    }
}
