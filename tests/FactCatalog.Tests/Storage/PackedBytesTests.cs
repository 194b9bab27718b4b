using System;
using FactCatalog.Storage;
using Xunit;

namespace FactCatalog.Tests.Storage;

/// <summary>Data generated code writes as a string literal, two bytes to a character, read back as bytes.</summary>
public class PackedBytesTests
{
    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x41 })]
    [InlineData(new byte[] { 0x31, 0x32, 0x3A })]
    [InlineData(new byte[] { 0x00, 0xFF, 0xD8, 0x00, 0xE2, 0x80, 0x99, 0x0A })]
    public void The_bytes_come_back_in_order_for_even_and_odd_lengths(byte[] bytes)
    {
        string packed = Pack(bytes);

        Assert.Equal(bytes, PackedBytes.Of(packed, bytes.Length).ToArray());
    }

    [Fact]
    public void Every_pair_of_byte_values_comes_back()
    {
        var bytes = new byte[2 * 256 * 256];
        for (int i = 0; i < 256 * 256; i++)
        {
            bytes[2 * i] = (byte)i;
            bytes[(2 * i) + 1] = (byte)(i >> 8);
        }

        Assert.Equal(bytes, PackedBytes.Of(Pack(bytes), bytes.Length).ToArray());
    }

    [Fact]
    public void The_copy_a_big_endian_machine_reads_has_the_first_byte_low_as_well()
    {
        // The big-endian path cannot run here; its copy is built by the same rule the little-endian view reads.
        var bytes = new byte[] { 0x34, 0x3A, 0x61, 0xE2, 0x80 };

        Assert.Equal(new byte[] { 0x34, 0x3A, 0x61, 0xE2, 0x80, 0x00 }, PackedBytes.Unpack(Pack(bytes)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void A_length_past_the_packed_characters_is_refused(int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PackedBytes.Of("ab", length).Length);

    [Fact]
    public void A_null_literal_is_refused() => Assert.Throws<ArgumentNullException>(() => PackedBytes.Of(null!, 0).Length);

    /// <summary>The bytes as the generator packs them: each pair one character, the first byte low.</summary>
    internal static string Pack(byte[] bytes)
    {
        var chars = new char[(bytes.Length + 1) / 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i / 2] |= (char)(bytes[i] << (i % 2 == 0 ? 0 : 8));
        }
        return new string(chars);
    }
}
