namespace FactCatalog.Catalogue.Model;

/// <summary>A source document as read from the compilation's additional files: its path and its text.</summary>
public sealed record DocumentInput(string Path, string Text)
{
    /// <summary>Why the text is not the document's (it was not UTF-8 on disk), and where that shows; null when it is. See FC0022.</summary>
    public (int Offset, string Message)? EncodingProblem { get; init; }
}
