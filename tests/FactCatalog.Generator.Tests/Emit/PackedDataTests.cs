using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;
using FactCatalog.Generator.Emit;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace FactCatalog.Generator.Tests.Emit;

/// <summary>
/// Catalogue data written as packed string literals (two bytes to a character), within each file's share of the
/// assembly's string heap, and as UTF-8 literals past it.
/// </summary>
public class PackedDataTests
{
    [Fact]
    public void Every_pair_of_byte_values_is_written_so_the_compiler_reads_it_back()
    {
        byte[] bytes = EveryPair().Append((byte)0x7A).ToArray();

        string expression = Expression(bytes);

        Assert.Equal(bytes, Decode(expression));
    }

    [Fact]
    public void Random_data_round_trips_at_every_length()
    {
        var random = new Random(20261205);
        for (int length = 0; length < 300; length++)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            Assert.Equal(bytes, Decode(Expression(bytes)));
        }
    }

    [Fact]
    public void The_literal_holds_no_line_break_surrogate_format_or_right_to_left_character()
    {
        byte[] bytes = EveryPair();

        string expression = Expression(bytes);

        foreach (char c in expression)
        {
            UnicodeCategory category = char.GetUnicodeCategory(c);
            Assert.False(category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control
                or UnicodeCategory.Format or UnicodeCategory.Surrogate, $"U+{(int)c:X4} ({category}) is written as itself");
            Assert.False(c is '\u0085' or '\u061C' or (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'),
                $"U+{(int)c:X4} is written as itself");
        }
    }

    [Fact]
    public void Text_written_by_pairs_of_ascii_letters_is_mostly_characters_not_escapes()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("a claim quoted in a newspaper, with its source and date");

        string expression = Expression(bytes);
        string literal = expression.Substring(expression.IndexOf('"'), expression.LastIndexOf('"') - expression.IndexOf('"') + 1);

        // Two bytes a character and an escape (six characters) for the few pairs outside the written ranges: well under
        // twice the data's length, against one character a byte for a UTF-8 literal.
        Assert.True(literal.Length < 2 * bytes.Length, literal);
    }

    [Fact]
    public void The_escaped_length_counted_is_the_length_written()
    {
        const string alphabet = "ab Z9\t\n\r\0\a\b\f\v\"\\\u00A0\u2028\u0085\u200B\u202E\u00E9\uFFFE\uD83D\uDE00\uD800\uE000";
        var random = new Random(20261205);
        for (int i = 0; i < 5_000; i++)
        {
            string text = new(Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var written = new StringBuilder();
            FactCatalog.Catalogue.Naming.CSharpLiteral.AppendEscaped(written, text);
            Assert.Equal(written.Length, FactCatalog.Catalogue.Naming.CSharpLiteral.EscapedLength(text));
        }
    }

    [Fact]
    public void Pieces_pack_as_one_run_of_bytes_across_their_boundaries()
    {
        string[] pieces = { "12:", "troops \u2019\u00E9", "\U0001F600", "", "3:a b", "odd" };
        var writer = new CodeWriter().Write(PackedData.Prefix);
        var packed = new PackedText(writer);
        foreach (string piece in pieces)
        {
            packed.Add(piece);
        }
        packed.Finish();

        Assert.Equal(Encoding.UTF8.GetByteCount(string.Concat(pieces)), packed.Bytes);
        Assert.Equal(Encoding.UTF8.GetBytes(string.Concat(pieces)), Decode(writer.Write(PackedData.Suffix(packed.Bytes)).ToString()));
    }

    [Fact]
    public void A_share_takes_literals_until_the_next_one_does_not_fit()
    {
        var budget = new PackedData(PackedData.HeapBytes(100) * 2);

        Assert.True(budget.Holds(100));
        budget.Take(100);
        Assert.True(budget.Holds(99));
        budget.Take(99);
        Assert.False(budget.Holds(1));
        Assert.Throws<InvalidOperationException>(() => budget.Take(1));
        Assert.Equal(0, budget.Left);
    }

    [Fact]
    public void Data_that_packs_longer_than_its_utf8_literal_is_written_as_the_utf8_literal()
    {
        // A letter and a space make a format character (U+2061), escaped: three characters a byte, against one.
        var writer = new CodeWriter();

        FactListCode.WriteChunks(writer, "RecordData", 2, i => string.Concat(Enumerable.Repeat("a ", 50)), new PackedData(PackedData.DefaultTotalBytes), u8Literals: true, switchExpressions: true);

        Assert.Equal(new[] { "u8" }, GeneratedData.Forms(writer.ToString()));
    }

    [Theory]
    [InlineData(PackedData.DefaultTotalBytes, 1)]
    [InlineData(PackedData.DefaultTotalBytes, 3)]
    [InlineData(PackedData.DefaultTotalBytes, 100)]
    [InlineData(PackedData.DefaultTotalBytes, 100_000)]
    [InlineData(PackedData.MaxTotalBytes, 9)]
    [InlineData(0, 5)]
    public void The_shares_of_every_file_stay_within_the_total(int total, int groups)
    {
        long shares = (long)groups * PackedData.GroupShare(total, groups);

        Assert.InRange(shares, 0, total);
        Assert.True(PackedData.MaxTotalBytes <= 0xFFFFFF, "the most the string heap holds");
    }

    [Fact]
    public void A_group_share_changes_only_when_the_group_count_crosses_a_step()
    {
        Assert.Equal(PackedData.GroupShare(PackedData.DefaultTotalBytes, 1), PackedData.GroupShare(PackedData.DefaultTotalBytes, PackedData.GroupCountStep));
        Assert.Equal(PackedData.GroupShare(PackedData.DefaultTotalBytes, 97), PackedData.GroupShare(PackedData.DefaultTotalBytes, 104));
        Assert.True(PackedData.GroupShare(PackedData.DefaultTotalBytes, 105) < PackedData.GroupShare(PackedData.DefaultTotalBytes, 104));
    }

    [Fact]
    public void Chunks_past_the_share_are_written_as_utf8_literals_with_the_same_bytes()
    {
        // 1,100 records make three chunks of 512; the share holds the first chunk only.
        string Record(int i) => "record " + i + " \u2019\u00E9\U0001F600";
        byte[] firstChunk = ChunkBytes(Enumerable.Range(0, 512).Select(Record));
        var writer = new CodeWriter();

        FactListCode.WriteChunks(writer, "RecordData", 1_100, Record, new PackedData(PackedData.HeapBytes(firstChunk.Length)), u8Literals: true, switchExpressions: true);

        // With more than one chunk, a packed chunk is a method of its own, so a first read copies out that chunk only.
        string code = writer.ToString();
        Assert.Contains("0 => RecordData0(),", code, StringComparison.Ordinal);
        Assert.Contains("private static global::System.ReadOnlySpan<byte> RecordData0() => global::FactCatalog.Storage.PackedBytes.Of(\"", code, StringComparison.Ordinal);
        Assert.Equal(new[] { "packed", "u8", "u8" }, GeneratedData.Forms(code).OrderBy(f => f, StringComparer.Ordinal));
        IEnumerable<string> expected = Enumerable.Range(0, 3).Select(chunk =>
            Encoding.UTF8.GetString(ChunkBytes(Enumerable.Range(chunk * 512, Math.Min(512, 1_100 - (chunk * 512))).Select(Record))));
        Assert.Equal(expected.OrderBy(c => c, StringComparer.Ordinal), GeneratedData.Chunks(code).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Empty(CSharpSyntaxTree.ParseText("class C {\n" + code + "\n}").GetDiagnostics());
    }

    [Fact]
    public void Before_csharp_11_chunks_past_the_share_are_byte_arrays()
    {
        var writer = new CodeWriter();

        FactListCode.WriteChunks(writer, "IdData", 600, i => "id-" + i, new PackedData(0), u8Literals: false, switchExpressions: false);

        string code = writer.ToString();
        Assert.DoesNotContain("PackedBytes", code);
        Assert.Contains("new byte[] {", code);
    }

    /// <summary><c>global::FactCatalog.Storage.PackedBytes.Of("...", length)</c> for <paramref name="data"/>, as the generator writes it.</summary>
    private static string Expression(byte[] data)
    {
        var writer = new CodeWriter().Write(PackedData.Prefix);
        var text = new PackedText(writer);
        text.Add(data, data.Length);
        text.Finish();
        return writer.Write(PackedData.Suffix(data.Length)).ToString();
    }

    /// <summary>Every pair of byte values once: each 16-bit character the packing can meet.</summary>
    private static byte[] EveryPair() =>
        Enumerable.Range(0, 256 * 256).SelectMany(i => new[] { (byte)i, (byte)(i >> 8) }).ToArray();

    /// <summary>The bytes a <c>PackedBytes.Of("...", n)</c> call holds, read through the compiler's own reading of the literal.</summary>
    private static byte[] Decode(string expression)
    {
        var call = (InvocationExpressionSyntax)SyntaxFactory.ParseExpression(expression);
        Assert.Empty(call.GetDiagnostics());
        return GeneratedData.Bytes(call) ?? throw new InvalidOperationException("Not a packed literal: " + expression[..Math.Min(80, expression.Length)]);
    }

    private static byte[] ChunkBytes(IEnumerable<string> records)
    {
        var chunk = new RecordWriter();
        foreach (string record in records)
        {
            chunk.Text(record);
        }
        return Encoding.UTF8.GetBytes(chunk.ToString());
    }
}
