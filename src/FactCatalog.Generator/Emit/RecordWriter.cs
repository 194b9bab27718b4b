using System.Globalization;
using System.Text;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Writes one record in the format the runtime's <c>FactCatalog.Storage</c> reads: a text field is its UTF-8
/// byte count, a colon and the text (<c>5:troop</c>), or <c>~</c> for null; a number field is decimal digits
/// and a comma. Length prefixes mean no character of the text needs escaping in the record itself.
/// </summary>
public sealed class RecordWriter
{
    private readonly StringBuilder _record = new();

    /// <summary>Appends a text field; null is written as <c>~</c>.</summary>
    public RecordWriter Text(string? text)
    {
        if (text is null)
        {
            _record.Append('~');
            return this;
        }
        _record.Append(TextField(text, out string clean)).Append(clean);
        return this;
    }

    /// <summary>
    /// A text field in two parts, for writers that put the text somewhere of their own: the prefix (its UTF-8 length
    /// and a colon) is returned, and the text as it is stored, every lone surrogate replaced, comes out as <paramref name="clean"/>.
    /// </summary>
    public static string TextField(string text, out string clean)
    {
        clean = Utf8Literal.Encodable(text);
        return Utf8Literal.ByteCount(clean).ToString(CultureInfo.InvariantCulture) + ":";
    }

    /// <summary>Appends a number field (non-negative).</summary>
    public RecordWriter Number(int value)
    {
        _record.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
        return this;
    }

    /// <summary>Appends a flag as the number 1 or 0.</summary>
    public RecordWriter Flag(bool value) => Number(value ? 1 : 0);

    /// <summary>The record, as text to be written as a UTF-8 literal.</summary>
    public override string ToString() => _record.ToString();
}
