using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Tests.Text;

public class QuoteNormalizerTests
{
    [Theory]
    [InlineData("Russia\u2019s war", "Russia's war")]
    [InlineData("\u2018all means\u2019", "'all means'")]
    [InlineData("\u201Ajust\u201B \u2032 \u02BC \uFF07", "'just' ' ' '")]
    [InlineData("\u201Cjust holy war.\u201D", "\"just holy war.\"")]
    [InlineData("\u201Elow\u201F \u2033 \uFF02", "\"low\" \" \"")]
    [InlineData("\u00ABguillemets\u00BB \u2039single\u203A", "\"guillemets\" 'single'")]
    [InlineData("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\uFE58i\uFE63j\uFF0Dk", "a-b-c-d-e-f-g-h-i-j-k")]
    [InlineData("a\u00A0research \u202Fassistant\u2007x", "a research assistant x")]
    [InlineData("one\r\ntwo\n\n\tthree\u2028four\u2029five\u3000six\u0085seven", "one two three four five six seven")]
    [InlineData("  \n padded \t ", "padded")]
    [InlineData("Case Is KEPT", "Case Is KEPT")]
    public void Applies_the_declared_normalisation(string input, string expected)
    {
        Assert.Equal(expected, QuoteNormalizer.Normalize(input));
    }

    [Fact]
    public void Composes_to_NFC()
    {
        Assert.Equal("Caf\u00E9 \u00C5", QuoteNormalizer.Normalize("Cafe\u0301 \u212B"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t\u00A0")]
    public void Whitespace_only_normalises_to_nothing(string input)
    {
        Assert.Equal(string.Empty, QuoteNormalizer.Normalize(input));
    }

    [Fact]
    public void Leaves_other_punctuation_alone()
    {
        const string Text = "10,000 troops (about 50 %); 'all' \"means\" - \u2022 \u00A9 \u2026";
        Assert.Equal(Text, QuoteNormalizer.Normalize(Text));
    }
}
