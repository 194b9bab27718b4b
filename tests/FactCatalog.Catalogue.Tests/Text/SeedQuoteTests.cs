using System;
using System.IO;
using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Tests.Text;

/// <summary>
/// Quote matching on the real seed articles, with expected positions worked out here from the raw text rather than
/// through the code under test.
/// </summary>
public class SeedQuoteTests
{
    private const string Deccan = "001_af1a237af1bed520.txt";
    private const string ForeignPolicy = "002_18697b607e6bcfaa.txt";
    private const string NewStatesman = "003_5c0c13af6b5a88d3.txt";
    private const string Statesman = "000_4b13a2e1a72695bf.txt";

    [Theory]
    [InlineData(Statesman, "Ukraine's top commander, General Oleksandr Syrskiy", "Ukraine\u2019s top commander, General Oleksandr Syrskiy")]
    [InlineData(ForeignPolicy, "calls Russia's invasion a \"just holy war.\"", "calls Russia\u2019s invasion a \u201Cjust holy war.\u201D")]
    [InlineData(Deccan, "fighting in Ukraine - about 12,500 of them across four military bases", "fighting in Ukraine \u2013 about 12,500 of them across four military bases")]
    [InlineData(Deccan, "The writer is a Research Assistant at the Observer Research Foundation", "The writer is a\u00A0Research Assistant at the Observer Research Foundation")]
    [InlineData(ForeignPolicy, "side is a sign of weakness Foreign Policy logo", "side is a sign of weakness\nForeign Policy logo")]
    [InlineData(ForeignPolicy, "Ukraine War - North Korea The military cooperation", "Ukraine War \u2013 North Korea\nThe military cooperation")]
    [InlineData(Deccan, "Credit: Reuters Photo The mainstream imagination", "Credit: Reuters Photo\n\nThe mainstream imagination")]
    public void Finds_a_quote_typed_plainly_and_cites_it_as_written(string seed, string quote, string asWritten)
    {
        var document = Seed(seed);
        int expectedOffset = document.Text.IndexOf(asWritten, StringComparison.Ordinal);
        Assert.True(expectedOffset >= 0, "the seed holds the passage as written");

        var match = QuoteMatcher.Find(document, quote, null, null);

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        var location = match.Location!;
        Assert.Equal(asWritten, location.OriginalText);
        Assert.Equal(asWritten, document.Text.Substring(location.Offset, location.Length));
        Assert.Equal(expectedOffset, location.Offset);
        Assert.Equal(PositionOf(document.Text, expectedOffset), (location.Line, location.Column));
    }

