using Briefing.Text;

namespace Briefing.Tests;

public class SentenceFinderTests
{
    [Theory]
    // The sentence around a quote in the middle of a line.
    [InlineData("First one. The Pentagon said about 10,000 troops went. Last one.", "about 10,000 troops", "The Pentagon said about 10,000 troops went.")]
    // A quote that is a whole sentence, and one at the start of a line.
    [InlineData("Title\nIt was 10,000 troops. Next.", "It was 10,000 troops.", "It was 10,000 troops.")]
    [InlineData("Title\n16th summit in Kazan\nNext line.", "16th summit", "16th summit in Kazan")]
    // Closing quotes and brackets after the full stop belong to the sentence.
    [InlineData("Before. He said \"it is 5.\" After.", "it is 5", "He said \"it is 5.\"")]
    [InlineData("Before. They inked a ‘treaty.’ After.", "inked", "They inked a ‘treaty.’")]
    // Abbreviations, initials and decimals do not end a sentence.
    [InlineData("Before. The U.S. and Gen. Smith saw 6.5 per cent growth. After.", "6.5 per cent", "The U.S. and Gen. Smith saw 6.5 per cent growth.")]
    // A quote that runs over two sentences shows both.
    [InlineData("First. Russia has expertise. It helps in all three. Last.", "expertise. It helps", "Russia has expertise. It helps in all three.")]
    // Questions and exclamations end sentences too.
    [InlineData("What now? The deal is done! Really.", "deal", "The deal is done!")]
    public void Finds_the_sentence_around_a_quote(string text, string quote, string sentence)
    {
        int offset = text.IndexOf(quote, System.StringComparison.Ordinal);

        (int start, int end) = SentenceFinder.Find(text, offset, quote.Length);

        Assert.Equal(sentence, text[start..end]);
    }

    [Fact]
    public void A_quote_outside_the_text_is_refused()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => SentenceFinder.Find("short", 3, 10));
    }
}
