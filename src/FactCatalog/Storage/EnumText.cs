using System;

namespace FactCatalog.Storage
{
    /// <summary>Enum values from the words records store them as (<see cref="EnumWords"/>); an unknown word is damaged data.</summary>
    internal static class EnumText
    {
        public static FactValueType ValueType(string word) => EnumWords.ValueType(word) ?? throw Unknown(nameof(FactValueType), word);

        public static FactStatus Status(string word) => EnumWords.Status(word) ?? throw Unknown(nameof(FactStatus), word);

        public static ClaimRank Rank(string word) => EnumWords.Rank(word) ?? throw Unknown(nameof(ClaimRank), word);

        public static ClaimBound Bound(string word) => EnumWords.Bound(word) ?? throw Unknown(nameof(ClaimBound), word);

        public static ClaimStance Stance(string word) => EnumWords.Stance(word) ?? throw Unknown(nameof(ClaimStance), word);

        public static SourceTranslation Translation(string word) => EnumWords.Translation(word) ?? throw Unknown(nameof(SourceTranslation), word);

        private static FormatException Unknown(string type, string name) => new FormatException(
            "The catalogue data compiled into this assembly names " + type + " '" + name
            + "', which this runtime does not know. Use the FactCatalog runtime that goes with the generator.");
    }
}
