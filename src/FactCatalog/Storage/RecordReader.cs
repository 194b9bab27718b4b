using System;
using System.Globalization;
#if NET
using System.Text;
#endif

namespace FactCatalog.Storage
{
    /// <summary>
    /// Reads the fields of one record, in the order they were written. A text field is its UTF-8 byte count in
    /// decimal, a colon and the bytes (<c>5:troop</c>), or <c>~</c> for null: length-prefixed, so no character of
    /// the text needs escaping. A number field is decimal digits ended by a comma (<c>42,</c>).
    /// </summary>
    /// <remarks>
    /// Few methods on purpose: a program's first fact is read through them, and under the JIT each method first called
    /// costs start-up time, while a larger method costs little more than a small one. Callers compare <see cref="Position"/>
    /// with <see cref="Length"/> (fields) rather than call a property for the end of the record.
    /// </remarks>
    internal ref struct RecordReader
    {
        private readonly ReadOnlySpan<byte> _record;

        /// <summary>The next byte to read.</summary>
        public int Position;

        /// <summary>The record's length: the reader is at its end when <see cref="Position"/> reaches it.</summary>
        public readonly int Length;

        public RecordReader(ReadOnlySpan<byte> record)
        {
            _record = record;
            Position = 0;
            Length = record.Length;
        }

        /// <summary>The next text field; <c>~</c> (null) is damaged data unless <paramref name="nullable"/>.</summary>
        public string? Text(bool nullable)
        {
            if (Position >= _record.Length)
            {
                throw Corrupt("a field");
            }

            if (_record[Position] == (byte)'~')
            {
                Position++;
                return nullable ? null : throw Corrupt("a text");
            }

            ReadOnlySpan<byte> bytes = Field();
            if (bytes.IsEmpty)
            {
                return string.Empty;
            }
#if NET
            return Encoding.UTF8.GetString(bytes);
#else
            unsafe
            {
                fixed (byte* start = bytes)
                {
                    return System.Text.Encoding.UTF8.GetString(start, bytes.Length);
                }
            }
#endif
        }

        /// <summary>The bytes of the next text field (not null).</summary>
        public ReadOnlySpan<byte> Field()
        {
            int length = Number((byte)':');
            if (length > _record.Length - Position)
            {
                throw Corrupt("a text of " + length.ToString(CultureInfo.InvariantCulture) + " bytes");
            }

            ReadOnlySpan<byte> field = _record.Slice(Position, length);
            Position += length;
            return field;
        }

        /// <summary>The next number: decimal digits ended by <paramref name="end"/>, a comma for a number field.</summary>
        public int Number(byte end = (byte)',')
        {
            int value = 0;
            bool any = false;
            while (Position < _record.Length)
            {
                byte b = _record[Position++];
                if (b == end && any)
                {
                    return value;
                }

                if (b < (byte)'0' || b > (byte)'9' || value > (int.MaxValue - 9) / 10)
                {
                    break;
                }

                value = (value * 10) + (b - '0');
                any = true;
            }

            throw Corrupt("a number");
        }

        private FormatException Corrupt(string expected) => new FormatException(
            "The catalogue data compiled into this assembly is damaged: expected " + expected + " at byte "
            + Position.ToString(CultureInfo.InvariantCulture) + " of a record. Rebuild the project with the FactCatalog generator that goes with this runtime.");
    }
}
