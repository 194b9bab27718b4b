using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactCatalog.Generator.Emit;
using Xunit;

namespace FactCatalog.Generator.Tests.Emit;

/// <summary>The text helpers every emitter writes through: doc-comment text and the code writer's reused buffer.</summary>
public class EmitTextTests
{
    private const string Alphabet = "ab Z9 \t\n\r\u00A0\u2028\u2029\u0085&<>\"'\\\u0000\u0007\u200B\u202E\u00E9\uFFFE\uD83D\uDE00\uD800\uDC00.";

    [Theory]
    [InlineData("", "")]
    [InlineData("plain words", "plain words")]
    [InlineData("  leading and trailing  ", "leading and trailing")]
    [InlineData("runs \t\n of   space", "runs of space")]
    [InlineData("a & b < c > d \" e ' f", "a &amp; b &lt; c &gt; d &quot; e &apos; f")]
    [InlineData("hidden\u202Eoverride", "hidden\\u202Eoverride")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    public void Doc_text_is_escaped_to_one_line(string text, string expected) => Assert.Equal(expected, DocComment.Text(text));

    [Fact]
    public void A_lone_surrogate_is_written_as_an_escape()
    {
        // Built at run time: an attribute argument cannot hold a lone surrogate.
        Assert.Equal("lone \\uD800 surrogate", DocComment.Text("lone " + '\uD800' + " surrogate"));
    }

    [Fact]
    public void Doc_text_matches_its_rules_on_random_text()
    {
        var random = new Random(20241204);
        for (int i = 0; i < 20_000; i++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            Assert.Equal(ExpectedDocText(text), DocComment.Text(text));
        }
    }

    [Fact]
    public void Text_that_needs_no_change_is_not_copied()
    {
        string text = new("Households in Alderingby connected to fibre broadband in 2019.".ToCharArray());
        Assert.Same(text, DocComment.Text(text));
    }

    [Fact]
    public void Writers_one_after_another_each_get_their_own_text()
    {
        string first = Write("first", 3);
        string second = Write("second", 1);
        Assert.Equal("first 0\nfirst 1\nfirst 2\n", first);
        Assert.Equal("second 0\n", second);

        var writer = new CodeWriter().Line("once");
        Assert.Same(writer.ToString(), writer.ToString());
    }

    [Fact]
    public void Writers_on_many_threads_each_get_their_own_text()
    {
        string[] texts = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8).Select(i => Write("w" + i.ToString(CultureInfo.InvariantCulture), 200 + i)).ToArray();
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(Expected("w" + i.ToString(CultureInfo.InvariantCulture), 200 + i), texts[i]);
        }
    }

    private static string Write(string name, int lines)
    {
        var writer = new CodeWriter(capacity: 16);
        for (int i = 0; i < lines; i++)
        {
            writer.Line(name + " " + i.ToString(CultureInfo.InvariantCulture));
        }
        return writer.ToString();
    }

    private static string Expected(string name, int lines) =>
        string.Concat(Enumerable.Range(0, lines).Select(i => name + " " + i.ToString(CultureInfo.InvariantCulture) + "\n"));

    /// <summary>The rules of doc text, written plainly: whitespace runs become one space and the ends are trimmed, the XML specials become entities, and anything invisible or unpaired becomes <c>\uXXXX</c>.</summary>
    private static string ExpectedDocText(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\u00A0')
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                word.Append(c).Append(text[++i]);
            }
            else
            {
                word.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&apos;",
                    _ => char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'
                        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
                        ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                        : c.ToString(),
                });
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return string.Join(" ", words);
    }
}
