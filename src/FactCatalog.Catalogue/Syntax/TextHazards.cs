using System.Collections.Generic;
using System.Globalization;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Finds characters that must not reach generated code or that hide what a text says: characters YAML
/// forbids (controls, lone surrogates, the U+FFFD left by invalid UTF-8) and invisible or bidirectional
/// formatting characters that make text read differently from what it is (Trojan Source).
/// </summary>
public static class TextHazards
{
    /// <summary>
    /// Reports hazards in a catalogue file: forbidden characters as FC0001, hidden ones as FC0011.
    /// Returns true when the file holds a forbidden character and must not be parsed further.
    /// </summary>
    /// <remarks><paramref name="content"/> is <paramref name="text"/> as a string, which the caller already holds (large texts build a new one each time).</remarks>
    public static bool ScanCatalogueFile(string path, SourceText text, string content, List<DiagnosticInfo> diagnostics)
    {
        bool forbidden = false;
        int reports = 0;
        for (int i = NextSuspect(content, 0); i < content.Length && reports < YamlLimits.MaxHazardReports; i = NextSuspect(content, i + 1))
        {
            char c = content[i];
            int length = char.IsHighSurrogate(c) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]) ? 2 : 1;
            string? problem = DescribeForbidden(content, i);
            if (problem is not null)
            {
                forbidden = true;
                reports++;
                diagnostics.Add(DiagnosticInfo.Create(
                    CatalogueDiagnostics.YamlSyntaxError,
                    LocationInfo.Create(path, text ??= SourceText.From(content), new TextSpan(i, 1)),
                    problem));
            }
            else if (HiddenName(c, i) is { } name)
            {
                reports++;
                diagnostics.Add(DiagnosticInfo.Create(
                    CatalogueDiagnostics.HiddenCharacter,
                    LocationInfo.Create(path, text ??= SourceText.From(content), new TextSpan(i, 1)),
                    name, Hex(c)));
            }
            i += length - 1;
        }
        return forbidden;
    }

    /// <summary>Reports hidden or bidirectional characters in a source document as FC0011.</summary>
    public static void ScanSourceDocument(string path, string content, List<DiagnosticInfo> diagnostics)
    {
        int reports = 0;
        SourceText? text = null; // for line positions, made only when there is something to report
        for (int i = NextSuspect(content, 0); i < content.Length && reports < YamlLimits.MaxHazardReports; i = NextSuspect(content, i + 1))
        {
            if (HiddenName(content[i], i) is { } name)
            {
                reports++;
                diagnostics.Add(DiagnosticInfo.Create(
                    CatalogueDiagnostics.HiddenCharacter,
                    LocationInfo.Create(path, text ??= SourceText.From(content), new TextSpan(i, 1)),
                    name, Hex(content[i])));
            }
        }
    }

    /// <summary>
    /// The index of the next character at or after <paramref name="start"/> that could be a hazard: anything but
    /// printable ASCII, tab, line feed and carriage return. Files are almost all such characters, so this skips
    /// them without the per-character checks.
    /// </summary>
    private static int NextSuspect(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '\u007F' || (c < ' ' && c != '\n' && c != '\r' && c != '\t'))
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>The name of an invisible or bidirectional formatting character, or null.</summary>
    public static string? HiddenName(char c, int index) => c switch
    {
        '\u061C' => "an Arabic letter mark",
        '\u200B' => "a zero-width space",
        '\u200C' => "a zero-width non-joiner",
        '\u200D' => "a zero-width joiner",
        '\u200E' => "a left-to-right mark",
        '\u200F' => "a right-to-left mark",
        '\u202A' => "a left-to-right embedding",
        '\u202B' => "a right-to-left embedding",
        '\u202C' => "a pop directional formatting",
        '\u202D' => "a left-to-right override",
        '\u202E' => "a right-to-left override",
        '\u2060' => "a word joiner",
        '\u2061' or '\u2062' or '\u2063' or '\u2064' => "an invisible operator",
        '\u2066' => "a left-to-right isolate",
        '\u2067' => "a right-to-left isolate",
        '\u2068' => "a first strong isolate",
        '\u2069' => "a pop directional isolate",
        '\u00AD' => "a soft hyphen",
        '\u180E' => "a Mongolian vowel separator",
        '\u206A' or '\u206B' or '\u206C' or '\u206D' or '\u206E' or '\u206F' => "a deprecated format character",
        '\uFFF9' or '\uFFFA' or '\uFFFB' => "an interlinear annotation character",
        '\uFEFF' when index > 0 => "a zero-width no-break space (byte order mark inside the text)",
        _ => null,
    };

    private static string? DescribeForbidden(string content, int i)
    {
        char c = content[i];
        if (c == '\uFFFD')
        {
            return "The file is not valid UTF-8 here (or holds the replacement character U+FFFD); save it as UTF-8";
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < content.Length && char.IsLowSurrogate(content[i + 1])
                ? null
                : "The text holds a lone surrogate (U+" + Hex(c) + "), which is not a character; remove it";
        }
        if (char.IsLowSurrogate(c))
        {
            return "The text holds a lone surrogate (U+" + Hex(c) + "), which is not a character; remove it";
        }
        bool control = (c < '\u0020' && c != '\t' && c != '\n' && c != '\r')
            || c == '\u007F'
            || (c >= '\u0080' && c <= '\u009F' && c != '\u0085')
            || c == '\uFFFE' || c == '\uFFFF';
        return control
            ? "The control character U+" + Hex(c) + " is not allowed in YAML; remove it"
            : null;
    }

    private static string Hex(char c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
