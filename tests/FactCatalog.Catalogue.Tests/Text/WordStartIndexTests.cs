using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Tests.Text;

/// <summary>The word-start index must find exactly what an ordinal scan finds, in the same order.</summary>
public class WordStartIndexTests
{
    [Fact]
    public void Finds_every_occurrence_a_scan_finds_in_repetitive_text()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            string text = RandomText(random, 50 + random.Next(400));
            var index = WordStartIndex.Build(text);
            for (int q = 0; q < 50; q++)
            {
                int start = random.Next(text.Length);
                string quote = text.Substring(start, Math.Min(text.Length - start, 1 + random.Next(30)));
                if (index.Find(quote, CancellationToken.None) is { } found)
                {
                    Assert.Equal(Scan(text, quote), found);
                }
            }
        }
    }

    [Fact]
    public void Finds_overlapping_and_edge_occurrences()
    {
        const string Text = "aaaaaaaa aaaaaaaa aaaaaaaa aaaaaaaa";
        var found = WordStartIndex.Build(Text).Find("aaaaaaaa aaaaaaaa", CancellationToken.None);

        Assert.Equal(new List<int> { 0, 9, 18 }, found);
        Assert.Equal(new List<int> { 7 }, WordStartIndex.Build(Text).Find("a aaaaaaaa aaaaaaaa aaaaaaaa", CancellationToken.None));
    }

    [Fact]
    public void Declines_a_quote_without_a_word_start_to_look_up()
    {
        var index = WordStartIndex.Build("one two three four five six seven");

        Assert.Null(index.Find("three", CancellationToken.None));
        Assert.Null(index.Find("two three", CancellationToken.None));
        Assert.Equal(new List<int> { 4 }, index.Find("two three four", CancellationToken.None));
    }

    [Fact]
    public void Normalized_text_finds_the_same_before_and_after_it_is_indexed()
    {
        var random = new Random(11);
        string text = RandomText(random, 3000);
        var normalized = NormalizedText.Create(text);
        for (int q = 0; q < 100; q++)
        {
            int start = random.Next(text.Length);
            string quote = normalized.Value.Substring(start, Math.Min(normalized.Value.Length - start, 1 + random.Next(40)));
            Assert.Equal(Scan(normalized.Value, quote), normalized.FindAll(quote, CancellationToken.None));
        }
    }

    /// <summary>Words from a tiny vocabulary, single spaces: most quotes occur many times, often overlapping.</summary>
    private static string RandomText(Random random, int length)
    {
        string[] words = { "a", "aa", "ab", "ba", "aab", "abab", "aaaaaaaa", "abababab", "b" };
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(words[random.Next(words.Length)]).Append(' ');
        }
        return text.ToString(0, length);
    }

    private static List<int> Scan(string text, string quote)
    {
        var starts = new List<int>();
        for (int at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(quote, at + 1, StringComparison.Ordinal) : -1)
        {
            starts.Add(at);
        }
        return starts;
    }
}
