using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using FactCatalog.Catalogue.Text;
using Xunit.Abstractions;

namespace FactCatalog.Catalogue.Conformance.Tests;

/// <summary>
/// The catalogue's own NFC (<see cref="Nfc"/>, tables in <see cref="NfcData"/>) against ICU's, reached through
/// <see cref="string.Normalize(NormalizationForm)"/> in this project, where globalization is on. Systematic rather than
/// hand-picked: every code point alone, every character that takes part in composition followed by every mark that can
/// follow it, every primary composite with a mark of every combining class between its two parts (blocking and
/// canonical reordering), the Hangul syllables and jamo, and a seeded corpus of random sequences of all of these.
/// Each text is normalized whole and segment by segment (<see cref="Nfc.SegmentEnd"/>, which the quote matcher relies
/// on to keep positions): both must equal ICU's form. <see cref="Nfc.IsUnchangedAlone"/> is checked for every UTF-16
/// unit that is a character.
/// </summary>
/// <remarks>
/// <para>Which code points: <see cref="NfcData"/> holds one Unicode version (its header names it; read by
/// <see cref="DataVersion"/>), ICU may implement a later one (ICU 72: Unicode 15.0). A character assigned after the
/// data's version has no decomposition or combining class in the data but may have them in ICU, so it is left out.
/// Which characters those are is asked of ICU itself (<c>u_charAge</c>, the Unicode version that assigned a code point),
/// not of .NET's <see cref="CharUnicodeInfo"/>, whose tables follow the runtime's own Unicode version, which is neither
/// the data's nor ICU's. Unassigned code points (age 0.0) stay in: NFC leaves them unchanged, and so must both. Unicode's
/// normalization stability policy guarantees that the mappings and classes of characters assigned by the data's
/// version are the same in every later version, so nothing else needs leaving out.</para>
/// <para>Surrogate code points are left out: they are not characters, string.Normalize rejects them, and the catalogue
/// keeps a lone surrogate as it is (<c>NfcTests</c> checks that).</para>
/// </remarks>
public sealed class NfcConformanceTests
{
    private static readonly Lazy<Characters> s_characters = new(() => new Characters());

    private readonly ITestOutputHelper _output;

    public NfcConformanceTests(ITestOutputHelper output) => _output = output;

    private static Characters Data => s_characters.Value;

    [Fact]
    public void The_reference_is_ICU_with_globalization_on_and_at_least_the_data_s_Unicode_version()
    {
        // Under invariant globalization string.Normalize returns its input, and every comparison below would be vacuous.
        Assert.Equal("\u00E9", "e\u0301".Normalize(NormalizationForm.FormC));
        Assert.Equal("\uAC01", "\u1100\u1161\u11A8".Normalize(NormalizationForm.FormC));
        Version icu = IcuCharacterAge.UnicodeVersion;
        _output.WriteLine($"{IcuCharacterAge.Library}: Unicode {icu}; NfcData: Unicode {DataVersion}");
        Assert.True(icu >= DataVersion, $"ICU implements Unicode {icu}, older than the data's {DataVersion}: it cannot judge the newest characters");
        Assert.Equal(new Version(1, 1, 0), IcuCharacterAge.Of('A'));
        Assert.Equal(new Version(0, 0, 0), IcuCharacterAge.Of(0x0378));
    }

