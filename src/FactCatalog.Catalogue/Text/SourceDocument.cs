using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// A source document as quotes are matched against it. Its text is line-ending independent: CRLF and lone CR become
/// LF, and every offset, line and column refers to that LF text, so a checkout with either line ending gives the
/// same citations.
/// </summary>
public sealed class SourceDocument
{
    private readonly int[] _lineStarts;
    private readonly Lazy<NormalizedText> _normalized;
    private NormalizedText? _prepared;

    private SourceDocument(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = FindLineStarts(text);
        _normalized = new Lazy<NormalizedText>(() => NormalizedText.Create(text));
    }

    /// <summary>The document's path, as given.</summary>
    public string Path { get; }

    /// <summary>The document's text with LF line endings; offsets are UTF-16 indices into it.</summary>
    public string Text { get; }

    /// <summary>The text in quote-matching form, built on first use.</summary>
    internal NormalizedText Normalized => Volatile.Read(ref _prepared) ?? _normalized.Value;

    /// <summary>
    /// Normalises and indexes the document now rather than at its first quote, for a source set whose documents
    /// every fact file searches: the work then belongs to the set, done once, not to whichever file comes first.
    /// </summary>
    internal void Prepare(CancellationToken cancellationToken = default)
    {
        // Cancellable, unlike the lazy value: a 10 MB document takes a second or more to normalise and index.
        NormalizedText normalized = Volatile.Read(ref _prepared) ?? (_normalized.IsValueCreated ? _normalized.Value : NormalizedText.Create(Text, cancellationToken));
        normalized.Index(cancellationToken);
        Volatile.Write(ref _prepared, normalized);
    }

    /// <summary>Creates a document from its path and text, turning CRLF and lone CR into LF.</summary>
    /// <param name="path">Where the document lives; kept for messages.</param>
    /// <param name="text">The document's text as read.</param>
    public static SourceDocument Create(string path, string text)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return new SourceDocument(path, ToLineFeeds(text));
    }

    /// <summary>The 1-based line and 1-based column (in UTF-16 characters) of an offset into <see cref="Text"/>.</summary>
    /// <param name="offset">From 0 to the text's length inclusive.</param>
    public (int Line, int Column) GetLinePosition(int offset)
    {
        if (offset < 0 || offset > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset must lie within the text.");
        }

        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private static string ToLineFeeds(string text)
    {
        if (text.IndexOf('\r') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\r')
            {
                builder.Append(c);
            }
            else if (i + 1 == text.Length || text[i + 1] != '\n')
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    private static int[] FindLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts.ToArray();
    }
}
