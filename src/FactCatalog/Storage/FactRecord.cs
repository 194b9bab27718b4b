using System;
using System.Collections.Generic;
using System.Globalization;

namespace FactCatalog.Storage
{
    /// <summary>
    /// Builds a <see cref="Fact{T}"/> from its record: id, statement, type, unit, tags, status, the answering claim's
    /// id, then each claim with its value and citation. The value type decides <c>T</c>, as the generated typed
    /// members do: count and year are <see cref="int"/>, integer <see cref="long"/>, number and percent
    /// <see cref="double"/> (written as its IEEE bits, so it equals the generated constant exactly), date
    /// <see cref="FactDate"/>, boolean <see cref="bool"/> and text <see cref="string"/>.
    /// </summary>
    internal static class FactRecord
    {
        public static Fact Read(ReadOnlySpan<byte> record, Func<int, Source> sourceAt)
        {
            var reader = new RecordReader(record);
            string id = reader.Text();
            string statement = reader.Text();
            FactValueType type = EnumText.ValueType(reader.Text());
            switch (type)
            {
                case FactValueType.Count:
                case FactValueType.Year:
                    return Read(ref reader, id, statement, type, sourceAt, text => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                case FactValueType.Integer:
                    return Read(ref reader, id, statement, type, sourceAt, text => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                case FactValueType.Number:
                case FactValueType.Percent:
                    return Read(ref reader, id, statement, type, sourceAt, text => BitConverter.Int64BitsToDouble(long.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
                case FactValueType.Date:
                    return Read(ref reader, id, statement, type, sourceAt, FactDate.Parse);
                case FactValueType.Boolean:
                    return Read(ref reader, id, statement, type, sourceAt, text => text == "true");
                default:
                    return Read(ref reader, id, statement, type, sourceAt, text => text);
            }
        }

        private static Fact<T> Read<T>(ref RecordReader reader, string id, string statement, FactValueType type, Func<int, Source> sourceAt, Func<string, T> value)
        {
            string? unit = reader.NullableText();
            string[] tags = new string[reader.Number()];
            for (int i = 0; i < tags.Length; i++)
            {
                tags[i] = reader.Text();
            }

            FactStatus status = EnumText.Status(reader.Text());
            string? answering = reader.NullableText();
            var claims = new Claim<T>[reader.Number()];
            for (int i = 0; i < claims.Length; i++)
            {
                claims[i] = ReadClaim(ref reader, sourceAt, value);
            }

            if (!reader.AtEnd)
            {
                throw new FormatException("The catalogue data compiled into this assembly is damaged: fact '" + id + "' has bytes past its last claim.");
            }

            return new Fact<T>(id, statement, type, unit, tags, status, claims, answering);
        }

        private static Claim<T> ReadClaim<T>(ref RecordReader reader, Func<int, Source> sourceAt, Func<string, T> value)
        {
            T claimed = value(reader.Text());
            string id = reader.Text();
            string claimant = reader.Text();
            ClaimRank rank = EnumText.Rank(reader.Text());
            string? reason = reader.NullableText();
            ClaimBound bound = EnumText.Bound(reader.Text());
            string? unit = reader.NullableText();
            FactDate? asOf = Date(reader.NullableText());
            bool derived = reader.Flag();
            string? note = reader.NullableText();
            // Asserts, the default, is stored as no text: most claims assert, and the record stays as small as before.
            ClaimStance stance = reader.NullableText() is string stanceWord ? EnumText.Stance(stanceWord) : ClaimStance.Asserts;
            string? yearFrom = reader.NullableText();
            string? curatorNote = reader.NullableText();
            Source source = sourceAt(reader.Number());
            string quote = reader.Text();
            var citation = new Citation(source, quote, reader.Number(), reader.Number(), reader.Number(), reader.Number());
            return new Claim<T>(claimed, id, claimant, rank, reason, bound, unit, asOf, derived, note, citation)
            {
                Stance = stance,
                YearFrom = yearFrom,
                CuratorNote = curatorNote,
            };
        }

        internal static FactDate? Date(string? text) => text is null ? null : FactDate.Parse(text);
    }
}