    [Fact]
    public void Every_code_point_alone()
    {
        var check = new Checker();
        int newer = 0;
        var unchangedAloneWrong = new List<string>();
        for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            // Surrogates are not characters; string.Normalize rejects the noncharacter U+FFFE (a check of .NET's, not
            // ICU's), which NFC leaves unchanged like every code point without a mapping.
            if (codePoint is >= 0xD800 and <= 0xDFFF or 0xFFFE)
            {
                continue;
            }
            if (!Data.IsComparable(codePoint))
            {
                newer++;
                continue;
            }
            string alone = char.ConvertFromUtf32(codePoint);
            check.Same(alone);
            if (codePoint <= 0xFFFF && Nfc.IsUnchangedAlone((char)codePoint) != (alone.Normalize(NormalizationForm.FormC) == alone))
            {
                unchangedAloneWrong.Add(codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        _output.WriteLine($"{check.Count} code points compared; {newer} assigned after Unicode {DataVersion} left out");
        // Unicode 15.0 and 15.1 assigned fewer than 5,000 characters: a far larger number means the age filter is wrong.
        Assert.True(newer < 20_000, $"{newer} code points were left out as newer than the data");
        Assert.Equal(0x110000 - 0x800 - 1 - newer, check.Count);
        check.AssertNoMismatch();
        Assert.True(unchangedAloneWrong.Count == 0, "IsUnchangedAlone is wrong for " + string.Join(" ", unchangedAloneWrong.Take(30)));
    }

    [Fact]
    public void Every_starter_that_composes_or_decomposes_followed_by_every_mark()
    {
        var check = new Checker();
        int[] starters = Data.Firsts.Concat(Data.Decomposable).Concat(new[] { 'a', 'A', 'z', 0x3B1, 0x436, 0x5D0, 0x627, 0x915, 0x1100, 0xAC00, 0x4E00 })
            .Distinct().Where(Data.IsComparable).ToArray();
        int[] followers = Data.Marks.Concat(Data.Seconds).Distinct().Where(Data.IsComparable).ToArray();
        foreach (int starter in starters)
        {
            string first = char.ConvertFromUtf32(starter);
            foreach (int follower in followers)
            {
                check.Same(first + char.ConvertFromUtf32(follower));
            }
        }
        _output.WriteLine($"{starters.Length} starters × {followers.Length} marks: {check.Count} pairs compared");
        Assert.True(starters.Length > 2000 && followers.Length > 900, $"{starters.Length} starters, {followers.Length} marks");
        check.AssertNoMismatch();
    }

    [Fact]
    public void Every_primary_composite_with_a_mark_of_every_class_before_or_after_its_second_part()
    {
        var check = new Checker();
        // One mark per combining class (the lowest code point of each), plus starters that always block.
        int[] marks = Data.Marks.Where(Data.IsComparable).GroupBy(Data.CombiningClass).Select(g => g.Min())
            .Concat(new[] { 'b', 0x0B3E, 0x1161, 0x11A8 }).Distinct().ToArray();
        foreach ((int first, int second, int composite) in Data.Composites.Where(c => Data.IsComparable(c.Composite)))
        {
            string f = char.ConvertFromUtf32(first), s = char.ConvertFromUtf32(second), c = char.ConvertFromUtf32(composite);
            foreach (int mark in marks)
            {
                string m = char.ConvertFromUtf32(mark);
                check.Same(f + m + s);
                check.Same(f + s + m);
                check.Same(c + m + s);
                check.Same(f + m + m + s);
            }
        }
        _output.WriteLine($"{Data.Composites.Count} primary composites × {marks.Length} marks: {check.Count} sequences compared");
        Assert.True(Data.Composites.Count > 900 && marks.Length > 50, $"{Data.Composites.Count} composites, {marks.Length} marks");
        check.AssertNoMismatch();
    }

    [Fact]
    public void Hangul_syllables_and_jamo_in_every_combination()
    {
        var check = new Checker();
        // Leading consonants U+1100–U+1112, vowels U+1161–U+1175, trailing consonants U+11A8–U+11C2, each range with its
        // neighbours (which do not compose), and every syllable, with and without a trailing consonant.
        int[] leading = Enumerable.Range(0x10FF, 0x1114 - 0x10FF).ToArray();
        int[] vowels = Enumerable.Range(0x1160, 0x1177 - 0x1160).ToArray();
        int[] trailing = Enumerable.Range(0x11A6, 0x11C4 - 0x11A6).ToArray();
        foreach (int l in leading)
        {
            foreach (int v in vowels)
            {
                string lv = char.ConvertFromUtf32(l) + char.ConvertFromUtf32(v);
                check.Same(lv);
                check.Same(lv + "\u0301");
                foreach (int t in trailing)
                {
                    check.Same(lv + char.ConvertFromUtf32(t));
                }
            }
        }
        for (int syllable = 0xAC00; syllable <= 0xD7A3; syllable++)
        {
            string s = char.ConvertFromUtf32(syllable);
            foreach (int t in trailing)
            {
                check.Same(s + char.ConvertFromUtf32(t));
            }
            check.Same(s + "\u1161");
            check.Same(s + "\u0301\u11A8");
            check.Same("\u1100" + s);
        }
        _output.WriteLine($"{check.Count} Hangul sequences compared");
        check.AssertNoMismatch();
    }

    [Fact]
    public void Random_sequences_of_everything_that_takes_part_in_normalization()
    {
        var random = new Random(20241205);
        int[] pool = Data.Marks.Concat(Data.Seconds).Concat(Data.Firsts).Concat(Data.Decomposable)
            .Concat(Enumerable.Range(0x1100, 0x1200 - 0x1100))
            .Concat(Enumerable.Range(0, 200).Select(i => 0xAC00 + (i * 57 % 11172)))
            .Concat("aeiouAEIOU .,-".Select(c => (int)c))
            .Distinct().Where(Data.IsComparable).ToArray();
        var check = new Checker();
        var text = new StringBuilder();
        for (int i = 0; i < 300_000; i++)
        {
            text.Clear();
            int length = 2 + random.Next(9);
            for (int k = 0; k < length; k++)
            {
                text.Append(char.ConvertFromUtf32(pool[random.Next(pool.Length)]));
            }
            check.Same(text.ToString());
        }
        _output.WriteLine($"{check.Count} random sequences over {pool.Length} code points compared");
        check.AssertNoMismatch();
    }

    [Fact]
    public void A_mismatch_is_reported()
    {
        // The checker itself must be able to fail: a string that NFC changes, compared with itself unnormalized.
        var check = new Checker();
        check.Same("e\u0301", expected: "e\u0301");
        Assert.Throws<Xunit.Sdk.TrueException>(check.AssertNoMismatch);
    }

    /// <summary>The Unicode version of <see cref="NfcData"/>, from the "Unicode Character Database X.Y.Z" line that heads the file.</summary>
    private static Version DataVersion
    {
        get
        {
            string path = typeof(NfcConformanceTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "NfcDataFile").Value!;
            Match match = Regex.Match(File.ReadLines(path).First(), @"Unicode Character Database (\d+)\.(\d+)\.(\d+)");
            Assert.True(match.Success, $"{path} does not name its Unicode version in its first line");
            return new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Compares the catalogue's NFC with ICU's and keeps the first mismatches.</summary>
    private sealed class Checker
    {
        private readonly List<string> _mismatches = new();
        private int _mismatchCount;

        public int Count { get; private set; }

        public void Same(string text, string? expected = null)
        {
            Count++;
            expected ??= text.Normalize(NormalizationForm.FormC);
            Compare(text, expected, Nfc.Normalize(text), "whole");
            Compare(text, expected, BySegments(text), "by segments");
        }

        /// <summary>The text normalized one segment at a time, as the quote matcher does.</summary>
        private static string BySegments(string text)
        {
            var normalized = new StringBuilder();
            for (int start = 0; start < text.Length;)
            {
                int end = Nfc.SegmentEnd(text, start);
                Assert.True(end > start && end <= text.Length, $"SegmentEnd({Hex(text)}, {start}) = {end}");
                normalized.Append(Nfc.Normalize(text, start, end - start));
                start = end;
            }
            return normalized.ToString();
        }

        private void Compare(string text, string expected, string actual, string how)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                _mismatchCount++;
                if (_mismatches.Count < 30)
                {
                    _mismatches.Add($"{Hex(text)}: ICU {Hex(expected)}, catalogue ({how}) {Hex(actual)}");
                }
            }
        }

        public void AssertNoMismatch() =>
            Assert.True(_mismatchCount == 0, $"{_mismatchCount} normalizations of {Count} texts differ from ICU:\n" + string.Join("\n", _mismatches));

        private static string Hex(string text)
        {
            var codePoints = new List<string>();
            for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                codePoints.Add(char.ConvertToUtf32(text, i).ToString("X4", CultureInfo.InvariantCulture));
            }
            return string.Join(" ", codePoints);
        }
    }

    /// <summary>The characters the data says take part in normalization, and which code points ICU can judge.</summary>
    private sealed class Characters
    {
        private readonly Dictionary<int, int> _classes = new();
        private readonly Version _data = DataVersion;

        public Characters()
        {
            foreach (string entry in NfcData.CombiningClasses.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] rangeAndClass = entry.Split(':');
                string[] range = rangeAndClass[0].Split('-');
                int last = Hex(range[^1]);
                for (int codePoint = Hex(range[0]); codePoint <= last; codePoint++)
                {
                    _classes[codePoint] = int.Parse(rangeAndClass[1], CultureInfo.InvariantCulture);
                }
            }
            var composites = new List<(int, int, int)>();
            var decomposable = new List<int>();
            foreach (string entry in NfcData.Decompositions.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                int separator = entry.IndexOfAny(new[] { '=', '>' });
                int codePoint = Hex(entry.Substring(0, separator));
                int[] parts = entry.Substring(separator + 1).Split(' ').Select(Hex).ToArray();
                decomposable.Add(codePoint);
                if (entry[separator] == '=')
                {
                    composites.Add((parts[0], parts[1], codePoint));
                }
            }
            Marks = _classes.Keys.Order().ToArray();
            Decomposable = decomposable.ToArray();
            Composites = composites;
            Firsts = composites.Select(c => c.Item1).Distinct().Order().ToArray();
            Seconds = composites.Select(c => c.Item2).Distinct().Order().ToArray();
        }

        /// <summary>Every code point with a combining class other than 0.</summary>
        public int[] Marks { get; }

        /// <summary>Every code point with a canonical decomposition (Hangul syllables are algorithmic and not listed).</summary>
        public int[] Decomposable { get; }

        /// <summary>Every primary composite with its two parts.</summary>
        public IReadOnlyList<(int First, int Second, int Composite)> Composites { get; }

        public int[] Firsts { get; }

        public int[] Seconds { get; }

        public int CombiningClass(int codePoint) => _classes.TryGetValue(codePoint, out int value) ? value : 0;

        /// <summary>False for a code point assigned after the data's Unicode version (see the class remarks).</summary>
        public bool IsComparable(int codePoint) => IcuCharacterAge.Of(codePoint) <= _data;

        private static int Hex(string text) => int.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }
}
