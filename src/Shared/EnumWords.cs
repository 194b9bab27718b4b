// One vocabulary for the enums that cross from the generator to compiled code: the words the catalogue's records
// and manifest store them as, the member names. This file is compiled into the generator (writing records and the
// manifest, reading the manifest) and the tool. The runtime library reads the words in records with its own
// Storage/EnumText.cs, which names its enums' members with nameof in one method (no word lists to set up on the way
// to a program's first fact); the round-trip tests write every member of every enum here and read it back there,
// and check that both sides' enums have the same member names.
#nullable enable
using System;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Generator.Model
{
    /// <summary>The words records and manifests store enum values as: the member names, read back without reflection.</summary>
    internal static class EnumWords
    {
        public static string Of(FactValueType value) => value switch
        {
            FactValueType.Count => "Count",
            FactValueType.Integer => "Integer",
            FactValueType.Number => "Number",
            FactValueType.Percent => "Percent",
            FactValueType.Date => "Date",
            FactValueType.Year => "Year",
            FactValueType.Text => "Text",
            FactValueType.Boolean => "Boolean",
            _ => throw Unnamed(value),
        };

        public static string Of(FactStatus value) => value switch
        {
            FactStatus.Consistent => "Consistent",
            FactStatus.Resolved => "Resolved",
            FactStatus.Disputed => "Disputed",
            FactStatus.Unsupported => "Unsupported",
            _ => throw Unnamed(value),
        };

        public static string Of(ClaimRank value) => value switch
        {
            ClaimRank.Normal => "Normal",
            ClaimRank.Preferred => "Preferred",
            ClaimRank.Deprecated => "Deprecated",
            _ => throw Unnamed(value),
        };

        public static string Of(ClaimBound value) => value switch
        {
            ClaimBound.Exact => "Exact",
            ClaimBound.About => "About",
            ClaimBound.AtLeast => "AtLeast",
            ClaimBound.AtMost => "AtMost",
            ClaimBound.MoreThan => "MoreThan",
            _ => throw Unnamed(value),
        };

        public static string Of(ClaimStance value) => value switch
        {
            ClaimStance.Asserts => "Asserts",
            ClaimStance.Denies => "Denies",
            ClaimStance.Declines => "Declines",
            _ => throw Unnamed(value),
        };

        public static string Of(SourceTranslation value) => value switch
        {
            SourceTranslation.None => "None",
            SourceTranslation.Human => "Human",
            SourceTranslation.Machine => "Machine",
            _ => throw Unnamed(value),
        };

        /// <summary>The value type named <paramref name="word"/> (in any letter case), or null.</summary>
        public static FactValueType? ValueType(string word)
        {
            foreach (FactValueType value in ValueTypes)
            {
                if (Is(Of(value), word)) return value;
            }
            return null;
        }

        public static FactStatus? Status(string word)
        {
            foreach (FactStatus value in Statuses)
            {
                if (Is(Of(value), word)) return value;
            }
            return null;
        }

        public static ClaimRank? Rank(string word)
        {
            foreach (ClaimRank value in Ranks)
            {
                if (Is(Of(value), word)) return value;
            }
            return null;
        }

        public static ClaimBound? Bound(string word)
        {
            foreach (ClaimBound value in Bounds)
            {
                if (Is(Of(value), word)) return value;
            }
            return null;
        }

        public static ClaimStance? Stance(string word)
        {
            foreach (ClaimStance value in Stances)
            {
                if (Is(Of(value), word)) return value;
            }
            return null;
        }

        public static SourceTranslation? Translation(string word)
        {
            foreach (SourceTranslation value in Translations)
            {
                if (Is(Of(value), word)) return value;
            }
            return null;
        }

        // Every member, listed rather than reflected (no Enum.GetValues on the runtime's read path).
        public static readonly FactValueType[] ValueTypes =
        {
            FactValueType.Count, FactValueType.Integer, FactValueType.Number, FactValueType.Percent,
            FactValueType.Date, FactValueType.Year, FactValueType.Text, FactValueType.Boolean,
        };

        public static readonly FactStatus[] Statuses = { FactStatus.Consistent, FactStatus.Resolved, FactStatus.Disputed, FactStatus.Unsupported };

        public static readonly ClaimRank[] Ranks = { ClaimRank.Normal, ClaimRank.Preferred, ClaimRank.Deprecated };

        public static readonly ClaimBound[] Bounds = { ClaimBound.Exact, ClaimBound.About, ClaimBound.AtLeast, ClaimBound.AtMost, ClaimBound.MoreThan };

        public static readonly ClaimStance[] Stances = { ClaimStance.Asserts, ClaimStance.Denies, ClaimStance.Declines };

        public static readonly SourceTranslation[] Translations = { SourceTranslation.None, SourceTranslation.Human, SourceTranslation.Machine };

        private static bool Is(string word, string text) => string.Equals(word, text, StringComparison.OrdinalIgnoreCase);

        private static ArgumentOutOfRangeException Unnamed(object value) =>
            new ArgumentOutOfRangeException(nameof(value), value, "This value has no word in the catalogue's vocabulary.");
    }
}
