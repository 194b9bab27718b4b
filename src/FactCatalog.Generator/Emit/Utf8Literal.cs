using System.Globalization;
using System.Text;
using FactCatalog.Catalogue.Naming;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// UTF-8 data as C#: a <c>"..."u8</c> literal (C# 11 and later), or a byte array converted to
/// <c>ReadOnlySpan&lt;byte&gt;</c> for older language versions. Either way the compiler stores the bytes as
/// static data, outside the assembly's string heap, whose 16 MB limit (CS8103) a large catalogue would pass.
/// </summary>
public static class Utf8Literal
{
    /// <summary>The type generated data has.</summary>
    public const string SpanType = "global::System.ReadOnlySpan<byte>";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The text with every lone surrogate replaced by U+FFFD, as UTF-8 encoding would: a u8 literal cannot hold a
    /// lone surrogate, and the record's length prefix must count the bytes the literal really has.
    /// </summary>
    public static string Encodable(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !IsPair(text, i))
            {
                return Replace(text);
            }
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
        return text;
    }

    /// <summary>How many bytes <paramref name="text"/> (without lone surrogates) takes in UTF-8.</summary>
    public static int ByteCount(string text) => Utf8.GetByteCount(text);

    /// <summary>The data as an expression of type <see cref="SpanType"/>.</summary>
    public static string Expression(string text, bool u8Literals)
    {
        if (u8Literals)
        {
            return CSharpLiteral.String(text) + "u8";
        }
        byte[] bytes = Utf8.GetBytes(text);
        var code = new StringBuilder(bytes.Length * 4 + 48).Append('(').Append(SpanType).Append(")new byte[] { ");
        for (int i = 0; i < bytes.Length; i++)
        {
            code.Append(i == 0 ? string.Empty : ", ").Append(bytes[i].ToString(CultureInfo.InvariantCulture));
        }
        return code.Append(" }").ToString();
    }

    private static bool IsPair(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static string Replace(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return clean.ToString();
    }
}
