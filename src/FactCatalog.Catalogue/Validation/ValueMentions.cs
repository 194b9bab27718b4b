using System;

namespace FactCatalog.Catalogue.Validation;

/// <summary>
/// Decides whether a claim's value is literally stated in its quote (FC0009). Generous where a reader would
/// agree ("10,000", "10 000", "ten thousand" and "10 thousand" all state 10000; "half" states 50 percent),
/// strict where the quote states a different number (500 is not in "5000", 10000 not in "100000").
/// Quotes arrive normalised (NFC, straight quotes, '-' for dashes, single spaces). Never throws, and reads
/// each quote in one pass without regular expressions.
/// </summary>
internal static class ValueMentions
{
    /// <summary>How far a fraction word may be from a percent: "a third" states 33.3 or 33 percent.</summary>
    private const double FractionPercentTolerance = 0.5;

    /// <summary>How far, relatively, a fraction word may be from a number: "a third" states 0.333.</summary>
    private const double FractionRelativeTolerance = 0.01;

    /// <summary>Only rounding error separates equal numbers read from YAML and from the quote.</summary>
    private const double ExactRelativeTolerance = 1e-9;

    /// <summary>For count, integer and year values: digits, grouped digits, scaled digits, number words, ordinals.</summary>
    public static bool IsIntegerStated(long value, string quote)
    {
        if (string.IsNullOrEmpty(quote))
        {
            return false;
        }

        foreach (NumberMention mention in NumberMentions.Find(quote))
        {
            if (!mention.IsFraction && mention.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For number and percent values (a percent of 50 means 50 %). The percent sign or word is not required:
    /// "6.5" states 6.5 percent. Fraction words count as their share: "half" is 0.5, or 50 percent.
    /// </summary>
    public static bool IsNumberStated(double value, string quote, bool isPercent)
    {
        if (string.IsNullOrEmpty(quote) || double.IsNaN(value) || double.IsInfinity(value))
        {
            return false;
        }

        foreach (NumberMention mention in NumberMentions.Find(quote))
        {
            double stated = (double)mention.Value;
            if (mention.IsFraction)
            {
                double share = isPercent ? stated * 100 : stated;
                double tolerance = isPercent ? FractionPercentTolerance : FractionRelativeTolerance * Math.Abs(share);
                if (Math.Abs(value - share) <= tolerance)
                {
                    return true;
                }
            }
            else if (Math.Abs(value - stated) <= ExactRelativeTolerance * Math.Max(1, Math.Abs(value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For date values of year, year-month or year-month-day precision (<paramref name="day"/> is ignored
    /// without a <paramref name="month"/>).
    /// </summary>
    public static bool IsDateStated(int year, int? month, int? day, string quote) =>
        !string.IsNullOrEmpty(quote) && DateMentions.IsStated(year, month, day, quote);

    /// <summary>For text values: the value occurs in the quote, ignoring case, on word boundaries.</summary>
    public static bool IsTextStated(string value, string quote) =>
        !string.IsNullOrEmpty(value) && !string.IsNullOrEmpty(quote) && TextMentions.IsStated(value, quote);
}
