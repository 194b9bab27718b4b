using System;
using System.Collections.Generic;
using System.Threading;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// Finds the passage of a document most like a quote that was not found, so the diagnostic can show what the source
/// actually says. Work is bounded: a cheap character-bigram score over every word start picks a few candidate
/// regions, and only those are aligned exactly.
/// </summary>
internal static class ClosestPassageFinder
{
    /// <summary>
    /// Beyond this, the quote's beginning finds the passage (alignment costs grow with the square of its length); the
    /// whole quote is then compared with the passage along a band around the diagonal.
    /// </summary>
    private const int MaxQuoteLength = 2000;

    /// <summary>How far from the diagonal the comparison of a long quote with its passage may stray, in characters.</summary>
    private const int Band = 256;

    private const int MaxCandidates = 20;

    /// <summary>Alignment cells (quote characters × passage characters) spent over all candidates, at most.</summary>
    private const long CellBudget = 50_000_000;

    /// <summary>
    /// The passage most like <paramref name="normalizedQuote"/> (already in <see cref="QuoteNormalizer"/> form), in
    /// whole words, or null when either has no text. Ties go to the earliest passage. A quote longer than 2,000
    /// characters is placed by its first 2,000, and its similarity is that of the whole quote.
    /// </summary>
    public static ClosestPassage? Find(
        SourceDocument document,
        string normalizedQuote,
        CancellationToken cancellationToken = default) =>
        Find(document, normalizedQuote, budget: null, cancellationToken, out _);

