using System;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class FactLookupTests
    {
        private static readonly string[] SortedIds =
        {
            "North-Korea", "north-korean-troops-in-russia", "training-bases", "treaty-signed", "troops-killed",
        };

        [Theory]
        [InlineData("north-korean-troops-in-rusia", "north-korean-troops-in-russia")]
        [InlineData("treaty-signd", "treaty-signed")]
        [InlineData("training-base", "training-bases")]
        [InlineData("troops-killed", "troops-killed")]
        [InlineData("TREATY-SIGNED", null)]
        [InlineData("casualties", null)]
        public void Closest_suggests_the_nearest_id_within_reach(string input, string? expected)
        {
            Assert.Equal(expected, FactLookup.Closest(SortedIds, input));
        }

        [Fact]
        public void Closest_allows_two_edits_for_short_input_and_a_third_of_the_length_for_long_input()
        {
            Assert.Equal("abcd", FactLookup.Closest(new[] { "abcd" }, "ab"));
            Assert.Null(FactLookup.Closest(new[] { "abcde" }, "ab"));
            Assert.Equal("abcdefghijkl", FactLookup.Closest(new[] { "abcdefghijkl" }, "abcdefghi"));
            Assert.Null(FactLookup.Closest(new[] { "abcdefghijklm" }, "abcdefghi"));
        }

        [Fact]
        public void Closest_breaks_ties_ordinally()
        {
            Assert.Equal("cat", FactLookup.Closest(new[] { "hat", "cot", "cat", "bat-" }, "cxt"));
            Assert.Equal("bat", FactLookup.Closest(new[] { "hat", "cat", "bat" }, "xat"));
        }

        [Fact]
        public void Closest_prefers_the_smaller_distance_over_order()
        {
            Assert.Equal("treaty-signed", FactLookup.Closest(new[] { "treaty-sign", "treaty-signed" }, "treaty-signee"));
        }

        [Fact]
        public void Closest_of_nothing_is_null()
        {
            Assert.Null(FactLookup.Closest(Array.Empty<string>(), "anything"));
        }

        [Fact]
        public void Closest_rejects_null()
        {
            Assert.Throws<ArgumentNullException>(() => FactLookup.Closest(null!, "x"));
            Assert.Throws<ArgumentNullException>(() => FactLookup.Closest(SortedIds, null!));
        }
    }
}
