namespace FactCatalog.Catalogue.Text;

/// <summary>
/// Where one occurrence of a quote lies in <see cref="SourceDocument.Text"/>: exactly the characters that produced
/// the normalised match, with no whitespace around them.
/// </summary>
internal sealed class QuoteLocation
{
    public QuoteLocation(int offset, int length, int line, int column, string originalText)
    {
        Offset = offset;
        Length = length;
        Line = line;
        Column = column;
        OriginalText = originalText;
    }

    /// <summary>0-based UTF-16 offset.</summary>
    public int Offset { get; }

    /// <summary>Length in UTF-16 characters.</summary>
    public int Length { get; }

    /// <summary>1-based line of <see cref="Offset"/>.</summary>
    public int Line { get; }

    /// <summary>1-based column of <see cref="Offset"/>, in UTF-16 characters.</summary>
    public int Column { get; }

    /// <summary>The quote as written in the source: curly quotes, dashes and line breaks as they are there.</summary>
    public string OriginalText { get; }

    /// <summary>Locates the normalised span <c>[start, start + length)</c> of <paramref name="document"/>.</summary>
    public static QuoteLocation FromNormalizedSpan(SourceDocument document, int start, int length)
    {
        (int offset, int originalLength) = document.Normalized.GetOriginalSpan(start, length);
        (int line, int column) = document.GetLinePosition(offset);
        return new QuoteLocation(offset, originalLength, line, column, document.Text.Substring(offset, originalLength));
    }
}
