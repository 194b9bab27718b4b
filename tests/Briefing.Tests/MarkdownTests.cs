using Briefing.Rendering;

namespace Briefing.Tests;

public class MarkdownTests
{
    [Theory]
    [InlineData("plain words, 10,000 (troops)", "plain words, 10,000 (troops)")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* and _em_ and `code` and <tag> and [link]", "\\*bold\\* and \\_em\\_ and \\`code\\` and \\<tag\\> and \\[link\\]")]
    [InlineData("004_d8202d8143fa868b.txt", "004_d8202d8143fa868b.txt")]
    [InlineData("#1 and back\\slash", "\\#1 and back\\\\slash")]
    public void Catalogue_text_reads_as_written(string text, string escaped)
    {
        Assert.Equal(escaped, Markdown.Escape(text));
    }
}
