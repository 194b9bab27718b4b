using System;
using System.Collections.Generic;
using FactCatalog.Catalogue.Validation;

namespace FactCatalog.Catalogue.Tests.Validation;

/// <summary>A word table must answer as the case-insensitive dictionary it replaces.</summary>
public class WordTableTests
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["six"] = 6, ["first"] = 1, ["thirds"] = 3, ["Sept"] = 9, ["million"] = 1_000_000,
        ["a"] = 0, ["is"] = 2,
    };

    [Theory]
    [InlineData("one")]
    [InlineData("ONE")]
    [InlineData("sIx")]
    [InlineData("Sept")]
    [InlineData("sept")]
    [InlineData("Thirds")]
    [InlineData("third")]
    [InlineData("A")]
    [InlineData("")]
    [InlineData("millions")]
    [InlineData("\u0131s")]
    [InlineData("\u017Fix")]
    [InlineData("\u212Aone")]
    [InlineData("fi\u0072st")]
    [InlineData("f\u00EFrst")]
    public void Answers_as_an_ordinal_ignore_case_dictionary(string word)
    {
        var table = new WordTable<int>(Words);
        string text = "<" + word + ">";

        bool found = table.TryGetValue(text, 1, word.Length, out int value, out string key);

        Assert.Equal(Words.TryGetValue(word, out int expected), found);
        Assert.Equal(expected, value);
        Assert.True(!found || string.Equals(key, word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Answers_as_the_dictionary_for_random_words()
    {
        var table = new WordTable<int>(Words);
        var random = new Random(5);
        char[] letters = { 'o', 'n', 'e', 'O', 'N', 'E', 's', 'i', 'x', 'S', 'I', '\u0131', '\u017F', 'a', 'A', 't' };
        for (int i = 0; i < 20_000; i++)
        {
            var chars = new char[1 + random.Next(4)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = letters[random.Next(letters.Length)];
            }
            string word = new(chars);

            Assert.Equal(Words.TryGetValue(word, out int expected), table.TryGetValue(word, 0, word.Length, out int value, out _));
            Assert.Equal(expected, value);
        }
    }
}
