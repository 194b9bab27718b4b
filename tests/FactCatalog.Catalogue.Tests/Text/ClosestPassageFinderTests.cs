using System.Text;
using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Tests.Text;

public class ClosestPassageFinderTests
{
    [Fact]
    public void Finds_a_misspelt_passage_in_whole_words()
    {
        var document = SourceDocument.Create(
            "d.txt",
            "First line.\nThe treaty was signed in June by both leaders.\nLast line.");

        var closest = ClosestPassageFinder.Find(document, "treaty was singed in Jun by both");

        Assert.NotNull(closest);
        Assert.Equal("treaty was signed in June by both", closest!.Text);
        Assert.Equal((2, 5), (closest.Line, closest.Column));
        Assert.Equal(document.Text.Substring(closest.Offset, closest.Length), closest.Text);
        Assert.Equal(1.0 - (3.0 / 33.0), closest.Similarity, 10);
    }

    [Fact]
    public void Prefers_the_earliest_of_equally_close_passages()
    {
        var document = SourceDocument.Create("d.txt", "alpha beta gamma. delta. alpha beta gamma.");

        var closest = ClosestPassageFinder.Find(document, "alpha beta gamna");

        Assert.Equal(0, closest!.Offset);
    }

    [Fact]
    public void Returns_the_source_text_as_written()
    {
        var document = SourceDocument.Create("d.txt", "He said \u201Cjust holy\r\nwar\u201D \u2013 twice.");

        var closest = ClosestPassageFinder.Find(document, QuoteNormalizer.Normalize("said \"just holly war\" - twice"));

        Assert.Equal("said \u201Cjust holy\nwar\u201D \u2013 twice", closest!.Text);
    }

    [Fact]
    public void Finds_a_long_quote_with_typos_in_a_large_document()
    {
        var builder = new StringBuilder();
        for (int i = 0; builder.Length < 100_000; i++)
        {
            builder.Append("Paragraph ").Append(i).Append(" reports troops, bases and treaties in a different order each time: ")
                .Append(i % 7).Append(" bases, ").Append(i % 11).Append(" treaties.\n");
        }

        int target = builder.Length;
        const string Passage =
            "Ukrainian military intelligence estimates that one Russian interpreter and three North Korean " +
            "liaison officers are assigned to every unit of 30 soldiers, a sign of the language barrier that " +
            "makes assimilating foreign units into the Russian lines anything but a simple task for commanders.";
        builder.Append(Passage).Append('\n');
        for (int i = 0; builder.Length < 200_000; i++)
        {
            builder.Append("Filler sentence number ").Append(i).Append(" about nothing in particular.\n");
        }

        var document = SourceDocument.Create("big.txt", builder.ToString());
        string misspelt = Passage.Replace("interpreter", "interpeter").Replace("liaison", "liason").Replace("barrier", "barier");

        var closest = ClosestPassageFinder.Find(document, misspelt);

        Assert.Equal(target, closest!.Offset);
        Assert.Equal(Passage.Length, closest.Length);
        Assert.InRange(closest.Similarity, 0.98, 1.0);
    }

    [Fact]
    public void Compares_only_the_beginning_of_a_very_long_quote()
    {
        var document = SourceDocument.Create("d.txt", "intro " + new string('x', 3000) + " outro");

        var closest = ClosestPassageFinder.Find(document, new string('x', 5000));

        Assert.Equal(6, closest!.Offset);
        Assert.Equal(3000, closest.Length);
        Assert.Equal(1.0 - (1000.0 / 3000.0), closest.Similarity, 10);
    }

    [Theory]
    [InlineData("", "quote")]
    [InlineData(" \n ", "quote")]
    [InlineData("some text", "")]
    public void Has_nothing_to_offer_for_empty_input(string text, string quote)
    {
        Assert.Null(ClosestPassageFinder.Find(SourceDocument.Create("d.txt", text), quote));
    }
}
