using System;
using System.Globalization;

namespace FactCatalog
{
    /// <summary>Writes claimed values for people, the same way in every culture: <c>about 10,000 troops</c>.</summary>
    internal static class ValueFormatter
    {
        /// <summary>The value with its bound and unit, such as <c>about 10,000 troops</c> or <c>2024-06</c>.</summary>
        public static string Describe(ClaimBound bound, object value, string? unit, FactValueType? type)
        {
            string text = BoundWords(bound) + (type == FactValueType.Year ? Convert.ToString(value, CultureInfo.InvariantCulture) : Format(value));
            return unit is null ? text : text + " " + unit;
        }

        /// <summary>
        /// Whole numbers with thousands separators (<c>10,000</c>), real numbers in their shortest round-trip
        /// form (<c>12.5</c>), dates as <c>yyyy[-MM[-dd]]</c>, booleans as <c>true</c>/<c>false</c>, text as is.
        /// </summary>
        public static string Format(object value)
        {
            CultureInfo invariant = CultureInfo.InvariantCulture;
            return value switch
            {
                string text => text,
                bool flag => flag ? "true" : "false",
                FactDate date => date.ToString(),
                double number => number.ToString("R", invariant),
                float number => number.ToString("R", invariant),
                int or long or short or sbyte or uint or ulong or ushort or byte => ((IFormattable)value).ToString("N0", invariant),
                IFormattable formattable => formattable.ToString(null, invariant),
                _ => value.ToString() ?? string.Empty,
            };
        }

        private static string BoundWords(ClaimBound bound) => bound switch
        {
            ClaimBound.About => "about ",
            ClaimBound.AtLeast => "at least ",
            ClaimBound.AtMost => "at most ",
            ClaimBound.MoreThan => "more than ",
            _ => string.Empty,
        };
    }
}
