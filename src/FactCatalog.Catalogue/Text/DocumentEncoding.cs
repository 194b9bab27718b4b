using System;
using System.Text;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// Tells when a source document was not UTF-8 on disk, from what reading it left: the compiler falls back to a code
/// page for bytes that are not UTF-8 (the text's encoding says so), other readers put U+FFFD in their place, and UTF-16
/// or UTF-32 without a byte order mark read as UTF-8 leaves a NUL between letters. Quotes checked against such a text
/// would fail with mojibake in the closest passage, so the document is reported once instead (FC0022).
/// </summary>
internal static class DocumentEncoding
{
    /// <summary>The characters looked at to tell UTF-16 from UTF-32 and their byte order.</summary>
    private const int Sample = 4096;

    /// <summary>Where in <paramref name="content"/> the problem shows and what it is, or null for a UTF-8 (or UTF-16/32 with a BOM) text.</summary>
    public static (int Offset, string Message)? Problem(string path, Encoding? encoding, string content)
    {
        if (encoding is not null && !IsUnicode(encoding))
        {
            return (0, $"The document '{path}' is not valid UTF-8, so it was read as {encoding.WebName}, which depends on the machine");
        }
        int nul = content.IndexOf('\0');
        if (nul >= 0 && WideGuess(content) is { } wide)
        {
            return (nul, $"The document '{path}' {wide}");
        }
        int replaced = content.IndexOf('\uFFFD');
        if (replaced >= 0)
        {
            return (replaced, $"The document '{path}' is not valid UTF-8 here (bytes that are not UTF-8 were read as U+FFFD); it is likely saved as Latin-1 or Windows-1252");
        }
        return null;
    }

    private static bool IsUnicode(Encoding encoding) => encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    /// <summary>
    /// What the NUL characters say: UTF-16 of either byte order or UTF-32 without a byte order mark; null for a few NULs
    /// in ordinary text, which are left alone (a quote can still be found around them).
    /// </summary>
    private static string? WideGuess(string content)
    {
        int length = Math.Min(content.Length, Sample);
        int even = 0, odd = 0;
        for (int i = 0; i < length; i++)
        {
            if (content[i] == '\0')
            {
                if ((i & 1) == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }
        int nuls = even + odd;
        if (nuls * 8 >= length * 5)
        {
            return "looks like UTF-32 without a byte order mark (three of every four characters read are NUL)";
        }
        if (nuls * 3 >= length)
        {
            return $"looks like UTF-16 ({(odd > even ? "little" : "big")}-endian) without a byte order mark (every other character read is NUL)";
        }
        return null;
    }
}
