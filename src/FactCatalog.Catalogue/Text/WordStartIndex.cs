using System;
using System.Collections.Generic;
using System.Threading;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// The word starts of a normalised text (the characters after a space), grouped by the
/// <see cref="GramLength"/> characters that begin there. A quote with a space in it can only occur where the word
/// after that space meets one of these, so its occurrences are found by checking a few candidates rather than
/// scanning the whole text once per quote. Exact: it finds what an ordinal scan finds, in the same order.
/// </summary>
internal sealed class WordStartIndex
{
    /// <summary>How many characters from a word start make its key.</summary>
    public const int GramLength = 8;

    /// <summary>A bucket this small is not worth looking further for a smaller one.</summary>
    private const int FewCandidates = 2;

    private readonly string _text;

    /// <summary>Bucket <c>b</c> holds <c>_positions[_bucketStarts[b].._bucketStarts[b + 1])</c>, in ascending order.</summary>
    private readonly int[] _bucketStarts;

    private readonly int[] _positions;

    private readonly int _mask;

    private WordStartIndex(string text, int[] bucketStarts, int[] positions, int mask)
    {
        _text = text;
        _bucketStarts = bucketStarts;
        _positions = positions;
        _mask = mask;
    }

    /// <summary>Indexes every word start of <paramref name="text"/> followed by at least <see cref="GramLength"/> characters.</summary>
    public static WordStartIndex Build(string text, CancellationToken cancellationToken = default)
    {
        // A word start follows a space at or before lastSpace, so that GramLength characters follow it. One pass
        // collects them with their keys; the buckets are sized from them after.
        int lastSpace = text.Length - GramLength - 1;
        var wordStarts = new int[Math.Max(16, text.Length / 8)];
        var hashes = new int[wordStarts.Length];
        int count = 0;
        for (int i = 0; i <= lastSpace; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (text[i] == ' ')
            {
                if (count == wordStarts.Length)
                {
                    Array.Resize(ref wordStarts, count * 2);
                    Array.Resize(ref hashes, count * 2);
                }
                wordStarts[count] = i + 1;
                hashes[count++] = Hash(text, i + 1);
            }
        }

        int buckets = 16;
        while (buckets < count)
        {
            buckets *= 2;
        }
        int mask = buckets - 1;

        // Counting sort by bucket: ends[b] becomes the end of bucket b, then, as positions are placed from the last
        // down, its start; ends[buckets] stays the total.
        var ends = new int[buckets + 1];
        for (int k = 0; k < count; k++)
        {
            ends[hashes[k] & mask]++;
        }
        for (int b = 1; b <= buckets; b++)
        {
            ends[b] += ends[b - 1];
        }
        var positions = new int[count];
        for (int k = count - 1; k >= 0; k--)
        {
            positions[--ends[hashes[k] & mask]] = wordStarts[k];
        }
        return new WordStartIndex(text, ends, positions, mask);
    }

    /// <summary>
    /// Every start of <paramref name="quote"/> (normalised, not empty) in the text, ascending, overlapping ones
    /// included; null when the quote has no space followed by <see cref="GramLength"/> characters to look it up by.
    /// </summary>
    public List<int>? Find(string quote, CancellationToken cancellationToken)
    {
        // Of the quote's own word starts, take the one whose bucket has the fewest candidates (stopping at a
        // bucket small enough).
        int anchor = -1;
        int bucket = 0;
        int fewest = int.MaxValue;
        for (int j = 1; j + GramLength <= quote.Length && fewest > FewCandidates; j++)
        {
            if (quote[j - 1] != ' ')
            {
                continue;
            }
            int b = Hash(quote, j) & _mask;
            int size = _bucketStarts[b + 1] - _bucketStarts[b];
            if (size < fewest)
            {
                anchor = j;
                bucket = b;
                fewest = size;
            }
        }
        if (anchor < 0)
        {
            return null;
        }

        var starts = new List<int>();
        for (int k = _bucketStarts[bucket]; k < _bucketStarts[bucket + 1]; k++)
        {
            if (((k - _bucketStarts[bucket]) & 0xFF) == 0xFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int start = _positions[k] - anchor;
            if (start >= 0 && start + quote.Length <= _text.Length
                && string.CompareOrdinal(_text, start, quote, 0, quote.Length) == 0)
            {
                starts.Add(start);
            }
        }
        return starts;
    }

    /// <summary>The key of the eight (<see cref="GramLength"/>) characters from <paramref name="start"/>: two packed halves, mixed.</summary>
    private static int Hash(string text, int start)
    {
        ulong low = text[start] | ((ulong)text[start + 1] << 16) | ((ulong)text[start + 2] << 32) | ((ulong)text[start + 3] << 48);
        ulong high = text[start + 4] | ((ulong)text[start + 5] << 16) | ((ulong)text[start + 6] << 32) | ((ulong)text[start + 7] << 48);
        ulong hash = (low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL);
        return (int)(hash >> 32) ^ (int)hash;
    }
}
