using System;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class EditDistanceTests
    {
        [Theory]
        [InlineData("", "", 0)]
        [InlineData("abc", "", 3)]
        [InlineData("", "abc", 3)]
        [InlineData("kitten", "sitting", 3)]
        [InlineData("sitting", "kitten", 3)]
        [InlineData("flaw", "lawn", 2)]
        [InlineData("treaty", "treaty", 0)]
        [InlineData("Treaty", "treaty", 1)]
        [InlineData("abc", "cab", 2)]
        public void Compute_counts_insertions_deletions_and_substitutions(string first, string second, int expected)
        {
            Assert.Equal(expected, EditDistance.Compute(first, second, 100));
        }

        [Theory]
        [InlineData("kitten", "sitting", 2)]
        [InlineData("abc", "abcdef", 2)]
        [InlineData("aaaa", "bbbb", 3)]
        [InlineData("a", "b", 0)]
        public void Compute_stops_once_the_cut_off_is_exceeded(string first, string second, int maxDistance)
        {
            Assert.Equal(int.MaxValue, EditDistance.Compute(first, second, maxDistance));
        }

        [Fact]
        public void Compute_returns_a_distance_equal_to_the_cut_off()
        {
            Assert.Equal(3, EditDistance.Compute("kitten", "sitting", 3));
        }

        [Fact]
        public void Compute_rejects_a_negative_cut_off()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => EditDistance.Compute("a", "b", -1));
        }
    }
}
