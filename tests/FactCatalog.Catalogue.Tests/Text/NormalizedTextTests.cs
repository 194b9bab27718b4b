using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Tests.Text;

public class NormalizedTextTests
{
    [Fact]
    public void Maps_unchanged_and_folded_characters_one_to_one()
    {
        var text = NormalizedText.Create("Russia\u2019s \u2013 war");

        Assert.Equal("Russia's - war", text.Value);
        for (int i = 0; i <= text.Value.Length; i++)
        {
            Assert.Equal(i, text.GetOriginalSpan(i, 0).Offset);
        }
    }

    [Fact]
    public void Collapses_a_whitespace_run_to_one_space_at_its_start()
    {
        var text = NormalizedText.Create("one \r\n\t two");

        Assert.Equal("one two", text.Value);
        Assert.Equal(3, text.GetOriginalSpan(3, 0).Offset);
        Assert.Equal(8, text.GetOriginalSpan(4, 0).Offset);
        Assert.Equal((3, 5), text.GetOriginalSpan(3, 1));
        Assert.Equal((8, 3), text.GetOriginalSpan(4, 3));
    }

    [Fact]
    public void Keeps_leading_and_trailing_whitespace_as_one_space()
    {
        var text = NormalizedText.Create("\n\n  word \u00A0\n");

        Assert.Equal(" word ", text.Value);
        Assert.Equal((4, 4), text.GetOriginalSpan(1, 4));
        Assert.Equal(11, text.GetOriginalSpan(text.Value.Length, 0).Offset);
    }

    [Fact]
    public void Maps_a_composed_character_to_its_whole_decomposed_source()
    {
        const string Original = "Cafe\u0301 au lait";
        var text = NormalizedText.Create(Original);

        Assert.Equal("Caf\u00E9 au lait", text.Value);
        Assert.Equal((0, 5), text.GetOriginalSpan(0, 4));        // "Café" covers the combining accent
        Assert.Equal((3, 2), text.GetOriginalSpan(3, 1));        // "é" alone is "e" + U+0301
        Assert.Equal((6, 2), text.GetOriginalSpan(5, 2));        // after it, one to one again, shifted by one
        Assert.Equal("au", Original.Substring(6, 2));
    }

    [Fact]
    public void Keeps_the_parts_nfc_leaves_alone_in_a_changed_segment_exact()
    {
        const string Original = "x\u1E0B\u0323y";               // d with dot above, then dot below: reordered and recomposed
        var text = NormalizedText.Create(Original);

        Assert.Equal("x\u1E0D\u0307y", text.Value);
        Assert.Equal((0, 1), text.GetOriginalSpan(0, 1));
        Assert.Equal((1, 2), text.GetOriginalSpan(1, 2));
        Assert.Equal((3, 1), text.GetOriginalSpan(3, 1));
    }

    [Fact]
    public void Maps_an_expanding_decomposition_without_losing_its_end()
    {
        const string Original = "q\u0344b";                      // one character becomes two combining marks
        var text = NormalizedText.Create(Original);

        Assert.Equal("q\u0308\u0301b", text.Value);
        Assert.Equal((1, 1), text.GetOriginalSpan(1, 1));
        Assert.Equal((1, 1), text.GetOriginalSpan(2, 1));
        Assert.Equal((0, 3), text.GetOriginalSpan(0, 4));
    }

    [Theory]
    [InlineData(" \u201CKim\u2019s soldiers\u201D \u2013\r\nin Kursk ")]
    [InlineData("Cafe\u0301\u00A0\u00A0\u212B \u1E0B\u0323 \u0958")]
    public void Normalising_twice_changes_nothing_more(string original)
    {
        string once = NormalizedText.Create(original).Value;
        Assert.Equal(once, NormalizedText.Create(once).Value);
    }

    [Fact]
    public void An_empty_text_maps_its_end()
    {
        var text = NormalizedText.Create(string.Empty);

        Assert.Equal(string.Empty, text.Value);
        Assert.Equal((0, 0), text.GetOriginalSpan(0, 0));
    }
}
