using System;

namespace FactCatalog
{
    /// <summary>One source's answer to a fact, with its value typed as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The value's type: <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="FactDate"/>, <see cref="string"/> or <see cref="bool"/>.</typeparam>
    public sealed class Claim<T> : Claim
    {
        /// <summary>Creates a claim. Generated catalogue code calls this; user code reads the result.</summary>
        /// <param name="value">The claimed value.</param>
        /// <param name="id">The claim id, unique within its fact, such as <c>pentagon</c>.</param>
        /// <param name="claimant">Who asserts the value (not the outlet that reports it), such as <c>the Pentagon</c>.</param>
        /// <param name="rank">How the catalogue ranks the claim.</param>
        /// <param name="reason">Why the claim is deprecated; required when <paramref name="rank"/> is <see cref="ClaimRank.Deprecated"/>.</param>
        /// <param name="bound">How the value relates to the true value (exact, about, at least, ...).</param>
        /// <param name="unit">The unit of the value, such as <c>troops</c>, if any.</param>
        /// <param name="asOf">When the value held, if the source says.</param>
        /// <param name="derived">Whether the value is an inference the quote does not state literally.</param>
        /// <param name="note">A note for readers about the claim (such as what the quote leaves out), if any.</param>
        /// <param name="citation">Where the quote backing the claim was found.</param>
        /// <exception cref="ArgumentNullException"><paramref name="value"/>, <paramref name="id"/>, <paramref name="claimant"/> or <paramref name="citation"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException">The claim is deprecated but <paramref name="reason"/> is missing.</exception>
        public Claim(
            T value,
            string id,
            string claimant,
            ClaimRank rank,
            string? reason,
            ClaimBound bound,
            string? unit,
            FactDate? asOf,
            bool derived,
            string? note,
            Citation citation)
            : this(value, id, claimant, rank, reason, bound, unit, asOf, derived, note, citation, ClaimStance.Asserts, null, null)
        {
        }

        /// <summary>Creates a claim with every field at once, as a catalogue's records are read (see <see cref="Claim"/>).</summary>
        internal Claim(
            T value,
            string id,
            string claimant,
            ClaimRank rank,
            string? reason,
            ClaimBound bound,
            string? unit,
            FactDate? asOf,
            bool derived,
            string? note,
            Citation citation,
            ClaimStance stance,
            string? yearFrom,
            string? curatorNote)
            : base(id, claimant, rank, reason, bound, unit, asOf, derived, note, citation, stance, yearFrom, curatorNote)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            Value = value;
        }

        /// <summary>The claimed value.</summary>
        public T Value { get; }

        /// <summary>The claimed value, boxed.</summary>
        public override object BoxedValue => Value!;
    }
}
