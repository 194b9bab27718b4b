using System;
using System.Collections.Generic;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class FactTests
    {
        private const string TroopsId = "north-korean-troops-in-russia";

        private static readonly Claim<int> Pentagon =
            Samples.Claim(10000, "pentagon", "the Pentagon", ClaimBound.About, "troops");

        private static readonly Claim<int> Ukraine =
            Samples.Claim(12000, "ukrainian-military-intelligence", "Ukrainian military intelligence", unit: "troops");

        private static readonly Claim<int> SouthKorea =
            Samples.Claim(12500, "nis", "South Korea's National Intelligence Service", ClaimBound.MoreThan, "troops");

        private static readonly Claim<int> Retracted =
            Samples.Claim(3000, "retracted", "an unnamed official", unit: "troops", rank: ClaimRank.Deprecated, reason: "retracted the next day");

        [Fact]
        public void A_consistent_fact_answers_with_the_chosen_claim()
        {
            Fact<int> fact = Troops(FactStatus.Consistent, "pentagon", Pentagon, Retracted);

            Assert.True(fact.HasValue);
            Assert.Equal(10000, fact.Value);
            Assert.Equal(10000, fact.BoxedValue);
            Assert.Same(Pentagon, fact.Preferred);
            Assert.Same(Pentagon, ((Fact)fact).Preferred);
            Assert.Equal($"{TroopsId}: about 10,000 troops", fact.ToString());
        }

        [Fact]
        public void A_resolved_fact_answers_with_the_preferred_claim()
        {
            Fact<int> fact = Troops(FactStatus.Resolved, "ukrainian-military-intelligence", Pentagon, Ukraine);

            Assert.True(fact.HasValue);
            Assert.Equal(12000, fact.Value);
            Assert.Same(Ukraine, fact.Preferred);
            Assert.Equal($"{TroopsId}: 12,000 troops", fact.ToString());
        }

        [Fact]
        public void Value_of_a_disputed_fact_names_the_claims_to_choose_from()
        {
            Fact<int> fact = Troops(FactStatus.Disputed, null, Pentagon, Ukraine, Retracted, SouthKorea);

            var exception = Assert.Throws<InvalidOperationException>(() => fact.Value);

            Assert.Equal(
                "Fact 'north-korean-troops-in-russia' is Disputed: choose one of its claims: " +
                "pentagon (about 10,000 troops, the Pentagon), " +
                "ukrainian-military-intelligence (12,000 troops, Ukrainian military intelligence), " +
                "nis (more than 12,500 troops, South Korea's National Intelligence Service).",
                exception.Message);
            Assert.False(fact.HasValue);
            Assert.Null(fact.Preferred);
            Assert.Null(fact.BoxedValue);
            Assert.Equal($"{TroopsId}: Disputed", fact.ToString());
        }

        [Fact]
        public void Value_of_an_unsupported_fact_says_no_claim_has_a_verified_quote()
        {
            Fact<int> fact = Troops(FactStatus.Unsupported, null, Retracted);

            var exception = Assert.Throws<InvalidOperationException>(() => fact.Value);

            Assert.Equal(
                "Fact 'north-korean-troops-in-russia' is Unsupported: no claim has a verified quote, so it has no value.",
                exception.Message);
            Assert.False(fact.HasValue);
            Assert.Null(fact.BoxedValue);
            Assert.Equal($"{TroopsId}: Unsupported", fact.ToString());
        }

        [Fact]
        public void An_unsupported_fact_may_have_no_claims()
        {
            Fact<int> fact = Troops(FactStatus.Unsupported, null);

            Assert.Empty(fact.Claims);
            Assert.Empty(((Fact)fact).Claims);
        }

        [Fact]
        public void Base_claims_are_the_typed_claims()
        {
            Fact<int> fact = Troops(FactStatus.Disputed, null, Pentagon, Ukraine, Retracted);
            Fact untyped = fact;

            Assert.Equal(new Claim[] { Pentagon, Ukraine, Retracted }, untyped.Claims);
            Assert.Equal(new[] { Pentagon, Ukraine, Retracted }, fact.Claims);
        }

        [Fact]
        public void Constructor_keeps_every_field_and_copies_lists()
        {
            var tags = new[] { "north-korea", "troops" };
            var claims = new[] { Pentagon };
            var fact = new Fact<int>(TroopsId, "North Korean troops sent to Russia.", FactValueType.Count, "troops", tags, FactStatus.Consistent, claims, "pentagon");

            tags[0] = "changed";
            claims[0] = Ukraine;

            Assert.Equal(TroopsId, fact.Id);
            Assert.Equal("North Korean troops sent to Russia.", fact.Statement);
            Assert.Equal(FactValueType.Count, fact.Type);
            Assert.Equal("troops", fact.Unit);
            Assert.Equal(new[] { "north-korea", "troops" }, fact.Tags);
            Assert.Equal(FactStatus.Consistent, fact.Status);
            Assert.Equal(new[] { Pentagon }, fact.Claims);
        }

        [Fact]
        public void ToString_uses_the_fact_unit_when_the_claim_has_none()
        {
            var fact = new Fact<double>(
                "share", "A share.", FactValueType.Percent, "%", Array.Empty<string>(), FactStatus.Consistent,
                new[] { Samples.Claim(12.5, "a") }, "a");

            Assert.Equal("share: 12.5 %", fact.ToString());
        }

        [Theory]
        [InlineData(FactStatus.Consistent)]
        [InlineData(FactStatus.Resolved)]
        public void A_fact_with_a_value_needs_an_answering_claim(FactStatus status)
        {
            var exception = Assert.Throws<ArgumentException>(() => Troops(status, null, Pentagon));

            Assert.Equal("answeringClaimId", exception.ParamName);
            Assert.StartsWith($"Fact '{TroopsId}' is {status}, so one of its claims must answer it.", exception.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(FactStatus.Disputed)]
        [InlineData(FactStatus.Unsupported)]
        public void A_fact_without_a_value_takes_no_answering_claim(FactStatus status)
        {
            var exception = Assert.Throws<ArgumentException>(() => Troops(status, "pentagon", Pentagon, Ukraine));

            Assert.Equal("answeringClaimId", exception.ParamName);
            Assert.StartsWith($"Fact '{TroopsId}' is {status}, so no claim answers it, yet 'pentagon' was given.", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_answering_claim_must_be_one_of_the_claims()
        {
            var exception = Assert.Throws<ArgumentException>(() => Troops(FactStatus.Resolved, "nis", Pentagon, Ukraine));

            Assert.Equal("answeringClaimId", exception.ParamName);
            Assert.StartsWith($"Fact '{TroopsId}' has no claim 'nis'.", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_answering_claim_cannot_be_deprecated()
        {
            var exception = Assert.Throws<ArgumentException>(() => Troops(FactStatus.Resolved, "retracted", Pentagon, Retracted));

            Assert.StartsWith($"Claim 'retracted' of fact '{TroopsId}' is deprecated and cannot answer it.", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Claim_ids_must_be_unique()
        {
            Claim<int> again = Samples.Claim(11000, "pentagon", "the Pentagon");

            var exception = Assert.Throws<ArgumentException>(() => Troops(FactStatus.Disputed, null, Pentagon, again));

            Assert.Equal("claims", exception.ParamName);
            Assert.StartsWith($"Fact '{TroopsId}' has two claims with id 'pentagon'.", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Constructor_rejects_missing_parts()
        {
            IReadOnlyList<string> tags = Array.Empty<string>();
            IReadOnlyList<Claim<int>> claims = Array.Empty<Claim<int>>();

            Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Fact<int>(null!, "s", FactValueType.Count, null, tags, FactStatus.Unsupported, claims, null)).ParamName);
            Assert.Equal("statement", Assert.Throws<ArgumentNullException>(() => new Fact<int>("f", null!, FactValueType.Count, null, tags, FactStatus.Unsupported, claims, null)).ParamName);
            Assert.Equal("tags", Assert.Throws<ArgumentNullException>(() => new Fact<int>("f", "s", FactValueType.Count, null, null!, FactStatus.Unsupported, claims, null)).ParamName);
            Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => new Fact<int>("f", "s", FactValueType.Count, null, tags, FactStatus.Unsupported, null!, null)).ParamName);
        }

        private static Fact<int> Troops(FactStatus status, string? answeringClaimId, params Claim<int>[] claims) =>
            new(TroopsId, "North Korean troops sent to Russia, as reported in late October 2024.", FactValueType.Count, "troops",
                new[] { "north-korea", "troops" }, status, claims, answeringClaimId);

        [Fact]
        public void Year_values_are_written_without_a_thousands_separator_where_counts_have_one()
        {
            Claim<int> founded = Samples.Claim(1961, "treaty-text", "the treaty");
            var year = new Fact<int>("treaty-year", "Year of the first treaty.", FactValueType.Year, null,
                new string[0], FactStatus.Consistent, new[] { founded }, "treaty-text");
            Claim<int> troops = Samples.Claim(1961, "count", "a count", unit: "troops");
            var count = new Fact<int>("troops", "Troops.", FactValueType.Count, "troops",
                new string[0], FactStatus.Consistent, new[] { troops }, "count");

            Assert.Equal("1961 (the treaty)", founded.ToString());
            Assert.Equal("treaty-year: 1961", year.ToString());
            Assert.Equal("1,961 troops (a count)", troops.ToString());
            Assert.Equal("troops: 1,961 troops", count.ToString());
        }
    }
}
