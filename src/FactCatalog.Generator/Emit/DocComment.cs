using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FactCatalog.Catalogue.Naming;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Writes an XML doc comment from escaped text and a little markup, straight into its writer (begun with
/// <see cref="CodeWriter.Doc"/>), so no line is built twice. Every piece of catalogue text goes
/// through <see cref="Text"/>, which escapes all five XML specials (&amp; &lt; &gt; " '), turns line breaks
/// into spaces (a raw line break would end the <c>///</c> line and spill text into code) and writes
/// invisible, control and unpaired characters as visible <c>\uXXXX</c>, so the comment is always
/// well-formed XML and reads as what it is.
/// </summary>
public sealed class DocComment
{
    /// <summary>The doc comment of a writer that leaves them out (<see cref="CodeWriter.DocComments"/>): it writes nothing.</summary>
    internal static readonly DocComment None = new(null);

    private readonly CodeWriter? _writer;

    /// <summary>A doc comment written line by line, as it is built, into <paramref name="writer"/> (see <see cref="CodeWriter.Doc"/>).</summary>
    internal DocComment(CodeWriter? writer) => _writer = writer;

    /// <summary>
    /// Adds <c>&lt;summary&gt;</c>: the first non-empty item as it is, each further one in a <c>&lt;para&gt;</c>, so a
    /// tooltip starts with text, not with a paragraph break.
    /// </summary>
    public DocComment Summary(params string?[] paragraphs) => Block("summary", paragraphs);

    /// <summary>Adds <c>&lt;remarks&gt;</c>, paragraphs as in <see cref="Summary"/>.</summary>
    public DocComment Remarks(params string?[] paragraphs) => Block("remarks", paragraphs);

    /// <summary>Adds a raw, already escaped line (for elements such as <c>&lt;param&gt;</c>).</summary>
    public DocComment Raw(string xml)
    {
        _writer?.StartDocLine().Write(xml).EndLine();
        return this;
    }

    /// <summary>Adds <c>&lt;remarks&gt;</c> holding paragraphs (as in <see cref="Summary"/>) and then a bulleted list.</summary>
    public DocComment RemarksWithList(IEnumerable<string?> paragraphs, IReadOnlyList<string> items)
    {
        if (_writer is null)
        {
            return this;
        }
        Raw("<remarks>");
        AddParagraphs(_writer, paragraphs);
        if (items.Count > 0)
        {
            Raw("<list type=\"bullet\">");
            foreach (string item in items)
            {
                _writer.StartDocLine().Write("<item><description>").Write(item).Write("</description></item>").EndLine();
            }
            Raw("</list>");
        }
        Raw("</remarks>");
        return this;
    }

    private DocComment Block(string tag, string?[] paragraphs)
    {
        if (_writer is null)
        {
            return this;
        }
        // One paragraph needs no <para> and fits one line: a large catalogue has hundreds of thousands of these.
        string? only = null;
        int written = 0;
        foreach (string? paragraph in paragraphs)
        {
            if (!string.IsNullOrEmpty(paragraph))
            {
                only = paragraph;
                written++;
            }
        }
        if (written == 1)
        {
            _writer.StartDocLine().Write("<").Write(tag).Write(">").Write(only!).Write("</").Write(tag).Write(">").EndLine();
            return this;
        }
        _writer.StartDocLine().Write("<").Write(tag).Write(">").EndLine();
        AddParagraphs(_writer, paragraphs);
        _writer.StartDocLine().Write("</").Write(tag).Write(">").EndLine();
        return this;
    }

    private static void AddParagraphs(CodeWriter writer, IEnumerable<string?> paragraphs)
    {
        bool first = true;
        foreach (string? paragraph in paragraphs)
        {
            if (string.IsNullOrEmpty(paragraph))
            {
                continue;
            }
            // A leading <para> renders as a blank first line in tooltips: the first paragraph goes bare.
            if (first)
            {
                writer.StartDocLine().Write(paragraph!).EndLine();
                first = false;
            }
            else
            {
                writer.StartDocLine().Write("<para>").Write(paragraph!).Write("</para>").EndLine();
            }
        }
    }

    /// <summary>Catalogue text, escaped for a doc comment: one line, XML-safe, nothing invisible.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (IsClean(text!))
        {
            return text!;
        }
        var builder = new StringBuilder(text!.Length);
        bool space = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;
                default:
                    if (CSharpLiteral.MustEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>True when <see cref="Text"/> would return the text unchanged, as most catalogue text is: no copy needed.</summary>
    private static bool IsClean(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c > ' ' && c < '\u007F')
            {
                // Printable ASCII, most of every catalogue: only the XML specials change.
                if (c is '&' or '<' or '>' or '"' or '\'')
                {
                    return false;
                }
            }
            else if (c == ' ')
            {
                // A single space between words stays; leading, trailing and repeated spaces do not.
                if (i == 0 || i == text.Length - 1 || IsSpace(text[i + 1]))
                {
                    return false;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsSpace(c) || CSharpLiteral.MustEscape(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\u00A0';

    /// <summary>Text in <c>&lt;c&gt;</c>, for ids and code.</summary>
    public static string Code(string text) => "<c>" + Text(text) + "</c>";

    /// <summary>A quotation, in typographic quotes so it stands out in a tooltip.</summary>
    public static string Quote(string text) => "\u201C" + Text(text) + "\u201D";

    /// <summary>A link to a member in scope (its C# name as generated).</summary>
    public static string See(string member) => "<see cref=\"" + member + "\"/>";
}
