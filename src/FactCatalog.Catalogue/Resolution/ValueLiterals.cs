using System;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>
/// A claimed value as C# writes it. Whether a value has a literal decides whether its claim gets a member and can
/// answer <c>Value</c>; resolution settles that once (<see cref="ResolvedClaim.Literal"/>), and the emitters print it.
/// </summary>
public static class ValueLiterals
{
    /// <summary>
    /// The value as a C# expression of the fact's type, or null when it does not fit that type (the catalogue
    /// has then reported FC0015 or FC0002, and the claim is left out of the code).
    /// </summary>
    public static string? Literal(FactValueType type, FactValue value)
    {
        string text = value.Text;
        switch (type)
        {
            case FactValueType.Count:
                return IsInteger(value.Kind) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int count) && count >= 0
                    ? count.ToString(CultureInfo.InvariantCulture) : null;
            case FactValueType.Year:
                return IsInteger(value.Kind) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int year)
                    ? year.ToString(CultureInfo.InvariantCulture) : null;
            case FactValueType.Integer:
                return IsInteger(value.Kind) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer)
                    ? integer.ToString(CultureInfo.InvariantCulture) : null;
            case FactValueType.Number:
            case FactValueType.Percent:
                return (IsInteger(value.Kind) || value.Kind is FactValueType.Number or FactValueType.Percent) ? Double(text) : null;
            case FactValueType.Date:
                return value.Kind == FactValueType.Date ? Date(text) : null;
            case FactValueType.Boolean:
                return value.Kind == FactValueType.Boolean && (text == "true" || text == "false") ? text : null;
            default:
                return value.Kind == FactValueType.Text ? CSharpLiteral.String(text) : null;
        }
    }

    /// <summary><c>new global::FactCatalog.FactDate(2024, 6, 19)</c> for <c>2024-06-19</c>; null for text that is not a date.</summary>
    public static string? Date(string? text) =>
        DateParts(text) is { } parts ? "new global::FactCatalog.FactDate(" + string.Join(", ", parts) + ")" : null;

    /// <summary>
    /// The date as <c>FactDate.Parse</c> reads it (<c>2024</c>, <c>2024-06</c>, <c>2024-06-19</c>); null for null or
    /// text that is not a date.
    /// </summary>
    public static string? DateText(string? text) => DateParts(text) is { } parts
        ? string.Join("-", parts.Select((part, i) => int.Parse(part, CultureInfo.InvariantCulture).ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture)))
        : null;

    /// <summary>The year, month and day of a date written with dashes, as invariant digits without padding.</summary>
    private static string[]? DateParts(string? text)
    {
        if (text is null)
        {
            return null;
        }
        string[] parts = text.Split('-');
        if (parts.Length > 3)
        {
            return null;
        }
        var numbers = new string[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                return null;
            }
            numbers[i] = number.ToString(CultureInfo.InvariantCulture);
        }
        return numbers;
    }

    private static bool IsInteger(FactValueType kind) => kind is FactValueType.Count or FactValueType.Integer or FactValueType.Year;

    /// <summary>
    /// The canonical number text as a double literal: the compiler rounds decimal text to the nearest double,
    /// exactly as double.Parse does, so the constant equals the catalogue value; ".0" makes a whole number a
    /// double literal (and keeps integers too long for ulong legal).
    /// </summary>
    private static string? Double(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || double.IsInfinity(value) || double.IsNaN(value))
        {
            return null;
        }
        foreach (char c in text)
        {
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            {
                return null;
            }
        }
        string literal = text.StartsWith("+", StringComparison.Ordinal) ? text.Substring(1) : text;
        return literal.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 ? literal : literal + ".0";
    }
}
