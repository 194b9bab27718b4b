using System;

namespace FactCatalog.Storage
{
    /// <summary>
    /// Enum values from the words records store them as (the generator's <c>EnumWords</c>: the member names, read in
    /// any letter case); an unknown word is damaged data. One method for every enum, with the words written out
    /// (as <c>nameof</c> the members) rather than looked up in word lists: reading the first fact of a program calls
    /// it for four enums, and under the JIT each method first called costs start-up time (a lookup per enum, with its
    /// nullable result and the lists' static constructor, compiled 32 methods). The record round-trip tests read
    /// every member of every enum back from records the generator wrote.
    /// </summary>
    internal static class EnumText
    {
        public const int ValueType = 0;
        public const int Status = 1;
        public const int Rank = 2;
        public const int Bound = 3;
        public const int Stance = 4;
        public const int Translation = 5;

        /// <summary>The value (as its number) of <paramref name="word"/> in the enum <paramref name="kind"/> names.</summary>
        /// <exception cref="FormatException">The enum has no member of that name.</exception>
        public static int Value(int kind, string word)
        {
            const StringComparison Case = StringComparison.OrdinalIgnoreCase;
            switch (kind)
            {
                case ValueType:
                    if (string.Equals(word, nameof(FactValueType.Count), Case)) return (int)FactValueType.Count;
                    if (string.Equals(word, nameof(FactValueType.Integer), Case)) return (int)FactValueType.Integer;
                    if (string.Equals(word, nameof(FactValueType.Number), Case)) return (int)FactValueType.Number;
                    if (string.Equals(word, nameof(FactValueType.Percent), Case)) return (int)FactValueType.Percent;
                    if (string.Equals(word, nameof(FactValueType.Date), Case)) return (int)FactValueType.Date;
                    if (string.Equals(word, nameof(FactValueType.Year), Case)) return (int)FactValueType.Year;
                    if (string.Equals(word, nameof(FactValueType.Text), Case)) return (int)FactValueType.Text;
                    if (string.Equals(word, nameof(FactValueType.Boolean), Case)) return (int)FactValueType.Boolean;
                    throw Unknown(nameof(FactValueType), word);
                case Status:
                    if (string.Equals(word, nameof(FactStatus.Consistent), Case)) return (int)FactStatus.Consistent;
                    if (string.Equals(word, nameof(FactStatus.Resolved), Case)) return (int)FactStatus.Resolved;
                    if (string.Equals(word, nameof(FactStatus.Disputed), Case)) return (int)FactStatus.Disputed;
                    if (string.Equals(word, nameof(FactStatus.Unsupported), Case)) return (int)FactStatus.Unsupported;
                    throw Unknown(nameof(FactStatus), word);
                case Rank:
                    if (string.Equals(word, nameof(ClaimRank.Normal), Case)) return (int)ClaimRank.Normal;
                    if (string.Equals(word, nameof(ClaimRank.Preferred), Case)) return (int)ClaimRank.Preferred;
                    if (string.Equals(word, nameof(ClaimRank.Deprecated), Case)) return (int)ClaimRank.Deprecated;
                    throw Unknown(nameof(ClaimRank), word);
                case Bound:
                    if (string.Equals(word, nameof(ClaimBound.Exact), Case)) return (int)ClaimBound.Exact;
                    if (string.Equals(word, nameof(ClaimBound.About), Case)) return (int)ClaimBound.About;
                    if (string.Equals(word, nameof(ClaimBound.AtLeast), Case)) return (int)ClaimBound.AtLeast;
                    if (string.Equals(word, nameof(ClaimBound.AtMost), Case)) return (int)ClaimBound.AtMost;
                    if (string.Equals(word, nameof(ClaimBound.MoreThan), Case)) return (int)ClaimBound.MoreThan;
                    throw Unknown(nameof(ClaimBound), word);
                case Stance:
                    if (string.Equals(word, nameof(ClaimStance.Asserts), Case)) return (int)ClaimStance.Asserts;
                    if (string.Equals(word, nameof(ClaimStance.Denies), Case)) return (int)ClaimStance.Denies;
                    if (string.Equals(word, nameof(ClaimStance.Declines), Case)) return (int)ClaimStance.Declines;
                    throw Unknown(nameof(ClaimStance), word);
                case Translation:
                    if (string.Equals(word, nameof(SourceTranslation.None), Case)) return (int)SourceTranslation.None;
                    if (string.Equals(word, nameof(SourceTranslation.Human), Case)) return (int)SourceTranslation.Human;
                    if (string.Equals(word, nameof(SourceTranslation.Machine), Case)) return (int)SourceTranslation.Machine;
                    throw Unknown(nameof(SourceTranslation), word);
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        private static FormatException Unknown(string type, string name) => new FormatException(
            "The catalogue data compiled into this assembly names " + type + " '" + name
            + "', which this runtime does not know. Use the FactCatalog runtime that goes with the generator.");
    }
}
