using System;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class CitationTests
    {
        [Fact]
        public void ToString_gives_outlet_date_file_and_line()
        {
            Assert.Equal("Al-Ahram Weekly, 2024-11-07, 004_d8202d8143fa868b.txt:12", Samples.Citation().ToString());
        }

        [Fact]
        public void ToString_falls_back_to_publisher_title_then_id_and_omits_an_unknown_date()
        {
            Assert.Equal("Publisher, 001_bare.txt:3", new Citation(Samples.Bare(title: "Title", publisher: "Publisher"), "q", 3, 1, 0, 1).ToString());
            Assert.Equal("Title, 2024-11, 001_bare.txt:3", new Citation(Samples.Bare(title: "Title", issued: new FactDate(2024, 11)), "q", 3, 1, 0, 1).ToString());
            Assert.Equal("bare-source, 001_bare.txt:1000", new Citation(Samples.Bare(), "q", 1000, 1, 0, 1).ToString());
        }

        [Fact]
        public void Constructor_keeps_the_quote_and_its_position()
        {
            Citation citation = Samples.Citation("about 10,000");

            Assert.Equal("al-ahram-2024-11-07", citation.Source.Id);
            Assert.Equal("about 10,000", citation.Quote);
            Assert.Equal(12, citation.Line);
            Assert.Equal(5, citation.Column);
            Assert.Equal(340, citation.Offset);
            Assert.Equal(12, citation.Length);
        }

        [Theory]
        [InlineData(0, 1, 0, 0, "line")]
        [InlineData(1, 0, 0, 0, "column")]
        [InlineData(1, 1, -1, 0, "offset")]
        [InlineData(1, 1, 0, -1, "length")]
        public void Constructor_rejects_positions_out_of_range(int line, int column, int offset, int length, string parameter)
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new Citation(Samples.AlAhram(), "q", line, column, offset, length));

            Assert.Equal(parameter, exception.ParamName);
        }

        [Fact]
        public void Constructor_rejects_missing_source_or_quote()
        {
            Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new Citation(null!, "q", 1, 1, 0, 1)).ParamName);
            Assert.Equal("quote", Assert.Throws<ArgumentNullException>(() => new Citation(Samples.AlAhram(), null!, 1, 1, 0, 1)).ParamName);
        }
    }
}
