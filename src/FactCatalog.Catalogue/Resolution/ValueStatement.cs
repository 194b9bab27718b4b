using System.Globalization;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Validation;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>Dispatches the FC0009 check (is the value stated in the quote?) by value type.</summary>
internal static class ValueStatement
{
    /// <summary>True when <paramref name="normalizedQuote"/> states <paramref name="value"/>; booleans are never checked.</summary>
    public static bool IsStated(FactValue value, string normalizedQuote)
    {
        switch (value.Kind)
        {
            case FactValueType.Count:
            case FactValueType.Integer:
            case FactValueType.Year:
                return ValueMentions.IsIntegerStated(value.AsInteger(), normalizedQuote);
            case FactValueType.Number:
            case FactValueType.Percent:
                return ValueMentions.IsNumberStated(value.AsNumber(), normalizedQuote, value.Kind == FactValueType.Percent);
            case FactValueType.Date:
                string[] parts = value.Text.Split('-');
                return ValueMentions.IsDateStated(
                    Part(parts, 0) ?? 1, Part(parts, 1), Part(parts, 2), normalizedQuote);
            case FactValueType.Text:
                return ValueMentions.IsTextStated(value.Text, normalizedQuote);
            default:
                return true;
        }
    }

    /// <summary>The value as the message shows it: "10000 troops", "50 %", "'Kim Jong Un'".</summary>
    public static string Describe(FactValue value, string? unit) => value.Kind switch
    {
        FactValueType.Text => $"'{value.Text}'",
        FactValueType.Percent => value.Text + " %",
        _ => unit is null ? value.Text : value.Text + " " + unit,
    };

    private static int? Part(string[] parts, int index) =>
        parts.Length > index ? int.Parse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture) : null;
}
