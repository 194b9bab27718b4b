using System;
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
    /// <remarks>
    /// One straight-line method, with a switch on the value type where the claim's value and the typed objects are
    /// made: no generic method, lambda or helper per field. This is the way to a program's first fact, and under the
    /// JIT every method first called there costs start-up time, far more than the size of one method does.
    /// </remarks>
    internal static class FactRecord
    {
        /// <summary>The fact in <paramref name="record"/>; its claims' sources come from <paramref name="sourceAt"/>, or else are <paramref name="sources"/> at <paramref name="sourceIndexes"/>.</summary>
        public static Fact Read(ReadOnlySpan<byte> record, Func<int, Source>? sourceAt, SourceTable? sources, int[]? sourceIndexes)
        {
            var reader = new RecordReader(record);
            string id = reader.Text(nullable: false)!;
            string statement = reader.Text(nullable: false)!;
            var type = (FactValueType)EnumText.Value(EnumText.ValueType, reader.Text(nullable: false)!);
            string? unit = reader.Text(nullable: true);
            string[] tags = new string[reader.Number()];
            for (int i = 0; i < tags.Length; i++)
            {
                tags[i] = reader.Text(nullable: false)!;
            }

            var status = (FactStatus)EnumText.Value(EnumText.Status, reader.Text(nullable: false)!);
            string? answering = reader.Text(nullable: true);
            int count = reader.Number();

            // The claims, typed as the fact is; arrays of claims are covariant, so one array serves every type here.
            Claim[] claims = type switch
            {
                FactValueType.Count or FactValueType.Year => new Claim<int>[count],
                FactValueType.Integer => new Claim<long>[count],
                FactValueType.Number or FactValueType.Percent => new Claim<double>[count],
                FactValueType.Date => new Claim<FactDate>[count],
                FactValueType.Boolean => new Claim<bool>[count],
                _ => new Claim<string>[count],
            };
            for (int i = 0; i < claims.Length; i++)
            {
                // The value is parsed first, as it is read, so damaged data fails where it is.
                string valueText = reader.Text(nullable: false)!;
                long whole = 0;
                double number = 0;
                FactDate date = default;
                switch (type)
                {
                    case FactValueType.Count:
                    case FactValueType.Year:
                        whole = int.Parse(valueText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                        break;
                    case FactValueType.Integer:
                        whole = long.Parse(valueText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                        break;
                    case FactValueType.Number:
                    case FactValueType.Percent:
                        number = BitConverter.Int64BitsToDouble(long.Parse(valueText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                        break;
                    case FactValueType.Date:
                        date = FactDate.Parse(valueText);
                        break;
                }

                string claimId = reader.Text(nullable: false)!;
                string claimant = reader.Text(nullable: false)!;
                var rank = (ClaimRank)EnumText.Value(EnumText.Rank, reader.Text(nullable: false)!);
                string? reason = reader.Text(nullable: true);
                var bound = (ClaimBound)EnumText.Value(EnumText.Bound, reader.Text(nullable: false)!);
                string? claimUnit = reader.Text(nullable: true);
                string? asOfText = reader.Text(nullable: true);
                FactDate? asOf = asOfText is null ? null : FactDate.Parse(asOfText);
                bool derived = reader.Number() != 0;
                string? note = reader.Text(nullable: true);
                // Asserts, the default, is stored as no text: most claims assert, and the record stays as small as before.
                string? stanceWord = reader.Text(nullable: true);
                var stance = stanceWord is null ? ClaimStance.Asserts : (ClaimStance)EnumText.Value(EnumText.Stance, stanceWord);
                string? yearFrom = reader.Text(nullable: true);
                string? curatorNote = reader.Text(nullable: true);
                int cited = reader.Number();
                Source source = sourceAt is not null
                    ? sourceAt(cited)
                    : sources![cited < sourceIndexes!.Length ? sourceIndexes[cited] : throw new ArgumentOutOfRangeException("index")];
                string quote = reader.Text(nullable: false)!;
                var citation = new Citation(source, quote, reader.Number(), reader.Number(), reader.Number(), reader.Number());
                switch (type)
                {
                    case FactValueType.Count:
                    case FactValueType.Year:
                        claims[i] = new Claim<int>((int)whole, claimId, claimant, rank, reason, bound, claimUnit, asOf, derived, note, citation, stance, yearFrom, curatorNote);
                        break;
                    case FactValueType.Integer:
                        claims[i] = new Claim<long>(whole, claimId, claimant, rank, reason, bound, claimUnit, asOf, derived, note, citation, stance, yearFrom, curatorNote);
                        break;
                    case FactValueType.Number:
                    case FactValueType.Percent:
                        claims[i] = new Claim<double>(number, claimId, claimant, rank, reason, bound, claimUnit, asOf, derived, note, citation, stance, yearFrom, curatorNote);
                        break;
                    case FactValueType.Date:
                        claims[i] = new Claim<FactDate>(date, claimId, claimant, rank, reason, bound, claimUnit, asOf, derived, note, citation, stance, yearFrom, curatorNote);
                        break;
                    case FactValueType.Boolean:
                        claims[i] = new Claim<bool>(valueText == "true", claimId, claimant, rank, reason, bound, claimUnit, asOf, derived, note, citation, stance, yearFrom, curatorNote);
                        break;
                    default:
                        claims[i] = new Claim<string>(valueText, claimId, claimant, rank, reason, bound, claimUnit, asOf, derived, note, citation, stance, yearFrom, curatorNote);
                        break;
                }
            }

            if (reader.Position != reader.Length)
            {
                throw new FormatException("The catalogue data compiled into this assembly is damaged: fact '" + id + "' has bytes past its last claim.");
            }

            switch (type)
            {
                case FactValueType.Count:
                case FactValueType.Year:
                    return new Fact<int>(id, statement, type, unit, tags, status, (Claim<int>[])claims, answering, Uncopied.Lists);
                case FactValueType.Integer:
                    return new Fact<long>(id, statement, type, unit, tags, status, (Claim<long>[])claims, answering, Uncopied.Lists);
                case FactValueType.Number:
                case FactValueType.Percent:
                    return new Fact<double>(id, statement, type, unit, tags, status, (Claim<double>[])claims, answering, Uncopied.Lists);
                case FactValueType.Date:
                    return new Fact<FactDate>(id, statement, type, unit, tags, status, (Claim<FactDate>[])claims, answering, Uncopied.Lists);
                case FactValueType.Boolean:
                    return new Fact<bool>(id, statement, type, unit, tags, status, (Claim<bool>[])claims, answering, Uncopied.Lists);
                default:
                    return new Fact<string>(id, statement, type, unit, tags, status, (Claim<string>[])claims, answering, Uncopied.Lists);
            }
        }
    }
}
