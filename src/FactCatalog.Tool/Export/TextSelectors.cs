using System;

namespace FactCatalog.Tool.Export;

/// <summary>
/// The W3C Web Annotation selectors of a cited passage. Citations count UTF-16 code units in the source text with line
/// endings normalised to LF; a <c>TextPositionSelector</c> counts Unicode code points ("characters") in that same text,
/// and a <c>TextQuoteSelector</c> gives the passage with enough text before and after it to be found once.
/// </summary>
internal readonly record struct TextSelectors(string Exact, string Prefix, string Suffix, int Start, int End)
{
    /// <summary>How many characters of context a quote selector starts with (as Hypothesis and the Web Annotation examples use).</summary>
    public const int ContextLength = 32;

    /// <summary>The selectors of the passage at UTF-16 <paramref name="offset"/> and <paramref name="length"/> in <paramref name="text"/> (LF-normalised).</summary>
    public static TextSelectors For(string text, int offset, int length)
    {
        string exact = text.Substring(offset, length);
        int context = ContextLength;
        string prefix, suffix;
        while (true)
        {
            prefix = Before(text, offset, context);
            suffix = After(text, offset + length, context);
            bool atEdges = prefix.Length == offset && offset + length + suffix.Length == text.Length;
            if (atEdges || OccursOnce(text, prefix + exact + suffix))
            {
                break;
            }
            context *= 2;
        }

        int start = CodePoints(text, 0, offset);
        return new TextSelectors(exact, prefix, suffix, start, start + CodePoints(text, offset, length));
    }

    /// <summary>The number of code points in <paramref name="length"/> UTF-16 units of <paramref name="text"/> from <paramref name="offset"/> (a surrogate pair counts once).</summary>
    public static int CodePoints(string text, int offset, int length)
    {
        int count = 0;
        for (int i = offset; i < offset + length; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }
        return count;
    }

    private static string Before(string text, int offset, int count)
    {
        int start = Math.Max(0, offset - count);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }
        return text.Substring(start, offset - start);
    }

    private static string After(string text, int end, int count)
    {
        int stop = Math.Min(text.Length, end + count);
        if (stop < text.Length && char.IsLowSurrogate(text[stop]))
        {
            stop++;
        }
        return text.Substring(end, stop - end);
    }

    private static bool OccursOnce(string text, string passage)
    {
        int first = text.IndexOf(passage, StringComparison.Ordinal);
        return first >= 0 && text.IndexOf(passage, first + 1, StringComparison.Ordinal) < 0;
    }
}
