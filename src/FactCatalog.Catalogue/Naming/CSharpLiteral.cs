using System.Globalization;
using System.Text;

namespace FactCatalog.Catalogue.Naming;

/// <summary>
/// C# literals for catalogue text. Anything that is not plainly visible is written as an escape: quotes and
/// backslashes, control characters, the characters C# treats as line breaks (U+0085, U+2028, U+2029),
/// invisible and bidirectional formatting characters (which could make generated code read differently from
/// what it is), and lone surrogates (which no encoding of the generated file could hold).
/// </summary>
public static class CSharpLiteral
{
    /// <summary><c>null</c>, or the text as a regular string literal.</summary>
    public static string String(string? text)
    {
        if (text is null)
        {
            return "null";
        }
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        AppendEscaped(builder, text);
        return builder.Append('"').ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped as the inside of a regular string literal (no quotes).</summary>
    public static void AppendEscaped(StringBuilder builder, string text) => Escape(builder, text);

    /// <summary>How many characters <see cref="AppendEscaped"/> writes for <paramref name="text"/>, counted without writing them.</summary>
    public static int EscapedLength(string text) => Escape(null, text);

    /// <summary>Writes <paramref name="text"/> escaped to <paramref name="builder"/> when there is one; either way, returns the length written.</summary>
    private static int Escape(StringBuilder? builder, string text)
    {
        int length = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                _ => null,
            };
            if (escape is not null)
            {
                builder?.Append(escape);
                length += 2;
            }
            else if (c >= ' ' && c < '\u007F')
            {
                // Printable ASCII, most of every catalogue: no category lookup needed.
                builder?.Append(c);
                length++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                length += 2;
            }
            else if (MustEscape(c))
            {
                builder?.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                length += 6;
            }
            else
            {
                builder?.Append(c);
                length++;
            }
        }
        return length;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>An int in invariant digits.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>True for characters that must not appear raw in a string literal or comment.</summary>
    public static bool MustEscape(char c)
    {
        if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
        {
            return true;
        }
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse;
    }
}