    [Fact]
    public void The_only_no_break_space_of_the_deccan_article_is_matched_by_a_plain_space()
    {
        string raw = ReadSeed(Deccan);
        int noBreak = raw.IndexOf('\u00A0');
        Assert.Equal(-1, raw.IndexOf('\u00A0', noBreak + 1));
        Assert.Equal("a\u00A0Research", raw.Substring(noBreak - 1, 10));

        var match = QuoteMatcher.Find(Seed(Deccan), "is a Research Assistant", null, null);

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        Assert.Equal(noBreak - 4, match.Location!.Offset);
        Assert.Contains("\u00A0", match.Location.OriginalText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caption_repeated_in_the_deccan_article_is_ambiguous_until_prefix_or_suffix_picks_one()
    {
        const string Quote = "Russia's President Vladimir Putin and North Korea's leader Kim Jong Un.";
        var document = Seed(Deccan);
        int first = document.Text.IndexOf(Quote, StringComparison.Ordinal);
        int second = document.Text.IndexOf(Quote, first + 1, StringComparison.Ordinal);
        Assert.Equal(-1, document.Text.IndexOf(Quote, second + 1, StringComparison.Ordinal));
        Assert.Equal((5, 28), PositionOf(document.Text, first));
        Assert.Equal((7, 1), PositionOf(document.Text, second));

        var ambiguous = QuoteMatcher.Find(document, Quote, null, null);
        Assert.Equal(QuoteMatchKind.Ambiguous, ambiguous.Kind);
        Assert.Equal(2, ambiguous.OccurrenceCount);
        Assert.Equal(new[] { first, second }, new[] { ambiguous.Occurrences[0].Offset, ambiguous.Occurrences[1].Offset });
        Assert.Equal(first, ambiguous.Location!.Offset);

        AssertPicks(document, Quote, "<div class=\"paragraphs\"><p>", null, first, (5, 28));
        AssertPicks(document, Quote, null, "</p></div>", first, (5, 28));
        AssertPicks(document, Quote, "</p></div>", null, second, (7, 1));
        AssertPicks(document, Quote, null, "Credit: Reuters Photo", second, (7, 1));
    }

    [Fact]
    public void A_sentence_repeated_with_curly_apostrophes_counts_every_occurrence()
    {
        var document = Seed(Deccan);
        const string AsWritten = "Moscow\u2019s relations with the collective West have fragmented";
        int first = document.Text.IndexOf(AsWritten, StringComparison.Ordinal);
        int second = document.Text.IndexOf(AsWritten, first + 1, StringComparison.Ordinal);

        var match = QuoteMatcher.Find(document, "Moscow's relations with the collective West have fragmented", null, null);

        Assert.Equal(QuoteMatchKind.Ambiguous, match.Kind);
        Assert.Equal(2, match.OccurrenceCount);
        Assert.Equal(PositionOf(document.Text, first), (match.Occurrences[0].Line, match.Occurrences[0].Column));
        Assert.Equal(PositionOf(document.Text, second), (match.Occurrences[1].Line, match.Occurrences[1].Column));
        Assert.Equal(AsWritten, match.Occurrences[1].OriginalText);

        var picked = QuoteMatcher.Find(document, "Moscow's relations with the collective West have fragmented", "the deal?", null);
        Assert.Equal(QuoteMatchKind.Found, picked.Kind);
        Assert.Equal(first, picked.Location!.Offset);
    }

    [Fact]
    public void A_headline_repeated_three_times_is_counted_three_times()
    {
        var match = QuoteMatcher.Find(Seed(ForeignPolicy), "North Korea's participation in the war on Russia's side is a sign of weakness", null, null);

        Assert.Equal(QuoteMatchKind.Ambiguous, match.Kind);
        Assert.Equal(3, match.OccurrenceCount);
        Assert.Equal(new[] { 4, 6, 26 }, new[] { match.Occurrences[0].Line, match.Occurrences[1].Line, match.Occurrences[2].Line });
    }

    [Fact]
    public void A_context_that_fits_no_occurrence_is_reported_as_such()
    {
        var match = QuoteMatcher.Find(Seed(Deccan), "Russia's President Vladimir Putin", "Photo of", null);

        Assert.Equal(QuoteMatchKind.ContextNotFound, match.Kind);
        Assert.Equal(2, match.OccurrenceCount);
        Assert.NotNull(match.Closest);
    }

    [Fact]
    public void A_misspelt_quote_points_at_the_passage_it_meant()
    {
        const string Meant = "Ukrainian military intelligence estimates that one Russian interpreter will be deployed for every 30 North Korean troops";
        var document = Seed(NewStatesman);
        int offset = document.Text.IndexOf(Meant, StringComparison.Ordinal);

        var match = QuoteMatcher.Find(
            document,
            "Ukranian military inteligence estimates that one Russian interpeter would be deployed for every 30 North Korean soldiers",
            null,
            null);

        Assert.Equal(QuoteMatchKind.NotFound, match.Kind);
        var closest = match.Closest!;
        Assert.Equal(PositionOf(document.Text, offset).Line, closest.Line);
        Assert.InRange(closest.Similarity, 0.8, 0.999);
        Assert.Contains("one Russian interpreter will be deployed", closest.Text, StringComparison.Ordinal);
        Assert.Equal(document.Text.Substring(closest.Offset, closest.Length), closest.Text);
    }

    [Theory]
    [InlineData(Statesman, "about 10,000 North Korean troops are ready to be deployed in the war zone")]
    [InlineData(Deccan, "Credit: Reuters Photo The mainstream imagination")]
    [InlineData(Deccan, "Russia's President Vladimir Putin and North Korea's leader Kim Jong Un.")]
    [InlineData(ForeignPolicy, "Ukraine War - North Korea The military cooperation")]
    [InlineData(NewStatesman, "North Korean troops might not actually cross the border")]
    [InlineData("004_d8202d8143fa868b.txt", "Short link:")]
    public void Windows_and_old_mac_line_endings_give_the_same_citations(string seed, string quote)
    {
        string raw = ReadSeed(seed);
        Assert.DoesNotContain("\r", raw, StringComparison.Ordinal);
        var lf = SourceDocument.Create(seed, raw);
        var crlf = SourceDocument.Create(seed, raw.Replace("\n", "\r\n"));
        var cr = SourceDocument.Create(seed, raw.Replace("\n", "\r"));

        Assert.Equal(lf.Text, crlf.Text);
        Assert.Equal(lf.Text, cr.Text);
        var expected = QuoteMatcher.Find(lf, quote, null, null);
        Assert.NotEmpty(expected.Occurrences);
        foreach (var other in new[] { crlf, cr })
        {
            var actual = QuoteMatcher.Find(other, quote, null, null);
            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(expected.OccurrenceCount, actual.OccurrenceCount);
            for (int i = 0; i < expected.OccurrenceCount; i++)
            {
                var e = expected.Occurrences[i];
                var a = actual.Occurrences[i];
                Assert.Equal((e.Offset, e.Length, e.Line, e.Column, e.OriginalText), (a.Offset, a.Length, a.Line, a.Column, a.OriginalText));
            }
        }
    }

    private static void AssertPicks(
        SourceDocument document,
        string quote,
        string? prefix,
        string? suffix,
        int offset,
        (int Line, int Column) position)
    {
        var match = QuoteMatcher.Find(document, quote, prefix, suffix);

        Assert.Equal(QuoteMatchKind.Found, match.Kind);
        Assert.Equal(2, match.OccurrenceCount);
        Assert.Equal(offset, match.Location!.Offset);
        Assert.Equal(quote.Length, match.Location.Length);
        Assert.Equal(position, (match.Location.Line, match.Location.Column));
        Assert.Equal(quote, match.Location.OriginalText);
    }

    /// <summary>Line and column counted by hand: line breaks before the offset, and the distance from the last one.</summary>
    private static (int Line, int Column) PositionOf(string text, int offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static SourceDocument Seed(string name) => SourceDocument.Create("seeds/" + name, ReadSeed(name));

    private static string ReadSeed(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "repo", "seeds", name));
}
