using System;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class ClaimTests
    {
        [Theory]
        [InlineData(ClaimBound.Exact, "10,000 troops (the Pentagon)")]
        [InlineData(ClaimBound.About, "about 10,000 troops (the Pentagon)")]
        [InlineData(ClaimBound.AtLeast, "at least 10,000 troops (the Pentagon)")]
        [InlineData(ClaimBound.AtMost, "at most 10,000 troops (the Pentagon)")]
        [InlineData(ClaimBound.MoreThan, "more than 10,000 troops (the Pentagon)")]
        public void ToString_words_each_bound(ClaimBound bound, string expected)
        {
            Assert.Equal(expected, Samples.Claim(10000, bound: bound, unit: "troops").ToString());
        }

        [Fact]
        public void ToString_formats_each_value_type_invariantly()
        {
            Assert.Equal("12,500 (Seoul)", Samples.Claim(12500, claimant: "Seoul").ToString());
            Assert.Equal("-1,234,567,890,123 (Seoul)", Samples.Claim(-1234567890123L, claimant: "Seoul").ToString());
            Assert.Equal("7 (Seoul)", Samples.Claim(7, claimant: "Seoul").ToString());
            Assert.Equal("12.5 % (Seoul)", Samples.Claim(12.5, claimant: "Seoul", unit: "%").ToString());
            Assert.Equal("0.1 (Seoul)", Samples.Claim(0.1, claimant: "Seoul").ToString());
            Assert.Equal("12500 km (Seoul)", Samples.Claim(12500.0, claimant: "Seoul", unit: "km").ToString());
            Assert.Equal("about 2024-06 (Seoul)", Samples.Claim(new FactDate(2024, 6), claimant: "Seoul", bound: ClaimBound.About).ToString());
            Assert.Equal("2024-07-26 (Seoul)", Samples.Claim(FactDate.Parse("2024-07-26"), claimant: "Seoul").ToString());
            Assert.Equal("true (Seoul)", Samples.Claim(true, claimant: "Seoul").ToString());
            Assert.Equal("false (Seoul)", Samples.Claim(false, claimant: "Seoul").ToString());
            Assert.Equal("Kursk region (Seoul)", Samples.Claim("Kursk region", claimant: "Seoul").ToString());
        }

        [Fact]
        public void Constructor_keeps_every_field()
        {
            Citation citation = Samples.Citation();
            var claim = new Claim<int>(
                12000, "ukrainian-military-intelligence", "Ukrainian military intelligence", ClaimRank.Deprecated,
                "superseded by later reports", ClaimBound.About, "troops", new FactDate(2024, 10, 28), true, "a note", citation);

            Assert.Equal(12000, claim.Value);
            Assert.Equal(12000, claim.BoxedValue);
            Assert.Equal("ukrainian-military-intelligence", claim.Id);
            Assert.Equal("Ukrainian military intelligence", claim.Claimant);
            Assert.Equal(ClaimRank.Deprecated, claim.Rank);
            Assert.True(claim.IsDeprecated);
            Assert.Equal("superseded by later reports", claim.Reason);
            Assert.Equal(ClaimBound.About, claim.Bound);
            Assert.Equal("troops", claim.Unit);
            Assert.Equal(new FactDate(2024, 10, 28), claim.AsOf);
            Assert.True(claim.Derived);
            Assert.Equal("a note", claim.Note);
            Assert.Same(citation, claim.Citation);
        }

        [Theory]
        [InlineData(ClaimRank.Normal)]
        [InlineData(ClaimRank.Preferred)]
        public void Only_a_deprecated_claim_is_deprecated(ClaimRank rank)
        {
            Assert.False(Samples.Claim(1, rank: rank).IsDeprecated);
        }

        [Fact]
        public void A_deprecated_claim_must_give_a_reason()
        {
            var exception = Assert.Throws<ArgumentException>(() => Samples.Claim(1, rank: ClaimRank.Deprecated));

            Assert.Equal("reason", exception.ParamName);
            Assert.StartsWith("Claim 'pentagon' is deprecated and must say why.", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Constructor_rejects_missing_parts()
        {
            Citation citation = Samples.Citation();

            Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new Claim<string>(
                null!, "c", "x", ClaimRank.Normal, null, ClaimBound.Exact, null, null, false, null, citation)).ParamName);
            Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Claim<int>(
                1, null!, "x", ClaimRank.Normal, null, ClaimBound.Exact, null, null, false, null, citation)).ParamName);
            Assert.Equal("claimant", Assert.Throws<ArgumentNullException>(() => new Claim<int>(
                1, "c", null!, ClaimRank.Normal, null, ClaimBound.Exact, null, null, false, null, citation)).ParamName);
            Assert.Equal("citation", Assert.Throws<ArgumentNullException>(() => new Claim<int>(
                1, "c", "x", ClaimRank.Normal, null, ClaimBound.Exact, null, null, false, null, null!)).ParamName);
        }
    }
}