    /// <summary>
    /// As <see cref="Find(SourceDocument, string, CancellationToken)"/>, but only when <paramref name="budget"/> (null: no
    /// limit) can pay for the search; otherwise null, with <paramref name="skipped"/> set.
    /// </summary>
    public static ClosestPassage? Find(
        SourceDocument document,
        string normalizedQuote,
        ClosestPassageBudget? budget,
        CancellationToken cancellationToken,
        out bool skipped)
    {
        skipped = false;
        string text = document.Normalized.Value;
        string quote = normalizedQuote.Length > MaxQuoteLength
            ? normalizedQuote.Substring(0, MaxQuoteLength)
            : normalizedQuote;
        if (quote.Length == 0)
        {
            return null;
        }

        int reach = Math.Max(1, quote.Length / 2);
        long cellsPerCandidate = (long)quote.Length * ((2L * quote.Length) + (3L * reach));
        int candidates = (int)Math.Max(1, Math.Min(MaxCandidates, CellBudget / cellsPerCandidate));
        if (text.Length == 0)
        {
            return null;
        }
        // The price, from the lengths alone: one scan of the document, the alignments, and the banded comparison of a long quote.
        long cost = text.Length + (candidates * cellsPerCandidate)
            + (normalizedQuote.Length > MaxQuoteLength ? (long)normalizedQuote.Length * ((2 * Band) + 1) : 0);
        if (budget is not null && !budget.TrySpend(document.Path, cost))
        {
            skipped = true;
            return null;
        }

        int bestStart = -1;
        int bestEnd = -1;
        double bestSimilarity = -1;
        foreach (int candidate in PickCandidates(text, quote, candidates, reach, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            int regionStart = Math.Max(0, candidate - reach);
            int regionEnd = Math.Min(text.Length, candidate + quote.Length + reach);
            (int start, int end) = Align(quote, text, regionStart, regionEnd);
            (start, end) = ToWholeWords(text, start, end);
            if (end <= start)
            {
                continue;
            }

            int distance = Levenshtein(quote, text, start, end - start);
            double similarity = 1.0 - ((double)distance / Math.Max(quote.Length, end - start));
            if (similarity > bestSimilarity || (similarity == bestSimilarity && start < bestStart))
            {
                (bestStart, bestEnd, bestSimilarity) = (start, end, similarity);
            }
        }

        if (bestStart >= 0 && normalizedQuote.Length > quote.Length)
        {
            (bestEnd, bestSimilarity) = CompareWhole(normalizedQuote, text, bestStart, cancellationToken);
        }

        return bestStart < 0
            ? null
            : new ClosestPassage(QuoteLocation.FromNormalizedSpan(document, bestStart, bestEnd - bestStart), bestSimilarity);
    }

    /// <summary>
    /// For a quote longer than <see cref="MaxQuoteLength"/> whose beginning was placed at <paramref name="start"/>: the
    /// passage as long as the whole quote (to a word end, within <see cref="Band"/>), and the similarity of the whole
    /// quote to it, so that a difference anywhere in the quote, also past its first 2,000 characters, counts.
    /// </summary>
    private static (int End, double Similarity) CompareWhole(string quote, string text, int start, CancellationToken cancellationToken)
    {
        int end = Math.Min(text.Length, start + quote.Length);
        (_, int wordEnd) = ToWholeWords(text, start, end);
        if (wordEnd - start - quote.Length <= Band / 2)
        {
            end = wordEnd;
        }
        // A passage cut short by the end of the document: the quote's tail past it counts as deleted.
        int compared = Math.Min(quote.Length, end - start + (Band / 2));
        int distance = BandedDistance(quote, compared, text, start, end - start, cancellationToken) + (quote.Length - compared);
        return (end, 1.0 - ((double)Math.Min(distance, Math.Max(quote.Length, end - start)) / Math.Max(quote.Length, end - start)));
    }

    /// <summary>
    /// The edit distance between the quote's first <paramref name="n"/> characters and <c>text.Substring(start, length)</c> along alignments that stay within
    /// <see cref="Band"/> of the diagonal: exact when the two differ by fewer edits than that, otherwise more than the
    /// true distance, never less. Costs the quote's length times twice the band.
    /// </summary>
    private static int BandedDistance(string quote, int n, string text, int start, int length, CancellationToken cancellationToken)
    {
        const int Infinity = int.MaxValue / 2;
        if (Math.Abs(n - length) > Band)
        {
            return Math.Max(n, length);
        }
        var previous = new int[length + 1];
        var current = new int[length + 1];
        for (int j = 0; j <= length; j++)
        {
            previous[j] = j <= Band ? j : Infinity;
        }
        for (int i = 1; i <= n; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int from = Math.Max(1, i - Band);
            int to = Math.Min(length, i + Band);
            current[0] = i <= Band ? i : Infinity;
            if (from > 1)
            {
                current[from - 1] = Infinity;
            }
            char q = quote[i - 1];
            for (int j = from; j <= to; j++)
            {
                int cost = previous[j - 1] + (q == text[start + j - 1] ? 0 : 1);
                cost = Math.Min(cost, previous[j] + 1);
                current[j] = Math.Min(cost, current[j - 1] + 1);
            }
            if (to < length)
            {
                current[to + 1] = Infinity;
            }
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[length], Infinity);
    }

    /// <summary>
    /// Word starts whose quote-long window shares the most character bigrams with the quote, best first, at least
    /// <paramref name="spacing"/> apart (the alignment searches that far around each). One pass with a sliding count.
    /// </summary>
    private static List<int> PickCandidates(string text, string quote, int count, int spacing, CancellationToken cancellationToken)
    {
        var bigramIds = new BigramTable(quote.Length);
        var wanted = new List<int>();
        for (int k = 0; k + 1 < quote.Length; k++)
        {
            int key = Bigram(quote, k);
            if (!bigramIds.TryGetValue(key, out int id))
            {
                id = wanted.Count;
                bigramIds.Add(key, id);
                wanted.Add(0);
            }

            wanted[id]++;
        }

        var held = new int[wanted.Count];
        int shared = 0;
        for (int k = 0; k + 1 < Math.Min(quote.Length, text.Length); k++)
        {
            Add(k);
        }

        var starts = new List<int>();
        var scores = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (IsWordStart(text, i))
            {
                starts.Add(i);
                scores.Add(shared);
            }

            if (i + 1 < text.Length)
            {
                Remove(i);
            }

            int entering = i + quote.Length - 1;
            if (entering + 1 < text.Length)
            {
                Add(entering);
            }
        }

        var picked = new List<int>(count);
        foreach (int start in ByScoreThenPosition(starts, scores, Math.Max(0, quote.Length - 1)))
        {
            if (picked.TrueForAll(other => Math.Abs(other - start) >= spacing))
            {
                picked.Add(start);
                if (picked.Count == count)
                {
                    break;
                }
            }
        }

        return picked;

        void Add(int k)
        {
            if (bigramIds.TryGetValue(Bigram(text, k), out int id))
            {
                if (held[id] < wanted[id])
                {
                    shared++;
                }

                held[id]++;
            }
        }

        void Remove(int k)
        {
            if (bigramIds.TryGetValue(Bigram(text, k), out int id))
            {
                held[id]--;
                if (held[id] < wanted[id])
                {
                    shared--;
                }
            }
        }
    }

