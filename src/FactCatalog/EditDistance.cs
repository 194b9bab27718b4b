using System;

namespace FactCatalog
{
    /// <summary>Levenshtein distance: the fewest single-character insertions, deletions and substitutions that turn one string into another.</summary>
    internal static class EditDistance
    {
        /// <summary>
        /// The distance between <paramref name="first"/> and <paramref name="second"/>, compared ordinally, or
        /// <see cref="int.MaxValue"/> as soon as it is known to exceed <paramref name="maxDistance"/>.
        /// Takes O(n·m) time and O(min(n, m)) memory.
        /// </summary>
        public static int Compute(string first, string second, int maxDistance)
        {
            if (maxDistance < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDistance), maxDistance, "The cut-off cannot be negative.");
            }

            // The rows run along the shorter string, so memory grows with the shorter one only.
            string shorter = first.Length <= second.Length ? first : second;
            string longer = ReferenceEquals(shorter, first) ? second : first;
            if (longer.Length - shorter.Length > maxDistance)
            {
                return int.MaxValue;
            }

            var previous = new int[shorter.Length + 1];
            var current = new int[shorter.Length + 1];
            for (int j = 0; j < previous.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= longer.Length; i++)
            {
                char letter = longer[i - 1];
                current[0] = i;
                int rowMinimum = i;
                for (int j = 1; j < current.Length; j++)
                {
                    int substitution = previous[j - 1] + (letter == shorter[j - 1] ? 0 : 1);
                    int distance = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                    current[j] = distance;
                    rowMinimum = Math.Min(rowMinimum, distance);
                }

                // Distances never shrink from one row to the next, so once a whole row is over the cut-off, so is the result.
                if (rowMinimum > maxDistance)
                {
                    return int.MaxValue;
                }

                (previous, current) = (current, previous);
            }

            int result = previous[shorter.Length];
            return result <= maxDistance ? result : int.MaxValue;
        }

        /// <summary>
        /// The candidate closest to <paramref name="input"/> (ordinal smallest on ties), or null when none is
        /// within max(2, input length / 3) edits, past which a "did you mean" stops helping. Null candidates are skipped.
        /// </summary>
        public static string? Closest(System.Collections.Generic.IEnumerable<string> candidates, string input)
        {
            string? best = null;
            int bestDistance = Math.Max(2, input.Length / 3);
            foreach (string candidate in candidates)
            {
                if (candidate is null)
                {
                    continue;
                }

                // Cutting off at the best distance so far keeps a scan of a large catalogue cheap.
                int distance = Compute(candidate, input, bestDistance);
                if (distance == int.MaxValue)
                {
                    continue;
                }

                if (best is null || distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }
    }
}
