using System;
using System.Globalization;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Syntax;

namespace FactCatalog.Catalogue.Parsing;

/// <summary>Types claim values and dates: checks a scalar against a value type and gives its canonical text.</summary>
internal static class ValueParser
{
    /// <summary>The value of <paramref name="scalar"/> as <paramref name="kind"/>, or null with the reason in <paramref name="error"/>.</summary>
    public static FactValue? Parse(FactValueType kind, YamlNode scalar, out string error)
    {
        string text = scalar.Value.Trim();
        error = string.Empty;
        switch (kind)
        {
            case FactValueType.Count:
                return Integer(text, 0, int.MaxValue, kind, "a whole number from 0 to 2147483647", out error);
            case FactValueType.Integer:
                return Integer(text, long.MinValue, long.MaxValue, kind, "a whole number from -9223372036854775808 to 9223372036854775807", out error);
            case FactValueType.Year:
                return Integer(text, int.MinValue, int.MaxValue, kind, "a year such as 2024", out error);
            case FactValueType.Number:
            case FactValueType.Percent:
                return Number(text, kind, out error);
            case FactValueType.Date:
                if (TryParseDate(text, out string canonical))
                {
                    return new FactValue(kind, canonical);
                }
                error = DateError(text);
                return null;
            case FactValueType.Boolean:
                if (text == "true" || text == "false")
                {
                    return new FactValue(kind, text);
                }
                error = $"'{text}' is not a boolean; write true or false";
                return null;
            default:
                return new FactValue(FactValueType.Text, scalar.Value);
        }
    }

    /// <summary>The value type a scalar reads as when the fact declares none: plain numbers, dates and booleans are typed, anything quoted is text.</summary>
    public static FactValueType Infer(YamlNode scalar)
    {
        if (!scalar.IsPlain)
        {
            return FactValueType.Text;
        }
        string text = scalar.Value.Trim();
        if (IsIntegerText(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
                ? (value >= 0 && value <= int.MaxValue ? FactValueType.Count : FactValueType.Integer)
                : FactValueType.Number;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && IsNumberText(text))
        {
            return FactValueType.Number;
        }
        if (text.Length > 4 && TryParseDate(text, out _))
        {
            return FactValueType.Date;
        }
        return text == "true" || text == "false" ? FactValueType.Boolean : FactValueType.Text;
    }

    /// <summary>Parses <c>2024</c>, <c>2024-06</c> or <c>2024-06-19</c> (a real calendar date, years 1–9999).</summary>
    public static bool TryParseDate(string text, out string canonical)
    {
        canonical = text;
        if (!(text.Length == 4 || text.Length == 7 || text.Length == 10))
        {
            return false;
        }
        if (!TryDigits(text, 0, 4, out int year) || year < 1)
        {
            return false;
        }
        if (text.Length == 4)
        {
            return true;
        }
        if (text[4] != '-' || !TryDigits(text, 5, 2, out int month) || month < 1 || month > 12)
        {
            return false;
        }
        if (text.Length == 7)
        {
            return true;
        }
        return text[7] == '-' && TryDigits(text, 8, 2, out int day) && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>The message for a date that does not parse.</summary>
    public static string DateError(string text) =>
        $"'{text}' is not a date; write 2024, 2024-06 or 2024-06-19 (a real calendar date)";

    private static FactValue? Integer(string text, long min, long max, FactValueType kind, string expected, out string error)
    {
        error = string.Empty;
        if (IsIntegerText(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            if (value >= min && value <= max)
            {
                return new FactValue(kind, IsCanonicalInteger(text) ? text : value.ToString(CultureInfo.InvariantCulture));
            }
            error = $"{text} is out of range for {KindWord(kind)}; it must be {expected}";
            return null;
        }
        error = IsIntegerText(text)
            ? $"{text} is out of range for {KindWord(kind)}; it must be {expected}"
            : $"'{text}' is not valid for {KindWord(kind)}; write {expected}, digits only (10000, not 10,000)";
        return null;
    }

    private static FactValue? Number(string text, FactValueType kind, out string error)
    {
        error = string.Empty;
        if (!IsNumberText(text) || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            error = $"'{text}' is not valid for {KindWord(kind)}; write a number such as 6.5{(kind == FactValueType.Percent ? " (50 means 50 %, no % sign)" : string.Empty)}";
            return null;
        }
        if (double.IsInfinity(value) || double.IsNaN(value))
        {
            error = $"{text} is out of range for {KindWord(kind)}; it must be a finite number";
            return null;
        }
        return new FactValue(kind, CanonicalNumber(text, value));
    }

    /// <summary>
    /// Decimal text where decimal can hold the value, since decimal formatting is the same on every
    /// framework the compiler runs on; round-trip double text otherwise.
    /// </summary>
    private static string CanonicalNumber(string text, double value)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact) && exact != 0m)
        {
            string digits = exact.ToString(CultureInfo.InvariantCulture);
            return digits.IndexOf('.') >= 0 ? digits.TrimEnd('0').TrimEnd('.') : digits;
        }
        return value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// True when integer text is already what <c>long.ToString</c> gives (no '+', no leading zero, no "-0"), so the
    /// value keeps the file's string instead of a new copy.
    /// </summary>
    private static bool IsCanonicalInteger(string text)
    {
        int digits = text[0] == '-' ? 1 : 0;
        return text[0] != '+' && (text[digits] != '0' || (digits == 0 && text.Length == 1));
    }

    private static bool IsIntegerText(string text)
    {
        int start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Digits, one optional point and exponent: refuses the hex, thousands separators and symbols double.TryParse would let through.</summary>
    private static bool IsNumberText(string text)
    {
        foreach (char c in text)
        {
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            {
                return false;
            }
        }
        return text.Length > 0;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }

    public static string KindWord(FactValueType kind) => kind.ToString().ToLowerInvariant();
}
