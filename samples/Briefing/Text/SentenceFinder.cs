using System;

namespace Briefing.Text;

/// <summary>
/// Finds the sentence around a quote in a source text: back from the quote to the end of the previous sentence or
/// the start of the line, and on from the quote to the end of its last sentence or the end of the line. A sentence
/// ends at <c>.</c>, <c>!</c> or <c>?</c> (perhaps followed by closing quotes or brackets) before white space,
/// except after a common abbreviation or an initial.
/// </summary>
internal static class SentenceFinder
{
    private const string Closers = "\"')]’”»";

    private static readonly string[] s_abbreviations = { "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "St", "No", "vs", "etc" };

    /// <summary>The start and end (exclusive) of the sentence or sentences holding <c>text[start..(start + length)]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The quote does not lie within the text.</exception>
    public static (int Start, int End) Find(string text, int start, int length)
    {
        if (start < 0 || length < 0 || start + length > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The quote must lie within the text.");
        }

        int sentenceStart = start;
        while (sentenceStart > 0 && text[sentenceStart - 1] != '\n'
            && !(char.IsWhiteSpace(text[sentenceStart - 1]) && EndsSentenceAt(text, sentenceStart - 2)))
        {
            sentenceStart--;
        }

        int end = start + length;
        int sentenceEnd = end;
        while (sentenceEnd < text.Length && text[sentenceEnd] != '\n' && !EndsSentenceAt(text, sentenceEnd - 1))
        {
            sentenceEnd++;
        }

        return (SkipSpace(text, sentenceStart, start), TrimEnd(text, sentenceEnd, end));
    }

    /// <summary>Whether a sentence ends with the character at <paramref name="index"/>, which white space or the end of the text follows.</summary>
    private static bool EndsSentenceAt(string text, int index)
    {
        if (index < 0 || index >= text.Length || (index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1])))
        {
            return false;
        }

        int mark = index;
        while (mark >= 0 && Closers.IndexOf(text[mark]) >= 0)
        {
            mark--;
        }

        if (mark < 0 || (text[mark] != '.' && text[mark] != '!' && text[mark] != '?'))
        {
            return false;
        }

        return text[mark] != '.' || !IsAbbreviation(text, mark);
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an initial (<c>U.S.</c>, <c>J.</c>) or a common abbreviation.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        int wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        string word = text.Substring(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return word.Contains('.') || Array.IndexOf(s_abbreviations, word) >= 0;
    }

    private static int SkipSpace(string text, int from, int limit)
    {
        while (from < limit && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        return from;
    }

    private static int TrimEnd(string text, int to, int limit)
    {
        while (to > limit && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }
        return to;
    }
}
