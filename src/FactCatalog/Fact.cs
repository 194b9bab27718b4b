using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace FactCatalog
{
    /// <summary>
    /// A question with one typed answer, and every source's claim about it. Whether it has a value depends on
    /// whether the claims agree (<see cref="Status"/>). See <see cref="Fact{T}"/> for the typed value.
    /// </summary>
    public abstract class Fact
    {
        /// <summary>Creates the parts of a fact that do not depend on the value's type.</summary>
        /// <param name="id">The fact id, lower-kebab-case and unique in the catalogue, such as <c>north-korean-troops-in-russia</c>.</param>
        /// <param name="statement">What the fact states, in one sentence.</param>
        /// <param name="type">The type of the fact's value.</param>
        /// <param name="unit">The unit of the value, such as <c>troops</c>, if any.</param>
        /// <param name="tags">Tags for finding related facts; may be empty.</param>
        /// <param name="status">Whether the claims agree, and so whether the fact has a value.</param>
        /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="statement"/> or <paramref name="tags"/> is <see langword="null"/>.</exception>
        protected Fact(string id, string statement, FactValueType type, string? unit, IReadOnlyList<string> tags, FactStatus status)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Statement = statement ?? throw new ArgumentNullException(nameof(statement));
            Type = type;
            Unit = unit;
            Tags = ReadOnlyLists.Copy(tags, nameof(tags));
            Status = status;
        }

        /// <summary>
        /// Creates the parts of a fact from <paramref name="tags"/> it keeps (uncopied): what a catalogue's records
        /// and the typed fact's own constructor use.
        /// </summary>
        private protected Fact(string id, string statement, FactValueType type, string? unit, string[] tags, FactStatus status, Uncopied lists)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Statement = statement ?? throw new ArgumentNullException(nameof(statement));
            Type = type;
            Unit = unit;
            Tags = tags.Length == 0 ? Array.Empty<string>() : new ReadOnlyCollection<string>(tags);
            Status = status;
        }

        /// <summary>The fact id, lower-kebab-case and unique in the catalogue, such as <c>north-korean-troops-in-russia</c>.</summary>
        public string Id { get; }

        /// <summary>What the fact states, in one sentence.</summary>
        public string Statement { get; }

        /// <summary>The type of the fact's value, as declared in the catalogue.</summary>
        public FactValueType Type { get; }

        /// <summary>The unit of the value, such as <c>troops</c>, or <see langword="null"/> when it has none.</summary>
        public string? Unit { get; }

        /// <summary>Tags for finding related facts; empty when there are none.</summary>
        public IReadOnlyList<string> Tags { get; }

        /// <summary>Whether the claims agree (<see cref="FactStatus.Consistent"/>), disagree with one preferred (<see cref="FactStatus.Resolved"/>), disagree (<see cref="FactStatus.Disputed"/>) or lack a verified quote (<see cref="FactStatus.Unsupported"/>).</summary>
        public FactStatus Status { get; }

        /// <summary>Every claim about the fact, deprecated ones included, in catalogue order.</summary>
        public IReadOnlyList<Claim> Claims => ClaimsCore;

        /// <summary>
        /// The claim that answers the fact: the one the catalogue prefers, or the agreeing claim chosen for a
        /// consistent fact; <see langword="null"/> when the fact is disputed or unsupported.
        /// </summary>
        public Claim? Preferred => PreferredCore;

        /// <summary>Whether the fact has a value: its claims agree, or the catalogue prefers one of them.</summary>
        public bool HasValue => PreferredCore is not null;

        /// <summary>The fact's value, boxed, or <see langword="null"/> when the fact is disputed or unsupported.</summary>
        public abstract object? BoxedValue { get; }

        /// <summary>The claims, for <see cref="Claims"/>; a derived class returns its typed list.</summary>
        protected abstract IReadOnlyList<Claim> ClaimsCore { get; }

        /// <summary>The answering claim, for <see cref="Preferred"/>; a derived class returns its typed claim.</summary>
        protected abstract Claim? PreferredCore { get; }

        /// <summary>The fact id with its value (bound and unit included), or with its status when it has no value.</summary>
        /// <returns>For example <c>north-korean-troops-in-russia: about 10,000 troops</c> or <c>north-korean-troops-in-russia: Disputed</c>.</returns>
        public override string ToString()
        {
            Claim? preferred = PreferredCore;
            string answer = preferred is null
                ? Status.ToString()
                : ValueFormatter.Describe(preferred.Bound, preferred.BoxedValue, preferred.Unit ?? Unit, Type);
            return Id + ": " + answer;
        }
    }
}
