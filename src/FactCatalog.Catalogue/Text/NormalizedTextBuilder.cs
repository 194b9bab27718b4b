using System;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// Builds a <see cref="NormalizedText"/> (or only its text): folds characters, collapses whitespace runs and keeps the
/// map, one character at a time.
/// </summary>
internal sealed class NormalizedTextBuilder
{
    private char[] _text;
    private int _length;
    private bool _endsWithSpace;

    public NormalizedTextBuilder(int capacity, bool withMap)
    {
        _text = new char[Math.Max(capacity, 4)];
        Map = withMap ? new OffsetMap.Builder() : null;
    }

    /// <summary>The map back to the original, when asked for.</summary>
    public OffsetMap.Builder? Map { get; }

    /// <summary>Appends the normalised form of the whole of <paramref name="original"/>.</summary>
    public void AppendNormalized(string original, System.Threading.CancellationToken cancellationToken = default)
    {
        int i = 0;
        int steps = 0;
        while (i < original.Length)
        {
            if ((++steps & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            char c = original[i];
            if (c < 0x80 && (i + 1 == original.Length || original[i + 1] < 0x80))
            {
                if (c > ' ' && c < '\u007F' && _length < _text.Length)
                {
                    // Append's work for printable ASCII, which folds to itself and ends any whitespace run.
                    _text[_length] = c;
                    Map?.Add(_length, i);
                    _length++;
                    _endsWithSpace = false;
                }
                else
                {
                    Append(c, i);
                }
                i++;
                continue;
            }

            int end = Nfc.SegmentEnd(original, i);
            if (end == i + 1 && Nfc.IsUnchangedAlone(c))
            {
                // What AppendSegment does with a segment NFC leaves as it is, without building its string.
                Append(c, i);
            }
            else
            {
                AppendSegment(original, i, end, Nfc.Normalize(original, i, end - i));
            }
            i = end;
        }
    }

    public void Append(char c, int origin)
    {
        char folded = QuoteNormalizer.Fold(c);
        if (folded == ' ' && _endsWithSpace)
        {
            return;
        }

        _endsWithSpace = folded == ' ';
        if (_length == _text.Length)
        {
            Array.Resize(ref _text, _text.Length * 2);
        }
        _text[_length] = folded;
        Map?.Add(_length, origin);
        _length++;
    }

    /// <summary>Appends the NFC form of <c>original[start..end)</c>, mapping what NFC left alone one to one.</summary>
    public void AppendSegment(string original, int start, int end, string composed)
    {
        int length = end - start;
        int prefix = 0;
        int limit = composed.Length < length ? composed.Length : length;
        while (prefix < limit && composed[prefix] == original[start + prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < limit - prefix && composed[composed.Length - 1 - suffix] == original[end - 1 - suffix])
        {
            suffix++;
        }

        for (int k = 0; k < composed.Length; k++)
        {
            int origin = k < prefix ? start + k
                : k >= composed.Length - suffix ? end - (composed.Length - k)
                : Math.Min(start + prefix, end - 1);
            Append(composed[k], origin);
        }
    }

    /// <summary>The text built so far, optionally without leading and trailing spaces.</summary>
    public string ToText(bool trim)
    {
        int from = 0;
        int to = _length;
        if (trim)
        {
            while (from < to && _text[from] == ' ')
            {
                from++;
            }
            while (to > from && _text[to - 1] == ' ')
            {
                to--;
            }
        }
        return new string(_text, from, to - from);
    }
}
