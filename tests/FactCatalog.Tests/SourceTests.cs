using System;
using System.Collections.Generic;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class SourceTests
    {
        [Fact]
        public void ToString_gives_title_and_date()
        {
            Assert.Equal("North Korean troops in Russia, 2024-11-07", Samples.AlAhram().ToString());
        }

        [Fact]
        public void ToString_falls_back_to_container_title_publisher_then_id()
        {
            Assert.Equal("Al-Ahram Weekly", Samples.Bare(containerTitle: "Al-Ahram Weekly", publisher: "Al-Ahram").ToString());
            Assert.Equal("Al-Ahram, 2024-11", Samples.Bare(publisher: "Al-Ahram", issued: new FactDate(2024, 11)).ToString());
            Assert.Equal("bare-source, 2024", Samples.Bare(issued: new FactDate(2024)).ToString());
            Assert.Equal("bare-source", Samples.Bare().ToString());
        }

        [Fact]
        public void Constructor_keeps_every_field()
        {
            var source = new Source(
                "yonhap", "002_x.txt", "article", "Title", "Container", "Publisher", new[] { "A", "B" },
                new FactDate(2024, 10), "ko", SourceTranslation.Human, "https://example.org/a", "a note",
                "Original", "Original Publisher", new FactDate(2024, 10, 1));

            Assert.Equal("yonhap", source.Id);
            Assert.Equal("002_x.txt", source.File);
            Assert.Equal("article", source.Type);
            Assert.Equal("Title", source.Title);
            Assert.Equal("Container", source.ContainerTitle);
            Assert.Equal("Publisher", source.Publisher);
            Assert.Equal(new[] { "A", "B" }, source.Authors);
            Assert.Equal(new FactDate(2024, 10), source.Issued);
            Assert.Equal("ko", source.Language);
            Assert.Equal(SourceTranslation.Human, source.Translation);
            Assert.Equal("https://example.org/a", source.Url);
            Assert.Equal("a note", source.Note);
            Assert.Equal("Original", source.OriginalTitle);
            Assert.Equal("Original Publisher", source.OriginalPublisher);
            Assert.Equal(new FactDate(2024, 10, 1), source.OriginalDate);
        }

        [Fact]
        public void Authors_are_copied_so_the_source_cannot_change()
        {
            var authors = new[] { "Jane Doe" };
            var source = new Source(
                "s", "f.txt", null, null, null, null, authors, null, null, SourceTranslation.None, null, null, null, null, null);

            authors[0] = "Someone Else";

            Assert.Equal(new[] { "Jane Doe" }, source.Authors);
            Assert.False(source.Authors is string[]);
        }

        [Fact]
        public void Constructor_rejects_missing_id_file_or_authors()
        {
            IReadOnlyList<string> none = Array.Empty<string>();

            Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Source(
                null!, "f.txt", null, null, null, null, none, null, null, SourceTranslation.None, null, null, null, null, null)).ParamName);
            Assert.Equal("file", Assert.Throws<ArgumentNullException>(() => new Source(
                "s", null!, null, null, null, null, none, null, null, SourceTranslation.None, null, null, null, null, null)).ParamName);
            Assert.Equal("authors", Assert.Throws<ArgumentNullException>(() => new Source(
                "s", "f.txt", null, null, null, null, null!, null, null, SourceTranslation.None, null, null, null, null, null)).ParamName);
            Assert.Equal("authors", Assert.Throws<ArgumentException>(() => new Source(
                "s", "f.txt", null, null, null, null, new string[] { null! }, null, null, SourceTranslation.None, null, null, null, null, null)).ParamName);
        }
    }
}
