using System;
using System.Text;
using FactCatalog.Catalogue.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Tests.Parsing;

/// <summary>The line map must place every offset where Roslyn's own line table does, whatever order it is asked in.</summary>
public class LineMapTests
{
    [Fact]
    public void Agrees_with_the_source_text_in_file_order_and_at_random()
    {
        var random = new Random(3);
        string[] pieces = { "a", "bc", " ", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "key: value", "\n\n\n" };
        for (int round = 0; round < 50; round++)
        {
            var builder = new StringBuilder();
            int count = random.Next(200);
            for (int i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }
            SourceText text = SourceText.From(builder.ToString());
            var map = new LineMap(text);
            for (int start = 0; start <= text.Length; start += 1 + random.Next(3))
            {
                AssertSame(text, map, new TextSpan(start, random.Next(text.Length - start + 1)));
            }
            for (int i = 0; i < 100; i++)
            {
                int start = random.Next(text.Length + 1);
                AssertSame(text, map, new TextSpan(start, random.Next(text.Length - start + 1)));
            }
        }
    }

    private static void AssertSame(SourceText text, LineMap map, TextSpan span) =>
        Assert.Equal(text.Lines.GetLinePositionSpan(span), map.GetLinePositionSpan(span));
}
