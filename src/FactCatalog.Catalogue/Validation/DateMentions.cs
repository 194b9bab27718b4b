namespace FactCatalog.Catalogue.Validation;

/// <summary>
/// Decides whether a quote states a partial date. A month is stated by its name ("June", "Jun.") or in
/// numbers ("2024-06"); a day by its number next to the month name ("26 July", "July 26th", "26th of July")
/// or in a numeric date ("2024-07-26", "26.07.2024", "26/07/2024"). A year written next to the month
/// must be the claimed one; a month named without a year is taken to be in it.
/// </summary>
internal static class DateMentions
{
    public static bool IsStated(int year, int? month, int? day, string quote)
    {
        if (month is null)
        {
            return ValueMentions.IsIntegerStated(year, quote);
        }

        if (month < 1 || month > 12 || day < 1 || day > 31)
        {
            return false;
        }

        var tokens = new QuoteTokens(quote);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (MonthNames.TryRead(tokens, i, out int named, out int next) && named == month
                && (day is { } d ? NamesDay(tokens, i, next, year, d) : NamesYearMonth(tokens, next, year)))
            {
                return true;
            }

            if (tokens.IsDigits(i) && NumericDateMatches(tokens, i, year, month.Value, day))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"June", "June 2024", "June 19, 2024": any year written after the month must match.</summary>
    private static bool NamesYearMonth(QuoteTokens tokens, int afterMonth, int year)
    {
        int afterDay = DayAfter(tokens, afterMonth, out _);
        int stated = YearAfter(tokens, afterDay >= 0 ? afterDay : afterMonth);
        return stated < 0 || stated == year;
    }

    /// <summary>"26 July", "26th of July 2024", "July 26", "July 26th, 2024".</summary>
    private static bool NamesDay(QuoteTokens tokens, int monthAt, int afterMonth, int year, int day)
    {
        if (DayBefore(tokens, monthAt) == day)
        {
            int stated = YearAfter(tokens, afterMonth);
            if (stated < 0 || stated == year)
            {
                return true;
            }
        }

        int afterDay = DayAfter(tokens, afterMonth, out int dayAfter);
        if (afterDay >= 0 && dayAfter == day)
        {
            int stated = YearAfter(tokens, afterDay);
            return stated < 0 || stated == year;
        }

        return false;
    }

    /// <summary>The day written before a month name ("26", "26th", "26th of"), or -1.</summary>
    private static int DayBefore(QuoteTokens tokens, int monthAt)
    {
        int at = monthAt - 1;
        if (tokens.IsWord(at, "of") && !tokens.IsGlued(monthAt))
        {
            at--;
        }

        if (IsOrdinalSuffix(tokens, at) && tokens.IsGlued(at) && tokens.IsDigits(at - 1))
        {
            at--;
        }

        // A digit run glued to a decimal point, comma or colon belongs to another number ("1.26", "10:26").
        bool partOfNumber = tokens.IsGlued(at)
            && (tokens.IsSymbol(at - 1, '.') || tokens.IsSymbol(at - 1, ',') || tokens.IsSymbol(at - 1, ':'))
            && tokens.IsGlued(at - 1) && tokens.IsDigits(at - 2);
        return IsDay(tokens, at) && !partOfNumber ? tokens.SmallNumber(at) : -1;
    }

    /// <summary>The day written after a month name ("July 26", "July 26th"); returns the index after it, or -1.</summary>
    private static int DayAfter(QuoteTokens tokens, int index, out int day)
    {
        day = -1;
        if (!IsDay(tokens, index) || tokens.IsGlued(index))
        {
            return -1;
        }

        // "July 1,500 troops" or "July 2.5": the digits start a number, not a day.
        if ((tokens.IsSymbol(index + 1, ',') || tokens.IsSymbol(index + 1, '.') || tokens.IsSymbol(index + 1, ':'))
            && tokens.IsGlued(index + 1) && tokens.IsDigits(index + 2) && tokens.IsGlued(index + 2))
        {
            return -1;
        }

        day = tokens.SmallNumber(index);
        return IsOrdinalSuffix(tokens, index + 1) && tokens.IsGlued(index + 1) ? index + 2 : index + 1;
    }

    /// <summary>A year written right after a month or day ("2024", ", 2024", "of 2024"), or -1.</summary>
    private static int YearAfter(QuoteTokens tokens, int index)
    {
        if (tokens.IsSymbol(index, ',') || tokens.IsWord(index, "of"))
        {
            index++;
        }

        return tokens.IsDigits(index) && tokens.Length(index) == 4 && !tokens.IsGlued(index) ? tokens.SmallNumber(index) : -1;
    }

    private static bool IsDay(QuoteTokens tokens, int index) =>
        tokens.IsDigits(index) && tokens.Length(index) <= 2 && tokens.SmallNumber(index) is >= 1 and <= 31;

    private static bool IsOrdinalSuffix(QuoteTokens tokens, int index) =>
        tokens.IsWord(index, "st") || tokens.IsWord(index, "nd") || tokens.IsWord(index, "rd") || tokens.IsWord(index, "th");

    /// <summary>
    /// Numeric dates starting at a digit run: "2024-07-26", "2024/07/26", "26.07.2024", "26/07/2024",
    /// "07/26/2024" (day and month are read both ways, except with full stops), and for a month alone
    /// "2024-06" or "06/2024".
    /// </summary>
    private static bool NumericDateMatches(QuoteTokens tokens, int index, int year, int month, int? day)
    {
        char separator = tokens.IsSymbol(index + 1, '-') ? '-' : tokens.IsSymbol(index + 1, '/') ? '/' : tokens.IsSymbol(index + 1, '.') ? '.' : '\0';
        if (separator == '\0' || StartsInside(tokens, index) || !JoinedPart(tokens, index + 1, separator))
        {
            return false;
        }

        bool three = JoinedPart(tokens, index + 3, separator);
        if (three && JoinedPart(tokens, index + 5, separator))
        {
            // Four or more parts: a version number or an address, not a date.
            return false;
        }

        int a = tokens.SmallNumber(index);
        int b = tokens.SmallNumber(index + 2);
        int c = three ? tokens.SmallNumber(index + 4) : -1;
        bool aIsYear = tokens.Length(index) == 4;
        if (!three)
        {
            bool yearMonth = aIsYear && tokens.Length(index + 2) <= 2 && separator != '.';
            bool monthYear = tokens.Length(index) <= 2 && tokens.Length(index + 2) == 4;
            return day is null && ((yearMonth && a == year && b == month) || (monthYear && a == month && b == year));
        }

        if (aIsYear && tokens.Length(index + 2) <= 2 && tokens.Length(index + 4) <= 2)
        {
            return a == year && b == month && (day is null || c == day);
        }

        if (tokens.Length(index) > 2 || tokens.Length(index + 2) > 2 || tokens.Length(index + 4) != 4 || c != year)
        {
            return false;
        }

        bool dayFirst = b == month && (day is null || a == day);
        bool monthFirst = separator != '.' && a == month && (day is null || b == day);
        return dayFirst || monthFirst;
    }

    /// <summary>True when a separator and a digit run, glued together, follow at the index.</summary>
    private static bool JoinedPart(QuoteTokens tokens, int index, char separator) =>
        tokens.IsSymbol(index, separator) && tokens.IsGlued(index) && tokens.IsDigits(index + 1) && tokens.IsGlued(index + 1);

    /// <summary>True when the digit run continues a numeric form to its left, so it does not start a date.</summary>
    private static bool StartsInside(QuoteTokens tokens, int index) =>
        tokens.IsGlued(index)
        && (tokens.IsSymbol(index - 1, '-') || tokens.IsSymbol(index - 1, '/') || tokens.IsSymbol(index - 1, '.'))
        && tokens.IsGlued(index - 1) && tokens.IsDigits(index - 2);
}
