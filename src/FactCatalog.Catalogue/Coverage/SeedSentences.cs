using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FactCatalog.Catalogue.Coverage;

/// <summary>
/// One sentence of a seed: the seed's file name, where the sentence is (0-based UTF-16 <paramref name="Offset"/> and
/// <paramref name="Length"/> in the text with line endings normalised to LF, as citations count them; 1-based
/// <paramref name="Line"/>) and its <paramref name="Text"/>, trimmed. <paramref name="StartsLine"/> is true when only
/// whitespace or a bullet precedes the sentence on its line.
/// </summary>
public sealed record SeedSentence(string SourceFile, int Offset, int Length, int Line, string Text, bool StartsLine);

/// <summary>
/// A small sentence splitter for the seed articles (the coverage measure of docs/coverage.md). It is deliberately simple and deterministic:
/// <list type="bullet">
/// <item>Every line break ends a sentence. The seeds are not hard-wrapped: each line is a paragraph, a heading, a
/// caption, a list item or a line of page furniture.</item>
/// <item>Within a line, a sentence ends at <c>.</c>, <c>!</c> or <c>?</c> (with any closing quotes or brackets right
/// after it) when whitespace follows and the next word starts with a capital letter, a digit, an opening quote or an
/// opening bracket.</item>
/// <item>A period does not end a sentence after a known abbreviation (<c>Mr.</c>, <c>St.</c>, <c>Gen.</c>, ...; see
/// <see cref="Abbreviations"/>), after <c>No.</c> before a digit, after a single capital letter (an initial, as in
/// <c>J. Smith</c>), after a dotted abbreviation (<c>U.S.</c>, <c>e.g.</c>), or after a list number at the start of a
/// line (<c>1. Home page</c>). Decimals (<c>1.5</c>) never split, since no whitespace follows their point.</item>
/// <item>Sentences are trimmed of whitespace and of a leading bullet (<c>•</c>); empty ones are dropped.</item>
/// </list>
/// </summary>
public static class SeedSentences
{
    /// <summary>Words that end with a period without ending a sentence (compared case-sensitively, without the period).</summary>
    public static readonly ISet<string> Abbreviations = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov",
        "Sen", "Rep", "Rev", "Hon", "Mt", "Ft", "vs", "approx", "cf",
    };

    private const string ClosingMarks = "\"'\u201D\u2019)]";
    private const string OpeningMarks = "\"'\u201C\u2018([";

    /// <summary>The sentences of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<SeedSentence> Split(string sourceFile, string text)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var sentences = new List<SeedSentence>();
        int lineStart = 0;
        int lineNumber = 1;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            int start = lineStart;
            for (int i = lineStart; i < lineEnd; i++)
            {
                int end = SentenceEndAfter(text, i, lineStart, lineEnd);
                if (end > 0)
                {
                    Add(sentences, sourceFile, text, lineStart, start, end, lineNumber);
                    start = end;
                    i = end - 1;
                }
            }

            Add(sentences, sourceFile, text, lineStart, start, lineEnd, lineNumber);
            lineStart = lineEnd + 1;
            lineNumber++;
        }

        return sentences;
    }

    /// <summary>
    /// When the character at <paramref name="i"/> ends a sentence, the position right after it and any closing marks;
    /// otherwise 0.
    /// </summary>
    private static int SentenceEndAfter(string text, int i, int lineStart, int lineEnd)
    {
        char c = text[i];
        if (c is not ('.' or '!' or '?'))
        {
            return 0;
        }

        int end = i + 1;
        while (end < lineEnd && ClosingMarks.IndexOf(text[end]) >= 0)
        {
            end++;
        }

        int next = end;
        while (next < lineEnd && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next == end || next == lineEnd)
        {
            return 0; // no whitespace after it, or the line ends anyway
        }

        char first = text[next];
        if (!char.IsUpper(first) && !char.IsDigit(first) && OpeningMarks.IndexOf(first) < 0)
        {
            return 0;
        }

        return c == '.' && IsAbbreviationOrListNumber(text, i, lineStart, first) ? 0 : end;
    }

    /// <summary>Whether the period at <paramref name="period"/> belongs to the word before it rather than ending a sentence.</summary>
    private static bool IsAbbreviationOrListNumber(string text, int period, int lineStart, char nextChar)
    {
        int wordStart = period;
        while (wordStart > lineStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        string word = text.Substring(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        bool allDigits = true;
        foreach (char ch in word)
        {
            allDigits &= char.IsDigit(ch);
        }

        if (allDigits)
        {
            // "1. Home page": a list number when only whitespace precedes it on its line.
            return text.Substring(lineStart, wordStart - lineStart).Trim().Length == 0;
        }

        return Abbreviations.Contains(word)
            || (word == "No" && char.IsDigit(nextChar))
            || (word.Length == 1 && char.IsUpper(word[0]))
            || word.IndexOf('.') >= 0;
    }

    private static void Add(List<SeedSentence> sentences, string sourceFile, string text, int lineStart, int start, int end, int line)
    {
        bool startsLine = true;
        for (int i = lineStart; i < start; i++)
        {
            startsLine &= char.IsWhiteSpace(text[i]) || text[i] == '\u2022';
        }

        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\u2022'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SeedSentence(sourceFile, start, end - start, line, text.Substring(start, end - start), startsLine));
        }
    }
}

