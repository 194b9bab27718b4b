using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactCatalog.Storage
{
    /// <summary>
    /// Catalogue data that generated code writes as a string literal, two bytes to a character (the first byte low),
    /// and reads back in place as bytes. A string literal costs the compiler one node, where a <c>"..."u8</c> literal
    /// costs one per byte: a third of compiling a large catalogue, and most of its memory. String literals share the
    /// assembly's 16 MB string heap with the project's own strings, so the generator writes only part of a large
    /// catalogue this way and the rest as UTF-8 literals. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class PackedBytes
    {
        /// <summary>The first <paramref name="length"/> bytes packed into <paramref name="packed"/>.</summary>
        /// <param name="packed">Two bytes to a character, the first in its low eight bits.</param>
        /// <param name="length">How many bytes there are: twice the characters, or one less when the last character holds one.</param>
        /// <returns>The bytes, read in place on a little-endian machine.</returns>
        public static ReadOnlySpan<byte> Of(string packed, int length)
        {
            if (packed is null)
            {
                throw new ArgumentNullException(nameof(packed));
            }
            if (length < 0 || length > packed.Length * 2)
            {
                throw new ArgumentOutOfRangeException(nameof(length));
            }

            return BitConverter.IsLittleEndian
                ? MemoryMarshal.AsBytes(packed.AsSpan()).Slice(0, length)
                : new ReadOnlySpan<byte>(BigEndian.Copies.GetValue(packed, Unpack), 0, length);
        }

        /// <summary>Every byte packed into <paramref name="packed"/>, in order, whatever the machine's byte order.</summary>
        internal static byte[] Unpack(string packed)
        {
            var bytes = new byte[packed.Length * 2];
            for (int i = 0; i < packed.Length; i++)
            {
                bytes[2 * i] = (byte)packed[i];
                bytes[(2 * i) + 1] = (byte)(packed[i] >> 8);
            }

            return bytes;
        }

        // A big-endian machine stores each character's high byte first: the bytes are copied once, in order, per literal.
        // In a class of its own, so that a little-endian machine never creates the table (PackedBytes has no static
        // constructor to run on the first fact's path).
        private static class BigEndian
        {
            public static readonly ConditionalWeakTable<string, byte[]> Copies = new ConditionalWeakTable<string, byte[]>();
        }
    }
}
