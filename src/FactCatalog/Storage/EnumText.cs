using System;

namespace FactCatalog.Storage
{
    /// <summary>Enum members as records name them (the member name), read without reflection.</summary>
    internal static class EnumText
    {
        public static FactValueType ValueType(string name) => name switch
        {
            "Count" => FactValueType.Count,
            "Integer" => FactValueType.Integer,
            "Number" => FactValueType.Number,
            "Percent" => FactValueType.Percent,
            "Date" => FactValueType.Date,
            "Year" => FactValueType.Year,
            "Text" => FactValueType.Text,
            "Boolean" => FactValueType.Boolean,
            _ => throw Unknown(nameof(FactValueType), name),
        };

        public static FactStatus Status(string name) => name switch
        {
            "Consistent" => FactStatus.Consistent,
            "Resolved" => FactStatus.Resolved,
            "Disputed" => FactStatus.Disputed,
            "Unsupported" => FactStatus.Unsupported,
            _ => throw Unknown(nameof(FactStatus), name),
        };

        public static ClaimRank Rank(string name) => name switch
        {
            "Normal" => ClaimRank.Normal,
            "Preferred" => ClaimRank.Preferred,
            "Deprecated" => ClaimRank.Deprecated,
            _ => throw Unknown(nameof(ClaimRank), name),
        };

        public static ClaimBound Bound(string name) => name switch
        {
            "Exact" => ClaimBound.Exact,
            "About" => ClaimBound.About,
            "AtLeast" => ClaimBound.AtLeast,
            "AtMost" => ClaimBound.AtMost,
            "MoreThan" => ClaimBound.MoreThan,
            _ => throw Unknown(nameof(ClaimBound), name),
        };

        public static SourceTranslation Translation(string name) => name switch
        {
            "None" => SourceTranslation.None,
            "Human" => SourceTranslation.Human,
            "Machine" => SourceTranslation.Machine,
            _ => throw Unknown(nameof(SourceTranslation), name),
        };

        private static FormatException Unknown(string type, string name) => new FormatException(
            "The catalogue data compiled into this assembly names " + type + " '" + name
            + "', which this runtime does not know. Use the FactCatalog runtime that goes with the generator.");
    }
}
