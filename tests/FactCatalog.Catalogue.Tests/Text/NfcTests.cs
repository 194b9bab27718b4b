using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Tests.Text;

/// <summary>Cases from the Unicode normalisation conformance data, one per rule of the algorithm.</summary>
public class NfcTests
{
    [Theory]
    [InlineData("e\u0301", "\u00E9")]                                 // composition
    [InlineData("\u00E9", "\u00E9")]                                  // already composed
    [InlineData("\u212B", "\u00C5")]                                  // singleton decomposition
    [InlineData("A\u030A", "\u00C5")]
    [InlineData("\u1E0B\u0323", "\u1E0D\u0307")]                      // reordering, then composition with the mark below
    [InlineData("q\u0307\u0323", "q\u0323\u0307")]                    // reordering without composition
    [InlineData("\u0044\u0307\u0323", "\u1E0C\u0307")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]                      // Hangul jamo
    [InlineData("\uAC00\u11A8", "\uAC01")]                            // Hangul LV + T
    [InlineData("\u0915\u093C", "\u0915\u093C")]                      // composition exclusion (U+0958)
    [InlineData("\u0958", "\u0915\u093C")]
    [InlineData("\u0344", "\u0308\u0301")]                            // non-starter decomposition
    [InlineData("\U0001D15E", "\U0001D157\U0001D165")]                // excluded, outside the BMP
    [InlineData("\u0B47\u0B3E", "\u0B4B")]                            // two starters compose
    [InlineData("a\u0301\u0301", "\u00E1\u0301")]                     // a blocked second mark stays
    [InlineData("\u0301e", "\u0301e")]                                // a leading mark has nothing to join
    [InlineData("plain ASCII", "plain ASCII")]
    public void Normalises_to_form_C(string input, string expected)
    {
        Assert.Equal(expected, Nfc.Normalize(input));
    }

    [Fact]
    public void Keeps_a_lone_surrogate()
    {
        Assert.Equal("a\uD800\u00E9", Nfc.Normalize("a\uD800e\u0301"));
    }

    [Fact]
    public void Segments_end_before_a_character_nothing_can_join()
    {
        const string Text = "Cafe\u0301\u2019s";
        Assert.Equal(5, Nfc.SegmentEnd(Text, 3));   // "e" + U+0301 stay together
        Assert.Equal(6, Nfc.SegmentEnd(Text, 5));   // the apostrophe stands alone
    }
}
