using System;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Tool.Export;

/// <summary>
/// <c>export --format csl-json</c>: the sources as CSL-JSON items (Citation Style Language 1.0.2 data schema), so any
/// CSL processor can render their citations. Authors become literal names (the catalogue keeps them as written); the
/// EDTF-like <c>issued</c> becomes <c>date-parts</c>; a source without a type is a <c>document</c>.
/// </summary>
internal static class CslJson
{
    private static readonly Regex IsoDate = new(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant);

    public static string Write(CatalogueResult result) => JsonOutput.Write(json =>
    {
        json.WriteStartArray();
        foreach (SourceMetadata source in result.Model.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("type", source.Type ?? "document");
            json.OptionalString("title", source.Title);
            json.OptionalString("container-title", source.ContainerTitle);
            json.OptionalString("publisher", source.Publisher);
            if (source.Authors.Count > 0)
            {
                json.WriteStartArray("author");
                foreach (string author in source.Authors)
                {
                    json.WriteStartObject();
                    json.WriteString("literal", author);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            WriteDate(json, "issued", source.Issued);
            json.OptionalString("language", source.Language);
            json.OptionalString("URL", source.Url);
            json.OptionalString("original-title", source.OriginalTitle);
            json.OptionalString("original-publisher", source.OriginalPublisher);
            WriteDate(json, "original-date", source.OriginalDate);
            string? note = Note(source);
            json.OptionalString("note", note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    /// <summary>The source's note, and that the text is a machine or human translation (CSL has no field for that).</summary>
    private static string? Note(SourceMetadata source)
    {
        string? translation = source.Translation switch
        {
            SourceTranslation.Machine => "Machine translation.",
            SourceTranslation.Human => "Translation.",
            _ => null,
        };
        return (source.Note, translation) switch
        {
            (null, null) => null,
            (string n, null) => n,
            (null, string t) => t,
            (string n, string t) => t + " " + n,
        };
    }

    private static void WriteDate(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        json.WriteStartObject(name);
        Match match = IsoDate.Match(value);
        if (match.Success)
        {
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            foreach (string part in new[] { "y", "m", "d" })
            {
                if (match.Groups[part].Success)
                {
                    json.WriteNumberValue(int.Parse(match.Groups[part].Value, CultureInfo.InvariantCulture));
                }
            }
            json.WriteEndArray();
            json.WriteEndArray();
        }
        else
        {
            json.WriteString("raw", value);
        }
        json.WriteEndObject();
    }
}
