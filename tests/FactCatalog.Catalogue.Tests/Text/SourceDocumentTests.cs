using System;
using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Tests.Text;

public class SourceDocumentTests
{
    [Fact]
    public void Turns_crlf_and_lone_cr_into_lf()
    {
        var document = SourceDocument.Create("a.txt", "one\r\ntwo\rthree\n\r\nfour\r");

        Assert.Equal("one\ntwo\nthree\n\nfour\n", document.Text);
        Assert.Equal("a.txt", document.Path);
        Assert.Equal((6, 1), document.GetLinePosition(document.Text.Length));
    }

    [Fact]
    public void Keeps_lf_text_as_it_is()
    {
        const string Text = "one\ntwo";
        Assert.Same(Text, SourceDocument.Create("a.txt", Text).Text);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 1, 4)]     // the line break belongs to its line
    [InlineData(4, 2, 1)]     // an empty line: only its line break
    [InlineData(5, 3, 1)]
    [InlineData(8, 4, 1)]     // the end, after a final line break
    public void Gives_one_based_lines_and_columns(int offset, int line, int column)
    {
        var document = SourceDocument.Create("a.txt", "one\n\nab\n");
        Assert.Equal((line, column), document.GetLinePosition(offset));
    }

    [Fact]
    public void Counts_columns_in_utf16_characters()
    {
        var document = SourceDocument.Create("a.txt", "\U0001F600x\n\u2019y");

        Assert.Equal((1, 3), document.GetLinePosition(2));
        Assert.Equal((2, 2), document.GetLinePosition(5));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Rejects_an_offset_outside_the_text(int offset)
    {
        var document = SourceDocument.Create("a.txt", "abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => document.GetLinePosition(offset));
    }

    [Fact]
    public void Normalises_on_first_use_once()
    {
        var document = SourceDocument.Create("a.txt", "Kim\u2019s\r\ntroops");

        Assert.Equal("Kim's troops", document.Normalized.Value);
        Assert.Same(document.Normalized, document.Normalized);
    }
}
