using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactCatalog.Catalogue.Validation;

/// <summary>
/// Reads a number written in digits: thousands grouped by ",", "'", "." or a space ("10,000", "10 000",
/// "1.500.000"), a decimal part ("6.5"), a sign ("-5"), and a scale word after it ("1.5 million", "$2bn").
/// The digits are always read whole, so 10000 is never found inside "100000" or "10,0001".
/// </summary>
internal static class DigitNumbers
{
    /// <summary>
    /// Scale words that may follow a number. "k" and "m" are left out: "12.5k" is informal, and "3m" is as
    /// often metres as millions. Lakh and crore appear in Indian English sources.
    /// </summary>
    private static readonly WordTable<decimal> Scales = new(new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["mn"] = 1_000_000m,
        ["mln"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["bn"] = 1_000_000_000m,
        ["bln"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
        ["lakh"] = 100_000m,
        ["crore"] = 10_000_000m,
    });

    private static readonly char[] GroupSeparators = { ',', '.', '\'' };

    /// <summary>Beyond this a scaled value could overflow <see cref="decimal"/>.</summary>
    private const decimal MaxScaled = 1e15m;

    /// <summary>Reads the number that starts at a digit run and returns the index of the token after it.</summary>
    public static int Read(QuoteTokens tokens, int index, List<NumberMention> found)
    {
        // Digits glued to letters before them name something ("G7", "MH17"); they state no quantity.
        if (tokens.IsGlued(index) && tokens.IsWord(index - 1))
        {
            return index + 1;
        }

        int next = ReadDigits(tokens, index, out string whole, out string fraction, out string? alternative);

        // "10,0001" or "1,5": digits after a comma that do not group are no number a reader would vouch for.
        if (IsMalformedGroup(tokens, next))
        {
            while (IsMalformedGroup(tokens, next))
            {
                next += 2;
            }

            return next;
        }

        // "1990s" is a decade, not the year 1990.
        if (tokens.IsGlued(next) && tokens.IsWord(next, "s"))
        {
            return next + 1;
        }

        bool negative = NumberMentions.IsNegated(tokens, index);
        decimal scale = 0;
        bool scaled = tokens.IsWord(next) && tokens.TryLookUp(next, Scales, out scale);
        Add(Join(whole, fraction));
        if (alternative is not null)
        {
            Add(alternative);
        }

        return scaled ? next + 1 : next;

        void Add(string digits)
        {
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                return;
            }

            value = negative ? -value : value;
            found.Add(new NumberMention(value, isFraction: false));
            if (scaled && Math.Abs(value) < MaxScaled)
            {
                found.Add(new NumberMention(value * scale, isFraction: false));
            }
        }
    }

    /// <summary>
    /// Reads the digits of one number. "1.500" is 1.5 in English and 1500 in much of Europe, so it gives
    /// both: the decimal reading in <paramref name="whole"/> and <paramref name="fraction"/>, the grouped
    /// one in <paramref name="alternative"/>.
    /// </summary>
    private static int ReadDigits(QuoteTokens tokens, int index, out string whole, out string fraction, out string? alternative)
    {
        whole = tokens.Text(index);
        fraction = "";
        alternative = null;
        char separator = GroupSeparator(tokens, index);
        // Only grouped digits ("10,000") need joining; a plain run is its own text.
        StringBuilder? grouped = null;
        int next = index + 1;
        int groups = 0;
        if (tokens.Length(index) <= 3 && separator != '\0')
        {
            grouped = new StringBuilder(whole);
            next = ReadGroups(tokens, next, separator, 3, grouped, out groups);
            if (separator == ',' && groups == 0)
            {
                next = ReadIndianGroups(tokens, next, grouped, out groups);
            }
        }

        if (separator == '.' && groups == 1)
        {
            fraction = tokens.Text(index + 2);
            alternative = grouped!.ToString();
            return next;
        }

        whole = grouped?.ToString() ?? whole;
        char point = separator == '.' && groups > 1 ? ',' : '.';
        if (tokens.IsSymbol(next, point) && tokens.IsGlued(next) && tokens.IsDigits(next + 1) && tokens.IsGlued(next + 1))
        {
            fraction = tokens.Text(next + 1);
            next += 2;
        }

        return next;
    }

    /// <summary>
    /// Reads groups of <paramref name="size"/> digits joined by the separator, appending their digits, and
    /// returns the index after the last one.
    /// </summary>
    private static int ReadGroups(QuoteTokens tokens, int index, char separator, int size, StringBuilder digits, out int groups)
    {
        groups = 0;
        while (IsGroup(tokens, index, separator, size))
        {
            int group = separator == ' ' ? index : index + 1;
            digits.Append(tokens.Text(group));
            index = group + 1;
            groups++;
        }

        return index;
    }

    /// <summary>
    /// Indian grouping, pairs of digits then a final three: "1,00,000" is one lakh. Reads nothing unless the
    /// final group of three is there, so "10,0001" and "1,5" stay separate numbers.
    /// </summary>
    private static int ReadIndianGroups(QuoteTokens tokens, int index, StringBuilder digits, out int groups)
    {
        var pairs = new StringBuilder();
        int next = ReadGroups(tokens, index, ',', 2, pairs, out int pairCount);
        if (pairCount == 0 || !IsGroup(tokens, next, ',', 3))
        {
            groups = 0;
            return index;
        }

        digits.Append(pairs).Append(tokens.Text(next + 1));
        groups = pairCount + 1;
        return next + 2;
    }

    /// <summary>The character that may group the digits after this run, or '\0' when none follows.</summary>
    private static char GroupSeparator(QuoteTokens tokens, int index)
    {
        foreach (char candidate in GroupSeparators)
        {
            if (tokens.IsSymbol(index + 1, candidate) && tokens.IsGlued(index + 1))
            {
                return candidate;
            }
        }

        return tokens.IsDigits(index + 1) ? ' ' : '\0';
    }

    /// <summary>True when a group of exactly <paramref name="size"/> digits follows, joined by the separator.</summary>
    private static bool IsGroup(QuoteTokens tokens, int index, char separator, int size) =>
        separator == ' '
            ? tokens.IsDigits(index) && !tokens.IsGlued(index) && tokens.Length(index) == size
            : tokens.IsSymbol(index, separator) && tokens.IsGlued(index)
              && tokens.IsDigits(index + 1) && tokens.IsGlued(index + 1) && tokens.Length(index + 1) == size;

    private static bool IsMalformedGroup(QuoteTokens tokens, int index) =>
        tokens.IsSymbol(index, ',') && tokens.IsGlued(index) && tokens.IsDigits(index + 1) && tokens.IsGlued(index + 1);

    private static string Join(string whole, string fraction) => fraction.Length == 0 ? whole : whole + "." + fraction;
}
