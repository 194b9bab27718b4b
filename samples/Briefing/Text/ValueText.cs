using System;
using System.Globalization;
using FactCatalog;

namespace Briefing.Text;

/// <summary>Claimed values in words, the same in every culture: <c>about 10,000 troops, as of 2024-10-28</c>.</summary>
internal static class ValueText
{
    /// <summary>
    /// The claim's value with its bound, unit and as-of date, whether it is derived rather than stated, and the
    /// claimant's stance when it is not a plain assertion.
    /// </summary>
    public static string Describe(Fact fact, Claim claim)
    {
        string text = BoundWords(claim.Bound) + Format(fact.Type, claim.BoxedValue) + UnitText(fact.Type, claim.Unit ?? fact.Unit, claim.BoxedValue);
        if (claim.AsOf is FactDate asOf)
        {
            text += ", as of " + asOf.ToString();
        }
        if (claim.Derived)
        {
            text += " (derived)";
        }
        return claim.Stance switch
        {
            ClaimStance.Denies => text + " (denies)",
            ClaimStance.Declines => "declines to confirm or deny: " + text,
            _ => text,
        };
    }

    /// <summary>The value type and unit in words, such as <c>count, in troops</c>.</summary>
    public static string Kind(Fact fact) =>
        fact.Type.ToString().ToLowerInvariant() + (fact.Unit is null ? string.Empty : ", in " + fact.Unit);

    private static string Format(FactValueType type, object value)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        return value switch
        {
            bool flag => flag ? "yes" : "no",
            int year when type == FactValueType.Year => year.ToString("D", invariant),
            int or long => ((IFormattable)value).ToString("N0", invariant),
            double number => number.ToString("R", invariant),
            _ => Convert.ToString(value, invariant) ?? string.Empty,
        };
    }

    /// <summary>
    /// The unit after the value: catalogue units are plural, so a one-word unit of a value of one loses its
    /// <c>s</c> (<c>1 division</c>); a percentage without a unit gets <c>%</c>.
    /// </summary>
    private static string UnitText(FactValueType type, string? unit, object value)
    {
        if (unit is null)
        {
            return type == FactValueType.Percent ? "%" : string.Empty;
        }
        bool one = value is 1 or 1L;
        return one && unit.Length > 2 && unit.EndsWith('s') && !unit.EndsWith("ss", StringComparison.Ordinal) && !unit.Contains(' ')
            ? " " + unit[..^1]
            : " " + unit;
    }

    /// <summary>A date as a reader writes it: <c>2024</c>, <c>June 2024</c> or <c>26 July 2024</c>.</summary>
    public static string Prose(FactDate date)
    {
        DateTimeFormatInfo names = CultureInfo.InvariantCulture.DateTimeFormat;
        string year = date.Year.ToString("D", CultureInfo.InvariantCulture);
        return date.Month is int month
            ? (date.Day is int day ? day.ToString(CultureInfo.InvariantCulture) + " " : string.Empty) + names.GetMonthName(month) + " " + year
            : year;
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
