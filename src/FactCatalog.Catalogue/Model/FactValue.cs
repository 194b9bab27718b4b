using System.Globalization;

namespace FactCatalog.Catalogue.Model;

/// <summary>
/// A typed claim value in canonical invariant text: integers and years as digits, numbers and percents in
/// round-trip form, dates as <c>2024</c>/<c>2024-06</c>/<c>2024-06-19</c>, booleans as <c>true</c>/<c>false</c>,
/// text as written. Canonical text makes equal values compare equal and emit identically.
/// </summary>
public sealed record FactValue(FactValueType Kind, string Text)
{
    /// <summary>The value as a long, for count, integer and year values.</summary>
    public long AsInteger() => long.Parse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>The value as a double, for numeric values.</summary>
    public double AsNumber() => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
