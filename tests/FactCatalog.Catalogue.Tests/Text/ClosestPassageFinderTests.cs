using System.Linq;
using FactCatalog.Catalogue.Syntax;
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
    public void Places_a_very_long_quote_by_its_beginning_and_judges_all_of_it()
    {
        var document = SourceDocument.Create("d.txt", "intro " + new string('x', 3000) + " outro");

        var closest = ClosestPassageFinder.Find(document, new string('x', 5000));

        // The passage runs from the x's to the end of the document (3,006 characters). The quote's first 3,134
        // characters are compared with it along the band (128 deletions and 6 substitutions for " outro"), and the
        // 1,866 after them count as deleted: 2,000 edits in 5,000 characters.
        Assert.Equal(6, closest!.Offset);
        Assert.Equal(3006, closest.Length);
        Assert.Equal(1.0 - (2000.0 / 5000.0), closest.Similarity, 10);
    }

    [Theory]
    [InlineData(2500)]
    [InlineData(20_000)]
    [InlineData(100_000)]
    public void A_long_quote_that_differs_only_in_its_last_word_is_not_identical(int length)
    {
        // The bug this guards against: judged on its first 2,000 characters, such a quote was "100% similar".
        string words = string.Concat(Enumerable.Range(0, length / 6 + 1).Select(i => "word" + (i % 10) + " ")).Substring(0, length - 7);
        var document = SourceDocument.Create("d.txt", "Before. " + words + " ending. After.");

        var closest = ClosestPassageFinder.Find(document, QuoteNormalizer.Normalize(words + " endinG"));

        Assert.Equal(8, closest!.Offset);
        Assert.True(closest.Similarity < 1.0, $"similarity {closest.Similarity}");
        Assert.Equal(1.0 - (1.0 / length), closest.Similarity, 10);
    }

    [Fact]
    public void A_search_the_budget_cannot_pay_for_is_not_run()
    {
        var document = SourceDocument.Create("big.txt", string.Concat(Enumerable.Repeat("Filler text that never matches. ", 1_000_000 / 32)));
        var budget = new ClosestPassageBudget();
        int hints = 0;
        int skipped = 0;
        for (int i = 0; i < 100; i++)
        {
            if (ClosestPassageFinder.Find(document, "a quote that is not there " + i, budget, default, out bool refused) is not null)
            {
                hints++;
            }
            skipped += refused ? 1 : 0;
        }

        // Each search costs one scan of the 1,000,000 characters plus its alignments, priced before it runs: the
        // document's budget of 20,000,000 pays for fewer than 20 of them (each a little over 1,000,000 units); the
        // others are refused, and the work spent stays under the budget.
        Assert.Equal(budget.Searches, hints);
        Assert.Equal(100, hints + skipped);
        Assert.InRange(budget.Spent, CatalogueLimits.MaxClosestPassageWorkPerDocument - 1_100_000, CatalogueLimits.MaxClosestPassageWorkPerDocument);
        Assert.InRange(hints, 15, 19);
        Assert.Equal(nameof(CatalogueLimits.MaxClosestPassageWorkPerDocument), budget.RefusedBy);
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
