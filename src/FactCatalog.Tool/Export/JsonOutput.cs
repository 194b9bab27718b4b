using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Tool.Export;

/// <summary>Indented UTF-8 JSON with a final line break; text is escaped only where JSON requires it.</summary>
internal static class JsonOutput
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes <paramref name="value"/> when it is not null.</summary>
    public static void OptionalString(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes <paramref name="values"/> as an array of strings named <paramref name="name"/>.</summary>
    public static void StringArray(this Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    /// <summary>A claim value as a JSON value of its kind: numbers as numbers, booleans as booleans, dates and text as strings.</summary>
    public static void WriteValue(this Utf8JsonWriter json, string name, FactValue value)
    {
        json.WritePropertyName(name);
        switch (value.Kind)
        {
            case FactValueType.Count:
            case FactValueType.Integer:
            case FactValueType.Year:
            case FactValueType.Number:
            case FactValueType.Percent:
                // Canonical invariant digits (round-trip form for doubles): valid JSON numbers as they stand.
                json.WriteRawValue(value.Text);
                break;
            case FactValueType.Boolean:
                json.WriteBooleanValue(value.Text == "true");
                break;
            default:
                json.WriteStringValue(value.Text);
                break;
        }
    }
}
