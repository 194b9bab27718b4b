using System;
using System.Globalization;

namespace FactCatalog.Storage
{
    /// <summary>
    /// Reads the fields of one record, in the order they were written. A text field is its UTF-8 byte count in
    /// decimal, a colon and the bytes (<c>5:troop</c>), or <c>~</c> for null: length-prefixed, so no character of
    /// the text needs escaping. A number field is decimal digits ended by a comma (<c>42,</c>).
    /// </summary>
    internal ref struct RecordReader
    {
        private readonly ReadOnlySpan<byte> _record;
        private int _position;

        public RecordReader(ReadOnlySpan<byte> record)
        {
            _record = record;
            _position = 0;
        }

        public bool AtEnd => _position == _record.Length;

        public string Text() => NullableText() ?? throw Corrupt("a text");

        public string? NullableText()
        {
            if (Peek() == (byte)'~')
            {
                _position++;
                return null;
            }

            return Utf8Text.Decode(Field());
        }

        /// <summary>The bytes of the next text field (not null).</summary>
        public ReadOnlySpan<byte> Field()
        {
            int length = Digits((byte)':');
            if (length > _record.Length - _position)
            {
                throw Corrupt("a text of " + length.ToString(CultureInfo.InvariantCulture) + " bytes");
            }

            ReadOnlySpan<byte> field = _record.Slice(_position, length);
            _position += length;
            return field;
        }

        /// <summary>Moves past the next text field without decoding it.</summary>
        public void Skip() => Field();

        public int Number() => Digits((byte)',');

        public bool Flag() => Number() != 0;

        private int Digits(byte end)
        {
            int value = 0;
            bool any = false;
            while (_position < _record.Length)
            {
                byte b = _record[_position++];
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

        private byte Peek() => _position < _record.Length ? _record[_position] : throw Corrupt("a field");

        private FormatException Corrupt(string expected) => new FormatException(
            "The catalogue data compiled into this assembly is damaged: expected " + expected + " at byte "
            + _position.ToString(CultureInfo.InvariantCulture) + " of a record. Rebuild the project with the FactCatalog generator that goes with this runtime.");
    }
}
