using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// Unicode Normalization Form C (UAX #15) over the fixed tables in <see cref="NfcData"/>. The runtime's
/// <c>string.Normalize</c> is not used: under invariant globalization (containers without ICU, and our own
/// test projects) it returns its input unchanged, so quote matching would depend on the machine that builds.
/// Invalid UTF-16 (a lone surrogate) is kept as it is rather than rejected: a generator must not throw.
/// </summary>
internal static class Nfc
{
    private const int SBase = 0xAC00;
    private const int LBase = 0x1100;
    private const int VBase = 0x1161;
    private const int TBase = 0x11A7;
    private const int LCount = 19;
    private const int VCount = 21;
    private const int TCount = 28;
    private const int NCount = VCount * TCount;
    private const int SCount = LCount * NCount;

    /// <summary>Per UTF-16 unit: 0 not yet known, 1 unchanged by NFC on its own, 2 changed. Races only write the same value.</summary>
    private static readonly byte[] UnchangedAlone = new byte[0x10000];

    /// <summary>The NFC form of <paramref name="text"/>.</summary>
    public static string Normalize(string text) => Normalize(text, 0, text.Length);

    /// <summary>The NFC form of <c>text.Substring(start, length)</c>.</summary>
    public static string Normalize(string text, int start, int length)
    {
        var codePoints = new List<int>(length);
        int end = start + length;
        for (int i = start; i < end;)
        {
            int codePoint = ReadCodePoint(text, i, end);
            i += codePoint > 0xFFFF ? 2 : 1;
            Decompose(codePoint, codePoints);
        }

        SortCombiningMarks(codePoints);
        Compose(codePoints);

        var builder = new StringBuilder(codePoints.Count);
        foreach (int codePoint in codePoints)
        {
            AppendCodePoint(builder, codePoint);
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when <paramref name="c"/> on its own is its own NFC form, so a segment of just that character needs no
    /// normalising. Worked out once per character and remembered: typeset text repeats the same few (curly quotes,
    /// dashes, accented letters).
    /// </summary>
    public static bool IsUnchangedAlone(char c)
    {
        if (c < 0xC0)
        {
            // Nothing below U+00C0 decomposes.
            return true;
        }

        byte known = UnchangedAlone[c];
        if (known == 0)
        {
            string alone = c.ToString();
            known = Normalize(alone, 0, 1) == alone ? (byte)1 : (byte)2;
            UnchangedAlone[c] = known;
        }

        return known == 1;
    }

    /// <summary>
    /// The end of the normalisation segment that starts at <paramref name="start"/>: the next index before which
    /// no composition, decomposition or reordering can reach. Normalising segment by segment therefore gives the
    /// same text as normalising the whole, and lets each segment keep its own position in the original.
    /// </summary>
    public static int SegmentEnd(string text, int start)
    {
        int i = start + (ReadCodePoint(text, start, text.Length) > 0xFFFF ? 2 : 1);
        while (i < text.Length)
        {
            if (text[i] < 0x80)
            {
                return i;
            }

            int codePoint = ReadCodePoint(text, i, text.Length);
            if (IsBoundaryBefore(codePoint))
            {
                return i;
            }

            i += codePoint > 0xFFFF ? 2 : 1;
        }

        return i;
    }

    /// <summary>
    /// True when <paramref name="codePoint"/> and the first character of its decomposition are starters that never
    /// combine with what precedes them, so nothing before it can change when it follows.
    /// </summary>
    private static bool IsBoundaryBefore(int codePoint)
    {
        if (codePoint < 0x300)
        {
            return true;
        }

        var tables = Tables.Instance;
        int first = tables.Decompositions.TryGetValue(codePoint, out int[]? parts) ? parts[0] : codePoint;
        return CombiningClass(codePoint) == 0
            && CombiningClass(first) == 0
            && !CombinesBackward(codePoint)
            && !CombinesBackward(first);
    }

    private static bool CombinesBackward(int codePoint) =>
        (codePoint >= VBase && codePoint < VBase + VCount)
        || (codePoint > TBase && codePoint < TBase + TCount)
        || Tables.Instance.SecondOfPair.Contains(codePoint);

    private static int CombiningClass(int codePoint) =>
        codePoint >= 0x300 && Tables.Instance.CombiningClasses.TryGetValue(codePoint, out int value) ? value : 0;

    private static void Decompose(int codePoint, List<int> output)
    {
        int syllable = codePoint - SBase;
        if (syllable >= 0 && syllable < SCount)
        {
            output.Add(LBase + (syllable / NCount));
            output.Add(VBase + (syllable % NCount / TCount));
            if (syllable % TCount != 0)
            {
                output.Add(TBase + (syllable % TCount));
            }

            return;
        }

        if (codePoint >= 0xC0 && Tables.Instance.Decompositions.TryGetValue(codePoint, out int[]? parts))
        {
            output.AddRange(parts);
        }
        else
        {
            output.Add(codePoint);
        }
    }

    /// <summary>Canonical ordering: a stable sort of each run of combining marks by combining class.</summary>
    private static void SortCombiningMarks(List<int> codePoints)
    {
        for (int i = 1; i < codePoints.Count; i++)
        {
            int current = codePoints[i];
            int currentClass = CombiningClass(current);
            if (currentClass == 0)
            {
                continue;
            }

            int j = i;
            while (j > 0 && CombiningClass(codePoints[j - 1]) > currentClass)
            {
                codePoints[j] = codePoints[j - 1];
                j--;
            }

            codePoints[j] = current;
        }
    }

    /// <summary>Canonical composition, in place (the algorithm of UAX #15, section 3.11).</summary>
    private static void Compose(List<int> codePoints)
    {
        if (codePoints.Count == 0)
        {
            return;
        }

        int starterIndex = 0;
        int starter = codePoints[0];
        int lastClass = CombiningClass(starter) == 0 ? 0 : 256;
        int written = 1;
        for (int read = 1; read < codePoints.Count; read++)
        {
            int codePoint = codePoints[read];
            int currentClass = CombiningClass(codePoint);
            if ((lastClass < currentClass || lastClass == 0) && TryCompose(starter, codePoint, out int composite))
            {
                codePoints[starterIndex] = composite;
                starter = composite;
                continue;
            }

            if (currentClass == 0)
            {
                starterIndex = written;
                starter = codePoint;
            }

            lastClass = currentClass;
            codePoints[written++] = codePoint;
        }

        codePoints.RemoveRange(written, codePoints.Count - written);
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        int l = first - LBase;
        int v = second - VBase;
        if (l >= 0 && l < LCount && v >= 0 && v < VCount)
        {
            composite = SBase + (((l * VCount) + v) * TCount);
            return true;
        }

        int s = first - SBase;
        int t = second - TBase;
        if (s >= 0 && s < SCount && s % TCount == 0 && t > 0 && t < TCount)
        {
            composite = first + t;
            return true;
        }

        return Tables.Instance.Compositions.TryGetValue(PairKey(first, second), out composite);
    }

    private static long PairKey(int first, int second) => ((long)first << 21) | (uint)second;

    private static int ReadCodePoint(string text, int index, int end)
    {
        char c = text[index];
        return char.IsHighSurrogate(c) && index + 1 < end && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(c, text[index + 1])
            : c;
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        else
        {
            builder.Append((char)codePoint);
        }
    }

    /// <summary>The parsed tables, built once on first use (the static constructor makes that thread-safe).</summary>
    private sealed class Tables
    {
        public static readonly Tables Instance = new();

        private Tables()
        {
            foreach (string entry in NfcData.CombiningClasses.Split(';'))
            {
                if (entry.Length == 0)
                {
                    continue;
                }

                int colon = entry.IndexOf(':');
                int dash = entry.IndexOf('-');
                int first = Hex(dash < 0 ? entry.Substring(0, colon) : entry.Substring(0, dash));
                int last = dash < 0 ? first : Hex(entry.Substring(dash + 1, colon - dash - 1));
                int value = int.Parse(entry.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture);
                for (int codePoint = first; codePoint <= last; codePoint++)
                {
                    CombiningClasses[codePoint] = value;
                }
            }

            var oneLevel = new Dictionary<int, int[]>();
            foreach (string entry in NfcData.Decompositions.Split(';'))
            {
                if (entry.Length == 0)
                {
                    continue;
                }

                int separator = entry.IndexOfAny(new[] { '=', '>' });
                int codePoint = Hex(entry.Substring(0, separator));
                string[] partsText = entry.Substring(separator + 1).Split(' ');
                var parts = new int[partsText.Length];
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = Hex(partsText[i]);
                }

                oneLevel[codePoint] = parts;
                if (entry[separator] == '=')
                {
                    Compositions[PairKey(parts[0], parts[1])] = codePoint;
                    SecondOfPair.Add(parts[1]);
                }
            }

            foreach (var pair in oneLevel)
            {
                var full = new List<int>();
                Expand(pair.Key, oneLevel, full);
                Decompositions[pair.Key] = full.ToArray();
            }
        }

        public Dictionary<int, int> CombiningClasses { get; } = new();

        /// <summary>Full (recursive) canonical decompositions, Hangul syllables excepted.</summary>
        public Dictionary<int, int[]> Decompositions { get; } = new();

        public Dictionary<long, int> Compositions { get; } = new();

        public HashSet<int> SecondOfPair { get; } = new();

        private static void Expand(int codePoint, Dictionary<int, int[]> oneLevel, List<int> output)
        {
            if (oneLevel.TryGetValue(codePoint, out int[]? parts))
            {
                foreach (int part in parts)
                {
                    Expand(part, oneLevel, output);
                }
            }
            else
            {
                output.Add(codePoint);
            }
        }

        private static int Hex(string text) =>
            int.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }
}
