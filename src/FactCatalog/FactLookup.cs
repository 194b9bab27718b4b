using System;
using System.Collections.Generic;

namespace FactCatalog
{
    /// <summary>
    /// The closest known id for an unknown one: what generated code's <c>Facts.Get</c> names in its error.
    /// </summary>
    public static class FactLookup
    {
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
