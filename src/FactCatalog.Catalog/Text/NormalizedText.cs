using System;
using System.Collections.Generic;
using System.Text;

namespace FactCatalog.Catalog.Text;

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
    private readonly int[] _starts;

    private NormalizedText(string value, int[] starts)
    {
        Value = value;
        _starts = starts;
    }

    /// <summary>The normalised text.</summary>
    public string Value { get; }

    /// <summary>Normalises <paramref name="original"/> in one pass, recording the map back.</summary>
    public static NormalizedText Create(string original)
    {
        var builder = new Builder(original.Length);
        int i = 0;
        while (i < original.Length)
        {
            char c = original[i];
            if (c < 0x80 && (i + 1 == original.Length || original[i + 1] < 0x80))
            {
                builder.Append(c, i);
                i++;
                continue;
            }

            int end = Nfc.SegmentEnd(original, i);
            builder.AppendSegment(original, i, end, Nfc.Normalize(original, i, end - i));
            i = end;
        }

        return new NormalizedText(builder.Text.ToString(), builder.Finish(original.Length));
    }

    /// <summary>Where the character at normalised <paramref name="index"/> starts in the original; the end maps to the original's length.</summary>
    public int GetOriginalStart(int index) => _starts[index];

    /// <summary>
    /// The span of the original that the normalised span produces: from where its first character starts to where
    /// its last one ends.
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

    /// <summary>Folds characters, collapses whitespace runs and keeps the map, one character at a time.</summary>
    private sealed class Builder
    {
        private readonly List<int> _starts;
        private bool _endsWithSpace;

        public Builder(int capacity)
        {
            Text = new StringBuilder(capacity);
            _starts = new List<int>(capacity + 1);
        }

        public StringBuilder Text { get; }

        public void Append(char c, int origin)
        {
            char folded = QuoteNormalizer.Fold(c);
            if (folded == ' ' && _endsWithSpace)
            {
                return;
            }

            _endsWithSpace = folded == ' ';
            Text.Append(folded);
            _starts.Add(origin);
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

        public int[] Finish(int originalLength)
        {
            _starts.Add(originalLength);
            return _starts.ToArray();
        }
    }
}
