using System;

namespace FactCatalog
{
    /// <summary>
    /// One source's answer to a fact: a value, who asserts it, and the quote that backs it.
    /// See <see cref="Claim{T}"/> for the typed value.
    /// </summary>
    public abstract class Claim
    {
        /// <summary>Creates the parts of a claim that do not depend on the value's type.</summary>
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
        /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="claimant"/> or <paramref name="citation"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException">The claim is deprecated but <paramref name="reason"/> is missing.</exception>
        protected Claim(
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
            : this(id, claimant, rank, reason, bound, unit, asOf, derived, note, citation, ClaimStance.Asserts, null, null)
        {
        }

        /// <summary>
        /// Creates a claim with every field at once: what a catalogue's records are read with. One constructor that
        /// assigns fields, not a constructor and property setters, so reading a program's first fact compiles fewer
        /// methods under the JIT.
        /// </summary>
        private protected Claim(
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
        {
            _id = id ?? throw new ArgumentNullException(nameof(id));
            if (rank == ClaimRank.Deprecated && string.IsNullOrEmpty(reason))
            {
                throw new ArgumentException($"Claim '{id}' is deprecated and must say why.", nameof(reason));
            }

            Claimant = claimant ?? throw new ArgumentNullException(nameof(claimant));
            _rank = rank;
            Reason = reason;
            Bound = bound;
            Unit = unit;
            AsOf = asOf;
            Derived = derived;
            Note = note;
            Citation = citation ?? throw new ArgumentNullException(nameof(citation));
            Stance = stance;
            YearFrom = yearFrom;
            CuratorNote = curatorNote;
        }

        /// <summary>The claim id, unique within its fact, such as <c>pentagon</c>.</summary>
        public string Id => _id;

        /// <summary>Who asserts the value (not the outlet that reports it), such as <c>the Pentagon</c>.</summary>
        public string Claimant { get; }

        /// <summary>How the catalogue ranks the claim: normal, preferred or deprecated.</summary>
        public ClaimRank Rank => _rank;

        /// <summary>Why the claim is deprecated, or <see langword="null"/> when it is not.</summary>
        public string? Reason { get; }

        /// <summary>How the value relates to the true value: exact, about, at least, at most or more than.</summary>
        public ClaimBound Bound { get; }

        /// <summary>The unit of the value, such as <c>troops</c>, or <see langword="null"/> when it has none.</summary>
        public string? Unit { get; }

        /// <summary>When the value held, or <see langword="null"/> when the source does not say. Claims as of different dates do not disagree.</summary>
        public FactDate? AsOf { get; }

        /// <summary>Whether the value is an inference the quote does not state literally.</summary>
        public bool Derived { get; }

        /// <summary>A note for readers about the claim (such as what the quote leaves out), or <see langword="null"/>; see also <see cref="CuratorNote"/>.</summary>
        public string? Note { get; }

        /// <summary>
        /// How the claimant stands toward the value: asserts it, denies (the value is the claimant's answer), or
        /// declines to confirm or deny (such a claim never counts toward the fact's status).
        /// </summary>
        public ClaimStance Stance { get; }

        /// <summary>
        /// The date of the source the value's year comes from, as the catalogue writes it (<c>issued</c> or
        /// <c>original-date</c>), when the quote does not state the year; the build checked that the years agree.
        /// </summary>
        public string? YearFrom { get; }

        /// <summary>
        /// The curator's own words on how the value was read, inferred or corrected: not the claimant's, and not
        /// the source's. Readers should see it wherever the value is shown.
        /// </summary>
        public string? CuratorNote { get; }

        /// <summary>Where the quote backing the claim was found: source, words and position.</summary>
        public Citation Citation { get; }

        /// <summary>Whether the catalogue keeps this claim only for the record; <see cref="Reason"/> says why.</summary>
        public bool IsDeprecated => _rank == ClaimRank.Deprecated;

        /// <summary>The claimed value, boxed; <see cref="Claim{T}.Value"/> gives it typed.</summary>
        public abstract object BoxedValue { get; }

        /// <summary>The value with its bound and unit, such as <c>about 10,000 troops</c>.</summary>
        internal string ValueText => ValueFormatter.Describe(Bound, BoxedValue, Unit, ValueType);

        /// <summary>
        /// The value type of the fact this claim belongs to, set once by that fact's constructor: a year is
        /// written 1961, where a count of the same size is written 1,961.
        /// </summary>
        internal FactValueType? ValueType;

        // Fields the fact's constructor reads for every claim: a field read there, where a property would be one more
        // method for the JIT to compile on the way to a program's first fact.
        internal readonly string _id;
        internal readonly ClaimRank _rank;

        /// <summary>The claim in words: bound, value, unit and claimant.</summary>
        /// <returns>For example <c>about 10,000 troops (the Pentagon)</c>.</returns>
        public override string ToString() => ValueText + " (" + Claimant + ")";
    }
}
