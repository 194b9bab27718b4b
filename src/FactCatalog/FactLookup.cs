using System;
using System.Collections.Generic;

namespace FactCatalog
{
    /// <summary>
    /// Lookups over tables of ids: an exact ordinal search in a sorted table, and the closest known id for an
    /// unknown one (what generated code's <c>Facts.Get</c> names in its error).
    /// </summary>
    public static class FactLookup
    {
        /// <summary>Finds an id in a table of ids sorted ordinally.</summary>
        /// <param name="sortedIds">The ids, sorted with <see cref="StringComparer.Ordinal"/>, without duplicates.</param>
        /// <param name="id">The id to find; case and every character count.</param>
        /// <returns>The index of <paramref name="id"/> in <paramref name="sortedIds"/>, or -1 when it is not there.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="sortedIds"/> or <paramref name="id"/> is <see langword="null"/>.</exception>
        public static int BinarySearchOrdinal(string[] sortedIds, string id)
        {
            if (sortedIds is null)
            {
                throw new ArgumentNullException(nameof(sortedIds));
            }

            if (id is null)
            {
                throw new ArgumentNullException(nameof(id));
            }

            int index = Array.BinarySearch(sortedIds, id, StringComparer.Ordinal);
            return index >= 0 ? index : -1;
        }

        /// <summary>
        /// The candidate closest to <paramref name="input"/> by edit distance, for "did you mean" messages.
        /// Ties go to the ordinally smallest candidate.
        /// </summary>
        /// <param name="candidates">The known ids or names.</param>
        /// <param name="input">The unknown id or name, as written.</param>
        /// <returns>
        /// The closest candidate, or <see langword="null"/> when none is within max(2, length of <paramref name="input"/> / 3) edits.
        /// </returns>
        /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="input"/> is <see langword="null"/>.</exception>
        public static string? Closest(IEnumerable<string> candidates, string input)
        {
            if (candidates is null)
            {
                throw new ArgumentNullException(nameof(candidates));
            }

            if (input is null)
            {
                throw new ArgumentNullException(nameof(input));
            }

            return EditDistance.Closest(candidates, input);
        }
    }
}
