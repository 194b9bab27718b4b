using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Tests.Text;

public class QuoteMatcherTests
{
    private static readonly SourceDocument Document = SourceDocument.Create(
        "doc.txt",
        "The Pentagon said about 10,000 troops.\n" +
        "Kyiv said 12,000 troops. Seoul said 12,000 troops.\n");

    [Fact]
    public void Finds_a_unique_quote_and_maps_it_back()
    {
        var match = QuoteMatcher.Find(Document, "about 10,000 troops", null, null);

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        Assert.Equal(1, match.OccurrenceCount);
        Assert.Null(match.Closest);
        var location = Assert.IsType<QuoteLocation>(match.Location);
        Assert.Equal((18, 19, 1, 19), (location.Offset, location.Length, location.Line, location.Column));
        Assert.Equal("about 10,000 troops", location.OriginalText);
    }

    [Fact]
    public void Reports_a_repeated_quote_as_ambiguous_with_every_occurrence()
    {
        var match = QuoteMatcher.Find(Document, "said 12,000 troops", null, null);

        Assert.Equal(QuoteMatchKind.Ambiguous, match.Kind);
        Assert.Equal(2, match.OccurrenceCount);
        Assert.Equal(new[] { 44, 70 }, new[] { match.Occurrences[0].Offset, match.Occurrences[1].Offset });
        Assert.Same(match.Occurrences[0], match.Location);
        Assert.Null(match.Closest);
    }

    [Theory]
    [InlineData("Kyiv", null, 44)]
    [InlineData(null, ". Seoul", 44)]
    [InlineData("Seoul", null, 70)]
    [InlineData("troops. Seoul", null, 70)]
    [InlineData("Seoul", ".", 70)]
    public void Picks_one_occurrence_by_prefix_or_suffix(string? prefix, string? suffix, int offset)
    {
        var match = QuoteMatcher.Find(Document, "said 12,000 troops", prefix, suffix);

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        Assert.Equal(2, match.OccurrenceCount);
        Assert.Equal(offset, match.Location!.Offset);
    }

    [Fact]
    public void Requires_the_context_to_touch_the_occurrence()
    {
        var match = QuoteMatcher.Find(Document, "said 12,000 troops", "Kyi", null);

        Assert.Equal(QuoteMatchKind.ContextNotFound, match.Kind);
        Assert.Equal(2, match.OccurrenceCount);
        Assert.Null(match.Location);
        Assert.NotNull(match.Closest);
    }

    [Fact]
    public void Stays_ambiguous_when_the_context_fits_several()
    {
        var match = QuoteMatcher.Find(Document, "12,000", "said", "troops");

        Assert.Equal(QuoteMatchKind.Ambiguous, match.Kind);
        Assert.Equal(49, match.Location!.Offset);
    }

    [Fact]
    public void Treats_an_empty_context_as_none()
    {
        Assert.Equal(QuoteMatchKind.Found, QuoteMatcher.Find(Document, "Pentagon", " ", "").Kind);
    }

    [Fact]
    public void Counts_overlapping_occurrences()
    {
        var document = SourceDocument.Create("d.txt", "ha ha ha ha");
        var match = QuoteMatcher.Find(document, "ha ha", null, null);

        Assert.Equal(3, match.OccurrenceCount);
        Assert.Equal(new[] { 0, 3, 6 }, new[] { match.Occurrences[0].Offset, match.Occurrences[1].Offset, match.Occurrences[2].Offset });
    }

    [Fact]
    public void Reports_a_missing_quote_with_the_closest_passage()
    {
        var match = QuoteMatcher.Find(Document, "Seoul said 12,500 troops", null, null);

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
        Assert.Equal(0, match.OccurrenceCount);
        Assert.Empty(match.Occurrences);
        Assert.Null(match.Location);
        var closest = Assert.IsType<ClosestPassage>(match.Closest);
        Assert.Equal("Seoul said 12,000 troops", closest.Text);
        Assert.Equal((2, 26), (closest.Line, closest.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t")]
    public void An_empty_quote_is_not_found_and_has_no_hint(string quote)
    {
        var match = QuoteMatcher.Find(Document, quote, null, null);

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
        Assert.Equal(0, match.OccurrenceCount);
        Assert.Null(match.Closest);
    }

    [Fact]
    public void Matches_typographic_text_typed_plainly_and_returns_it_as_written()
    {
        var document = SourceDocument.Create("d.txt", "Kim\u2019s troops \u2013 \u201Cabout\u00A0\r\n 12,000\u201D \u2013 arrived.");
        var match = QuoteMatcher.Find(document, "Kim's troops - \"about 12,000\"", null, null);

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        Assert.Equal("Kim\u2019s troops \u2013 \u201Cabout\u00A0\n 12,000\u201D", match.Location!.OriginalText);
        Assert.Equal(0, match.Location.Offset);
    }

    [Fact]
    public void Matches_composed_and_decomposed_accents_alike()
    {
        var composed = SourceDocument.Create("c.txt", "the caf\u00E9 in Pyongyang");
        var decomposed = SourceDocument.Create("d.txt", "the cafe\u0301 in Pyongyang");

        var inComposed = QuoteMatcher.Find(composed, "cafe\u0301 in", null, null);
        var inDecomposed = QuoteMatcher.Find(decomposed, "caf\u00E9 in", null, null);

        Assert.Equal(QuoteMatchKind.Found, inComposed.Kind);
        Assert.Equal("caf\u00E9 in", inComposed.Location!.OriginalText);
        Assert.Equal(QuoteMatchKind.Found, inDecomposed.Kind);
        Assert.Equal("cafe\u0301 in", inDecomposed.Location!.OriginalText);
        Assert.Equal((4, 8), (inDecomposed.Location.Offset, inDecomposed.Location.Length));
    }

    [Fact]
    public void Does_not_split_a_composed_character()
    {
        var document = SourceDocument.Create("d.txt", "cafe\u0301");
        Assert.Equal(QuoteMatchKind.NotFound, QuoteMatcher.Find(document, "cafe", null, null).Kind);
    }
}
