using System;
using System.Collections.Generic;
using System.Threading;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// A text in <see cref="QuoteNormalizer"/>'s form, together with where each of its characters came from, so that a
/// match found in normalised text maps back to the exact span of the original. Not trimmed: a leading or trailing
/// run of whitespace stays, as one space.
/// </summary>
/// <remarks>
/// The map holds, for each normalised index, the original index its character starts at, plus one entry for the
/// end. It never decreases. A character usually maps one to one. A whitespace run becomes one space mapped to the
/// run's start. Where NFC changes a segment (see <see cref="Nfc.SegmentEnd"/>), the characters it shares with the
/// original at either end still map one to one, and only the changed middle maps to where that middle starts; a
/// character ends where the next character with a later start begins, so the changed middle as a whole ends where
/// it ended in the original.
/// </remarks>
internal sealed class NormalizedText
{
    /// <summary>Searches after which the text is indexed: building the index costs about as much as a few scans.</summary>
    private const int SearchesBeforeIndex = 4;

    private readonly OffsetMap _starts;

    private int _searches;
    private WordStartIndex? _index;

    private NormalizedText(string value, OffsetMap starts)
    {
        Value = value;
        _starts = starts;
    }

    /// <summary>The normalised text.</summary>
    public string Value { get; }

    /// <summary>Normalises <paramref name="original"/> in one pass, recording the map back.</summary>
    public static NormalizedText Create(string original, CancellationToken cancellationToken = default)
    {
        var builder = new NormalizedTextBuilder(original.Length, withMap: true);
        builder.AppendNormalized(original, cancellationToken);
        string value = builder.ToText(trim: false);
        return new NormalizedText(value, builder.Map!.Build(value.Length, original.Length));
    }

    /// <summary>
    /// The normalised form of <paramref name="original"/> without leading or trailing space, as
    /// <c>Create(original).Value.Trim(' ')</c> but without the map; a text already in that form is returned itself.
    /// </summary>
    public static string NormalizeTrimmed(string original)
    {
        if (IsNormalAscii(original))
        {
            return original.Trim(' ');
        }
        var builder = new NormalizedTextBuilder(original.Length, withMap: false);
        builder.AppendNormalized(original);
        return builder.ToText(trim: true);
    }

    /// <summary>
    /// Every start of <paramref name="quote"/> (normalised, not empty) in <see cref="Value"/>, ascending, overlapping
    /// ones included: what an ordinal scan finds. A text searched often is indexed by its word starts first.
    /// </summary>
    public List<int> FindAll(string quote, CancellationToken cancellationToken)
    {
        WordStartIndex? index = Volatile.Read(ref _index);
        if (index is null && Interlocked.Increment(ref _searches) > SearchesBeforeIndex)
        {
            index = Index();
        }
        if (index?.Find(quote, cancellationToken) is { } found)
        {
            return found;
        }

        string text = Value;
        var starts = new List<int>();
        for (int at = text.IndexOf(quote, StringComparison.Ordinal);
             at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(quote, at + 1, StringComparison.Ordinal) : -1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starts.Add(at);
        }
        return starts;
    }

    /// <summary>Indexes the text now, for a caller that knows it will be searched often.</summary>
    public WordStartIndex Index(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _index) is not { } index)
        {
            // Two threads may both build it; either copy is the same.
            index = WordStartIndex.Build(Value, cancellationToken);
            Volatile.Write(ref _index, index);
        }
        return index;
    }

    /// <summary>
    /// The span of the original that the normalised span produces: from where its first character starts to where
    /// its last one ends. An empty span at the end maps to the original's length.
    /// </summary>
    public (int Offset, int Length) GetOriginalSpan(int start, int length)
    {
        int offset = _starts[start];
        if (length == 0)
        {
            return (offset, 0);
        }

        int last = start + length - 1;
        int next = last + 1;
        while (_starts[next] == _starts[last])
        {
            next++;
        }

        return (offset, _starts[next] - offset);
    }

    /// <summary>
    /// True when normalising changes nothing but the trimming: printable ASCII (NFC leaves it alone and only the
    /// whitespace controls fold) with no two spaces in a row.
    /// </summary>
    private static bool IsNormalAscii(string text)
    {
        char previous = '\0';
        foreach (char c in text)
        {
            if (c < ' ' || c > '~' || (c == ' ' && previous == ' '))
            {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
