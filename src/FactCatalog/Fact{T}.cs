using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace FactCatalog
{
    /// <summary>A fact whose value is typed as <typeparamref name="T"/>, with its typed claims.</summary>
    /// <typeparam name="T">The value's type: <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="FactDate"/>, <see cref="string"/> or <see cref="bool"/>.</typeparam>
    public sealed class Fact<T> : Fact
    {
        /// <summary>Creates a fact. Generated catalogue code calls this; user code reads the result.</summary>
        /// <param name="id">The fact id, lower-kebab-case and unique in the catalogue, such as <c>north-korean-troops-in-russia</c>.</param>
        /// <param name="statement">What the fact states, in one sentence.</param>
        /// <param name="type">The type of the fact's value.</param>
        /// <param name="unit">The unit of the value, such as <c>troops</c>, if any.</param>
        /// <param name="tags">Tags for finding related facts; may be empty.</param>
        /// <param name="status">Whether the claims agree, and so whether the fact has a value.</param>
        /// <param name="claims">Every claim about the fact, deprecated ones included; claim ids must be unique.</param>
        /// <param name="answeringClaimId">
        /// The id of the claim that answers the fact: required when <paramref name="status"/> is
        /// <see cref="FactStatus.Consistent"/> or <see cref="FactStatus.Resolved"/>, <see langword="null"/> otherwise.
        /// It must name a claim in <paramref name="claims"/> that is not deprecated.
        /// </param>
        /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="statement"/>, <paramref name="tags"/> or <paramref name="claims"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException">Two claims share an id, or <paramref name="answeringClaimId"/> does not fit the status and claims.</exception>
        public Fact(
            string id,
            string statement,
            FactValueType type,
            string? unit,
            IReadOnlyList<string> tags,
            FactStatus status,
            IReadOnlyList<Claim<T>> claims,
            string? answeringClaimId)
            : this(
                id ?? throw new ArgumentNullException(nameof(id)),
                statement ?? throw new ArgumentNullException(nameof(statement)),
                type,
                unit,
                ReadOnlyLists.ToArray(tags, nameof(tags)),
                status,
                ReadOnlyLists.ToArray(claims, nameof(claims)),
                answeringClaimId,
                Uncopied.Lists)
        {
        }

        /// <summary>
        /// Creates a fact that keeps <paramref name="tags"/> and <paramref name="claims"/> (uncopied): what a
        /// catalogue's records are read with. One method checks the claims and finds the answering one, reading the
        /// claims' fields: this runs when a program first reads the fact, where every extra method called (a
        /// property, a hash set, an enumerator) costs start-up time under the JIT.
        /// </summary>
        internal Fact(
            string id,
            string statement,
            FactValueType type,
            string? unit,
            string[] tags,
            FactStatus status,
            Claim<T>[] claims,
            string? answeringClaimId,
            Uncopied lists)
            : base(id, statement, type, unit, tags, status, lists)
        {
            // Plain loops over an array: a fact has a handful of claims.
            for (int i = 0; i < claims.Length; i++)
            {
                for (int earlier = 0; earlier < i; earlier++)
                {
                    if (string.Equals(claims[earlier]._id, claims[i]._id, StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"Fact '{id}' has two claims with id '{claims[i]._id}'.", nameof(claims));
                    }
                }

                claims[i].ValueType = type;
            }

            Claims = claims.Length == 0 ? Array.Empty<Claim<T>>() : new ReadOnlyCollection<Claim<T>>(claims);

            // The answering claim: named when the claims agree or one is preferred, never otherwise, and never deprecated.
            bool hasValue = status == FactStatus.Consistent || status == FactStatus.Resolved;
            if (answeringClaimId is null)
            {
                if (hasValue)
                {
                    throw new ArgumentException($"Fact '{id}' is {status}, so one of its claims must answer it.", nameof(answeringClaimId));
                }

                return;
            }

            if (!hasValue)
            {
                throw new ArgumentException(
                    $"Fact '{id}' is {status}, so no claim answers it, yet '{answeringClaimId}' was given.", nameof(answeringClaimId));
            }

            for (int i = 0; i < claims.Length; i++)
            {
                if (string.Equals(claims[i]._id, answeringClaimId, StringComparison.Ordinal))
                {
                    Preferred = claims[i]._rank == ClaimRank.Deprecated
                        ? throw new ArgumentException(
                            $"Claim '{answeringClaimId}' of fact '{id}' is deprecated and cannot answer it.", nameof(answeringClaimId))
                        : claims[i];
                    return;
                }
            }

            throw new ArgumentException($"Fact '{id}' has no claim '{answeringClaimId}'.", nameof(answeringClaimId));
        }

        /// <summary>Every claim about the fact, deprecated ones included, in catalogue order.</summary>
        public new IReadOnlyList<Claim<T>> Claims { get; }

        /// <summary>
        /// The claim that answers the fact: the one the catalogue prefers, or the agreeing claim chosen for a
        /// consistent fact; <see langword="null"/> when the fact is disputed or unsupported.
        /// </summary>
        public new Claim<T>? Preferred { get; }

        /// <summary>The fact's value: the value of <see cref="Preferred"/>.</summary>
        /// <exception cref="InvalidOperationException">
        /// The fact is disputed or unsupported, so it has no value; the message names the claims to choose from.
        /// Check <see cref="Fact.HasValue"/> first, or read a claim from <see cref="Claims"/>.
        /// </exception>
        public T Value => Preferred is null ? throw new InvalidOperationException(NoValueMessage()) : Preferred.Value;

        /// <summary>The fact's value, boxed, or <see langword="null"/> when the fact is disputed or unsupported.</summary>
        public override object? BoxedValue => Preferred?.BoxedValue;

        /// <summary>The typed claims, seen as untyped claims.</summary>
        protected override IReadOnlyList<Claim> ClaimsCore => Claims;

        /// <summary>The typed answering claim, seen as an untyped claim.</summary>
        protected override Claim? PreferredCore => Preferred;

        private string NoValueMessage()
        {
            if (Status == FactStatus.Unsupported)
            {
                return $"Fact '{Id}' is Unsupported: no claim has a verified quote, so it has no value.";
            }

            var message = new StringBuilder();
            message.Append("Fact '").Append(Id).Append("' is ").Append(Status).Append(": choose one of its claims: ");
            bool first = true;
            foreach (Claim<T> claim in Claims)
            {
                if (claim.IsDeprecated)
                {
                    continue;
                }

                if (!first)
                {
                    message.Append(", ");
                }

                message.Append(claim.Id).Append(" (").Append(claim.ValueText).Append(", ").Append(claim.Claimant).Append(')');
                first = false;
            }

            return message.Append('.').ToString();
        }
    }
}
