using System;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Turns a YAML parser failure into what went wrong in the words of someone writing a catalogue file, at the character
/// to fix: a tab in the indentation, a line that lines up with no key, a quote never closed, text after a closing
/// quote, a second <c>': '</c> in a value, a missing space after a colon, a list item among keys. The parser's own
/// message and position are the fallback; they are often a line early (a tab) or at the start of the file.
/// </summary>
internal static class YamlErrors
{
    /// <summary>Where to report a failure the parser gave at <paramref name="offset"/> with <paramref name="parserMessage"/>, and what to say.</summary>
    public static (int Offset, string Message) Describe(string content, int offset, string parserMessage)
    {
        offset = Math.Max(0, Math.Min(offset, content.Length));
        bool aboutTabs = parserMessage.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0;
        if (TabInIndentation(content, offset, aboutTabs) is int tab)
        {
            return (tab, $"Line {LineNumber(content, tab)} is indented with a tab; YAML indents with spaces only: replace the tab with spaces");
        }
        if (UnicodeLineBreak(content, offset) is int separator)
        {
            // YamlDotNet breaks lines at these as at a line feed, so the error shows on a line the user does not see as one.
            return (separator, $"The text holds {(content[separator] == '\u0085' ? "a next-line character (U+0085)" : content[separator] == '\u2028' ? "a line separator (U+2028)" : "a paragraph separator (U+2029)")}, " +
                "which YAML reads as a line break; remove it, or put the value in quotes");
        }
        char at = offset < content.Length ? content[offset] : '\0';
        if (parserMessage.IndexOf("quoted scalar", StringComparison.Ordinal) >= 0 && (at == '"' || at == '\''))
        {
            if (parserMessage.IndexOf("escape character", StringComparison.Ordinal) >= 0 && BadEscape(content, offset) is int escape)
            {
                return (escape, $"'\\{content[escape + 1]}' is not an escape YAML knows in double quotes; write '\\\\' for a backslash, or put the value in single quotes");
            }
            if (parserMessage.IndexOf("end of stream", StringComparison.Ordinal) >= 0 || parserMessage.IndexOf("wrong indentation", StringComparison.Ordinal) >= 0
                || parserMessage.IndexOf("document indicator", StringComparison.Ordinal) >= 0)
            {
                return (offset, $"The quoted value that starts here is never closed; end it with {at} on this line (a {at} inside it is written {(at == '"' ? "\\\"" : "''")})");
            }
        }
        if (parserMessage.IndexOf("cannot start any token", StringComparison.Ordinal) >= 0 && at != '\0')
        {
            return (offset, $"A value cannot start with '{at}' unquoted; put the value in quotes");
        }

        int lineStart = LineStart(content, offset);
        int first = SkipSpaces(content, lineStart);
        int lineEnd = LineEnd(content, lineStart);
        if (parserMessage.IndexOf("invalid mapping", StringComparison.Ordinal) >= 0 && at == ':')
        {
            // A plain value with ': ' in it. When the colon ends a key that starts the line, the line is indented under a
            // key that has its value already (so it continues that value); otherwise the value itself holds ': '.
            if (KeyEnd(content, first, lineEnd) == offset && Previous(content, lineStart) is { } above && Indent(content, above) < first - lineStart)
            {
                return (first, $"Line {LineNumber(content, first)} is indented {first - lineStart} spaces, more than line {LineNumber(content, above)} above it, " +
                    $"which has its value already; indent it {Indent(content, above)} spaces to line up with '{KeyText(content, above)}'");
            }
            return (offset, "This value holds ': ', which YAML reads as the start of another key; put the whole value in quotes");
        }
        if (parserMessage.IndexOf("did not find expected key", StringComparison.Ordinal) >= 0 && first < lineEnd)
        {
            if (offset > first && ClosedQuoteBefore(content, first, offset))
            {
                return (offset, "Text follows the closing quote; a quoted value ends at its closing quote: put all of the value inside the quotes");
            }
            if (content[first] == '-' && (first + 1 == lineEnd || content[first + 1] == ' '))
            {
                return (first, "A list item ('- ') where a 'key: value' line is expected; remove the '- '");
            }
            if (offset == first && KeyEnd(content, first, lineEnd) < 0)
            {
                int colon = content.IndexOf(':', first, lineEnd - first);
                return colon > first
                    ? (colon, $"'{content.Substring(first, colon - first)}' needs a space after its colon to be a key; write '{content.Substring(first, colon - first)}: {content.Substring(colon + 1, lineEnd - colon - 1).TrimEnd()}'")
                    : (first, "This line is not a 'key: value' line; add the key and a colon, or join it to the value above (quoted) ");
            }
            if (offset == first && Previous(content, lineStart) is { } above)
            {
                int indent = first - lineStart;
                (int line, int column) = Closest(content, lineStart, indent);
                return (first, $"Line {LineNumber(content, first)} is indented {indent} spaces, which lines up with no key above it: " +
                    $"indent it {column} spaces to line up with '{KeyText(content, line)}' on line {LineNumber(content, line)}");
            }
        }
        return (offset, "Invalid YAML: " + parserMessage + "; fix the syntax here");
    }

    /// <summary>
    /// The first tab in the indentation of a line with content: on the line of <paramref name="offset"/> or the next,
    /// or, when the parser's message is about tabs, anywhere (the parser reports those at the line before or at 1,1).
    /// </summary>
    private static int? TabInIndentation(string content, int offset, bool anywhere)
    {
        int from = anywhere ? 0 : LineStart(content, offset);
        int lines = anywhere ? int.MaxValue : 2;
        for (int start = from; start < content.Length && lines-- > 0;)
        {
            int end = LineEnd(content, start);
            int i = start;
            while (i < end && (content[i] == ' ' || content[i] == '\t'))
            {
                i++;
            }
            if (i < end && content[i] != '#' && content[i] != '\r')
            {
                int tab = content.IndexOf('\t', start, i - start);
                if (tab >= 0)
                {
                    return tab;
                }
            }
            start = end + 1;
        }
        return null;
    }

    /// <summary>A Unicode line break (U+0085, U+2028, U+2029) on the same line as <paramref name="offset"/> or the line before, by line feeds.</summary>
    private static int? UnicodeLineBreak(string content, int offset)
    {
        int lineStart = LineStart(content, offset);
        int from = lineStart == 0 ? 0 : LineStart(content, lineStart - 1);
        for (int i = Math.Min(offset, content.Length - 1); i >= from; i--)
        {
            if (content[i] is '\u0085' or '\u2028' or '\u2029')
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>The backslash of the first escape double quotes do not allow, in the quoted value opening at <paramref name="quote"/>.</summary>
    private static int? BadEscape(string content, int quote)
    {
        for (int i = quote + 1; i + 1 < content.Length && content[i] != '"'; i++)
        {
            if (content[i] == '\\')
            {
                if ("0abtnvfre \"/\\N_LPxuU\t\n".IndexOf(content[i + 1]) < 0)
                {
                    return i;
                }
                i++;
            }
        }
        return null;
    }

    /// <summary>True when a quoted value opened and closed between <paramref name="from"/> and <paramref name="to"/> on one line.</summary>
    private static bool ClosedQuoteBefore(string content, int from, int to)
    {
        int close = to - 1;
        while (close > from && content[close] == ' ')
        {
            close--;
        }
        return (content[close] == '"' || content[close] == '\'') && content.LastIndexOf(content[close], close - 1, close - from) > from;
    }

    /// <summary>Where the colon of a simple key starting at <paramref name="first"/> is (a key is followed by ': ' or ':' at the end), or -1.</summary>
    private static int KeyEnd(string content, int first, int lineEnd)
    {
        for (int i = first; i < lineEnd; i++)
        {
            char c = content[i];
            if (c == ':')
            {
                return i + 1 == lineEnd || content[i + 1] == ' ' || content[i + 1] == '\r' ? i : -1;
            }
            if (c == ' ' || c == '"' || c == '\'' || c == '#')
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The indentation, among the lines above <paramref name="lineStart"/> that enclose it, closest to <paramref name="indent"/>: its line's start and the column.</summary>
    private static (int Line, int Indent) Closest(string content, int lineStart, int indent)
    {
        (int Line, int Indent) best = (-1, -1);
        int enclosing = int.MaxValue;
        for (int? line = Previous(content, lineStart); line is { } l && enclosing > 0; line = Previous(content, l))
        {
            int candidate = Indent(content, l);
            if (candidate >= enclosing)
            {
                continue;
            }
            enclosing = candidate;
            if (best.Line < 0 || Math.Abs(candidate - indent) < Math.Abs(best.Indent - indent))
            {
                best = (l, candidate);
            }
        }
        return best;
    }

    /// <summary>The start of the nearest line above <paramref name="lineStart"/> that has content (not blank, not a comment).</summary>
    private static int? Previous(string content, int lineStart)
    {
        while (lineStart > 0)
        {
            lineStart = LineStart(content, lineStart - 1);
            int first = SkipSpaces(content, lineStart);
            if (first < content.Length && content[first] != '\n' && content[first] != '\r' && content[first] != '#')
            {
                return lineStart;
            }
        }
        return null;
    }

    private static string KeyText(string content, int lineStart)
    {
        int first = SkipSpaces(content, lineStart);
        int end = LineEnd(content, lineStart);
        int colon = content.IndexOf(':', first, end - first);
        return (colon < 0 ? content.Substring(first, end - first) : content.Substring(first, colon - first)).TrimEnd('\r');
    }

    private static int Indent(string content, int lineStart) => SkipSpaces(content, lineStart) - lineStart;

    private static int SkipSpaces(string content, int i)
    {
        while (i < content.Length && content[i] == ' ')
        {
            i++;
        }
        return i;
    }

    private static int LineStart(string content, int offset) => offset == 0 ? 0 : content.LastIndexOf('\n', offset - 1) + 1;

    private static int LineEnd(string content, int lineStart)
    {
        int end = content.IndexOf('\n', lineStart);
        return end < 0 ? content.Length : end;
    }

    private static int LineNumber(string content, int offset)
    {
        int line = 1;
        for (int i = content.IndexOf('\n'); i >= 0 && i < offset; i = content.IndexOf('\n', i + 1))
        {
            line++;
        }
        return line;
    }
}
