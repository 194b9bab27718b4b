namespace FactCatalog.Catalogue.Text;

/// <summary>The passage of a document most like a quote that was not found: a hint for the curator.</summary>
internal sealed class ClosestPassage
{
    public ClosestPassage(QuoteLocation location, double similarity)
    {
        Location = location;
        Similarity = similarity;
    }

    /// <summary>Where the passage lies, and its text as written in the source.</summary>
    public QuoteLocation Location { get; }

    /// <summary>0-based UTF-16 offset into <see cref="SourceDocument.Text"/>.</summary>
    public int Offset => Location.Offset;

    /// <summary>Length in UTF-16 characters.</summary>
    public int Length => Location.Length;

    /// <summary>1-based line.</summary>
    public int Line => Location.Line;

    /// <summary>1-based column, in UTF-16 characters.</summary>
    public int Column => Location.Column;

    /// <summary>The passage as written in the source.</summary>
    public string Text => Location.OriginalText;

    /// <summary>
    /// 1 − (edit distance ÷ the longer length), both texts normalised: 1 is identical, 0 shares nothing.
    /// </summary>
    public double Similarity { get; }
}