    /// <summary>A counting sort: highest score first, earlier start first within a score.</summary>
    private static int[] ByScoreThenPosition(List<int> starts, List<int> scores, int maxScore)
    {
        var next = new int[maxScore + 1];
        foreach (int score in scores)
        {
            next[score]++;
        }

        int position = 0;
        for (int score = maxScore; score >= 0; score--)
        {
            int size = next[score];
            next[score] = position;
            position += size;
        }

        var ordered = new int[starts.Count];
        for (int i = 0; i < starts.Count; i++)
        {
            ordered[next[scores[i]]++] = starts[i];
        }

        return ordered;
    }

    /// <summary>
    /// The substring of <c>text[regionStart..regionEnd)</c> with the smallest edit distance to the quote (Sellers'
    /// variant of Levenshtein: the passage may start and end anywhere). Ties prefer the earliest end.
    /// </summary>
    private static (int Start, int End) Align(string quote, string text, int regionStart, int regionEnd)
    {
        int width = regionEnd - regionStart;
        var previous = new int[width + 1];
        var current = new int[width + 1];
        var previousStart = new int[width + 1];
        var currentStart = new int[width + 1];
        for (int j = 0; j <= width; j++)
        {
            previousStart[j] = j;
        }

        for (int i = 1; i <= quote.Length; i++)
        {
            current[0] = i;
            currentStart[0] = 0;
            char q = quote[i - 1];
            for (int j = 1; j <= width; j++)
            {
                int cost = previous[j - 1] + (q == text[regionStart + j - 1] ? 0 : 1);
                int from = previousStart[j - 1];
                if (previous[j] + 1 < cost)
                {
                    cost = previous[j] + 1;
                    from = previousStart[j];
                }

                if (current[j - 1] + 1 < cost)
                {
                    cost = current[j - 1] + 1;
                    from = currentStart[j - 1];
                }

                current[j] = cost;
                currentStart[j] = from;
            }

            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        int bestEnd = 0;
        for (int j = 1; j <= width; j++)
        {
            if (previous[j] < previous[bestEnd])
            {
                bestEnd = j;
            }
        }

        return (regionStart + previousStart[bestEnd], regionStart + bestEnd);
    }

    /// <summary>Widens a span to whole words and drops spaces at its ends: a hint reads better in whole words.</summary>
    private static (int Start, int End) ToWholeWords(string text, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        while (start > 0 && start < end && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start]))
        {
            start--;
        }

        while (end < text.Length && end > start && char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Edit distance between the quote and <c>text.Substring(start, length)</c>, in two rows.</summary>
    private static int Levenshtein(string quote, string text, int start, int length)
    {
        var previous = new int[length + 1];
        var current = new int[length + 1];
        for (int j = 0; j <= length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= quote.Length; i++)
        {
            current[0] = i;
            char q = quote[i - 1];
            for (int j = 1; j <= length; j++)
            {
                int cost = previous[j - 1] + (q == text[start + j - 1] ? 0 : 1);
                cost = Math.Min(cost, previous[j] + 1);
                current[j] = Math.Min(cost, current[j - 1] + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[length];
    }

    private static bool IsWordStart(string text, int i)
    {
        char c = text[i];
        if (c == ' ')
        {
            return false;
        }

        if (i == 0 || text[i - 1] == ' ')
        {
            return true;
        }

        return char.IsLetterOrDigit(c) && !char.IsLetterOrDigit(text[i - 1]);
    }

    private static int Bigram(string text, int k) => (text[k] << 16) | text[k + 1];

    /// <summary>
    /// The quote's bigrams and their ids: an open-addressing table, looked up once or twice for every character of the
    /// document, which is most of a search's work. A slot holds its id plus one; 0 marks it empty.
    /// </summary>
    private sealed class BigramTable
    {
        private readonly int[] _keys;
        private readonly int[] _ids;
        private readonly int _mask;

        public BigramTable(int capacity)
        {
            int size = 16;
            while (size < capacity * 2)
            {
                size <<= 1;
            }
            _keys = new int[size];
            _ids = new int[size];
            _mask = size - 1;
        }

        public bool TryGetValue(int key, out int id)
        {
            for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
            {
                int stored = _ids[slot];
                if (stored == 0)
                {
                    id = 0;
                    return false;
                }
                if (_keys[slot] == key)
                {
                    id = stored - 1;
                    return true;
                }
            }
        }

        public void Add(int key, int id)
        {
            int slot = Slot(key);
            while (_ids[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = key;
            _ids[slot] = id + 1;
        }

        private int Slot(int key) => (int)(((uint)key * 0x9E3779B1u) >> 7) & _mask;
    }
}
