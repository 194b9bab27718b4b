using System;
using System.Globalization;
using System.Text;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Catalogue data as a string literal read back as bytes (the runtime's <c>PackedBytes.Of("...", length)</c>), two bytes
/// to a character. The compiler binds a string literal as one node, a <c>"..."u8</c> literal or byte array as one node per
/// byte: at 10,000 facts the UTF-8 data was a third of the compiler's emit and about 500 MB of its memory
/// (docs/benchmarks.md). String literals go to the assembly's string heap, which holds 16 MB with the project's own
/// strings (CS8103 past that), so each group file may pack only its share of the catalogue's total
/// (<see cref="DefaultTotalBytes"/>) and writes the rest of its chunks as UTF-8 literals.
/// </summary>
public sealed class PackedData
{
    /// <summary>
    /// Bytes of string heap the whole catalogue's packed data may take unless the project sets
    /// <c>FactCatalogStringHeapBytes</c>: half the heap, the rest left to the project's own strings.
    /// </summary>
    public const int DefaultTotalBytes = 8 * 1024 * 1024;

    /// <summary>The string heap's size: the most <c>FactCatalogStringHeapBytes</c> may be.</summary>
    public const int MaxTotalBytes = 0xFFFFFF;

    /// <summary>
    /// Each group file's share of <paramref name="total"/> when the catalogue has <paramref name="groups"/> groups: equal
    /// parts by the number of groups rounded up to a multiple of <see cref="GroupCountStep"/>. Editing a fact changes no
    /// other file's share, and adding or removing a fact file changes every group's only when the count crosses a
    /// multiple of the step. The root and sources files take none: ids, tags and sources are read by every first
    /// lookup, and a packed literal costs a copy out of the assembly the first time its method runs.
    /// </summary>
    public static int GroupShare(int total, int groups) =>
        total / (((Math.Max(1, groups) + GroupCountStep - 1) / GroupCountStep) * GroupCountStep);

    /// <summary>The step the number of groups is rounded up to for <see cref="GroupShare"/>.</summary>
    public const int GroupCountStep = 8;

    /// <summary>What a literal costs the heap besides two bytes a character: its length prefix (up to 4 bytes) and a terminal byte.</summary>
    private const int LiteralOverhead = 5;

    private int _left;

    /// <summary>A file's budget of <paramref name="bytes"/> bytes of string heap.</summary>
    public PackedData(int bytes) => _left = bytes;

    /// <summary>Bytes of string heap left in this file's share.</summary>
    public int Left => _left;

    /// <summary>Whether what is left of the share holds a packed literal of <paramref name="length"/> bytes.</summary>
    public bool Holds(int length) => HeapBytes(length) <= _left;

    /// <summary>Takes a packed literal of <paramref name="length"/> bytes from the share, which must hold it.</summary>
    public void Take(int length)
    {
        if (!Holds(length))
        {
            throw new InvalidOperationException("The share does not hold " + length + " bytes.");
        }
        _left -= HeapBytes(length);
    }

    /// <summary>Bytes of string heap the packed literal of <paramref name="length"/> bytes takes.</summary>
    public static int HeapBytes(int length) => (2 * ((length + 1) / 2)) + LiteralOverhead;

    /// <summary>What a packed literal starts with, up to its first character.</summary>
    public const string Prefix = "global::FactCatalog.Storage.PackedBytes.Of(\"";

    /// <summary>What a packed literal of <paramref name="length"/> bytes ends with, after its last character.</summary>
    public static string Suffix(int length) => "\", " + length.ToString(CultureInfo.InvariantCulture) + ")";
}

/// <summary>
/// Text as packed data: its UTF-8 bytes two to a character, the first byte low (an odd last byte alone), written as the
/// inside of a string literal. A character is written as itself only in fixed
/// ranges that hold no line break, surrogate, format or right-to-left character (fixed, not the host's Unicode tables,
/// so every host writes the same text), and as a <c>\uXXXX</c> escape otherwise. Pieces are added one after another,
/// so a chunk of records is packed without being put together first.
/// </summary>
public sealed class PackedText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly char[] Hex = "0123456789abcdef".ToCharArray();

    private readonly CodeWriter _writer;
    private byte[] _buffer = new byte[256];
    private char[] _chars = new char[256];
    private int _pending = -1;

    /// <summary>Packs into <paramref name="writer"/>.</summary>
    public PackedText(CodeWriter writer) => _writer = writer;

    /// <summary>The bytes added so far.</summary>
    public int Bytes { get; private set; }

    /// <summary>Adds <paramref name="text"/>'s UTF-8 bytes (without lone surrogates, as the records hold it).</summary>
    public void Add(string text)
    {
        // Sized by the most the text can take, so the text is encoded in one pass, not counted first.
        int most = Utf8.GetMaxByteCount(text.Length);
        if (_buffer.Length < most)
        {
            _buffer = new byte[Math.Max(most, 2 * _buffer.Length)];
        }
        Add(_buffer, Utf8.GetBytes(text, 0, text.Length, _buffer, 0));
    }

    /// <summary>Adds the first <paramref name="count"/> bytes of <paramref name="bytes"/>.</summary>
    public void Add(byte[] bytes, int count)
    {
        // Into a buffer of characters, written in one call: at most six characters (an escape) for every two bytes.
        if (_chars.Length < (3 * count) + 6)
        {
            _chars = new char[Math.Max((3 * count) + 6, 2 * _chars.Length)];
        }
        int length = 0;
        for (int i = 0; i < count; i++)
        {
            if (_pending < 0)
            {
                _pending = bytes[i];
            }
            else
            {
                length = Put(_pending | (bytes[i] << 8), length);
                _pending = -1;
            }
        }
        _writer.Write(_chars, length);
        Bytes += count;
    }

    /// <summary>Writes the last byte when one is left without its pair.</summary>
    public void Finish()
    {
        if (_pending >= 0)
        {
            _writer.Write(_chars, Put(_pending, 0));
            _pending = -1;
        }
    }

    /// <summary>Puts character <paramref name="c"/> into the buffer at <paramref name="at"/>; returns where the next one goes.</summary>
    private int Put(int c, int at)
    {
        if (IsWrittenAsItself(c))
        {
            _chars[at] = (char)c;
            return at + 1;
        }
        _chars[at] = '\\';
        _chars[at + 1] = 'u';
        _chars[at + 2] = Hex[c >> 12];
        _chars[at + 3] = Hex[(c >> 8) & 0xF];
        _chars[at + 4] = Hex[(c >> 4) & 0xF];
        _chars[at + 5] = Hex[c & 0xF];
        return at + 6;
    }

    // Printable ASCII but the quote and backslash; punctuation, superscripts and currency signs of U+2000–U+20FF (not its
    // spaces, line and paragraph separators or format characters); symbols, CJK, Yi and Hangul from U+2100 to the
    // surrogates; private use and CJK compatibility ideographs. Nothing in them breaks a line, formats or runs right to left.
    private static bool IsWrittenAsItself(int c) =>
        (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\')
        || (c >= 0x2010 && c <= 0x2027)
        || (c >= 0x2030 && c <= 0x205E)
        || (c >= 0x2070 && c <= 0x20CF)
        || (c >= 0x2100 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFAFF);
}
