using System.Linq;
using System.Text.Json;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Model;
using FactCatalog.Tool.Check;

namespace FactCatalog.Tool.Export;

/// <summary>
/// <c>export --format json</c>: the whole resolved catalogue as the pipeline settles it (sources; groups of facts with
/// their statuses, value claim and claims; each verified claim's citation with line, column, offset and length in the
/// LF-normalised source text) and the diagnostics.
/// </summary>
internal static class CatalogueJson
{
    public const int FormatVersion = 1;

    public static string Write(CatalogueInput input, CatalogueResult result) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteString("generator", "factcatalog " + ToolVersion.Semantic);
        json.WriteString("factsDirectory", input.FactsDirectory);
        json.WriteString("sourcesDirectory", input.SourcesDirectory);

        json.WriteStartArray("sources");
        foreach (SourceMetadata source in result.Model.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("identifier", source.Identifier);
            json.WriteString("file", source.File);
            json.WriteString("path", input.DocumentPath(source.File));
            json.OptionalString("type", source.Type);
            json.OptionalString("title", source.Title);
            json.OptionalString("containerTitle", source.ContainerTitle);
            json.OptionalString("publisher", source.Publisher);
            json.StringArray("authors", source.Authors);
            json.OptionalString("issued", source.Issued);
            json.OptionalString("language", source.Language);
            json.WriteString("translation", EnumWords.Of(source.Translation));
            json.OptionalString("url", source.Url);
            json.OptionalString("note", source.Note);
            json.OptionalString("originalTitle", source.OriginalTitle);
            json.OptionalString("originalPublisher", source.OriginalPublisher);
            json.OptionalString("originalDate", source.OriginalDate);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        // A citation names its source by id; its document path is looked up here once per source, not per claim.
        var documentPaths = result.Model.Sources.GroupBy(s => s.Id, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => input.DocumentPath(g.First().File), System.StringComparer.Ordinal);
        json.WriteStartArray("groups");
        foreach (ResolvedGroup group in result.Model.Groups)
        {
            json.WriteStartObject();
            json.WriteString("name", group.Identifier);
            json.WriteStartArray("facts");
            foreach (ResolvedFact fact in group.Facts)
            {
                WriteFact(json, fact, documentPaths);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (CheckedDiagnostic d in CheckedDiagnostic.From(result.Diagnostics, warningsAsErrors: false))
        {
            json.WriteStartObject();
            json.WriteString("id", d.Info.Id);
            json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            if (d.Info.Location.FilePath.Length > 0)
            {
                json.WriteString("file", d.Info.Location.FilePath);
                json.WriteNumber("line", d.Info.Location.Line);
                json.WriteNumber("column", d.Info.Location.Column);
            }
            json.WriteString("message", d.Info.GetMessage());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteFact(Utf8JsonWriter json, ResolvedFact fact, System.Collections.Generic.IReadOnlyDictionary<string, string> documentPaths)
    {
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        json.WriteString("identifier", fact.Identifier);
        json.WriteString("statement", fact.Statement);
        json.WriteString("type", EnumWords.Of(fact.Type));
        json.OptionalString("unit", fact.Unit);
        json.StringArray("tags", fact.Tags);
        json.WriteString("status", EnumWords.Of(fact.Status));
        if (fact.ValueClaim is ResolvedClaim valueClaim)
        {
            json.WriteString("valueClaim", valueClaim.Id);
            json.WriteValue("value", valueClaim.Value);
        }
        json.OptionalString("note", fact.Note);
        json.WriteStartArray("claims");
        foreach (ResolvedClaim claim in fact.Claims)
        {
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteString("identifier", claim.Identifier);
            json.WriteValue("value", claim.Value);
            json.WriteString("bound", EnumWords.Of(claim.Bound));
            json.OptionalString("unit", claim.Unit);
            json.WriteString("claimant", claim.Claimant);
            json.WriteString("source", claim.SourceId);
            json.WriteString("rank", EnumWords.Of(claim.Rank));
            json.OptionalString("reason", claim.Reason);
            json.OptionalString("asOf", claim.AsOf);
            json.WriteBoolean("derived", claim.Derived);
            json.OptionalString("note", claim.Note);
            json.WriteString("stance", EnumWords.Of(claim.Stance));
            json.OptionalString("yearFrom", claim.YearFrom);
            json.OptionalString("curatorNote", claim.CuratorNote);
            json.WriteBoolean("verified", claim.IsVerified);
            if (claim.Citation is ResolvedCitation citation)
            {
                string? path = documentPaths.TryGetValue(citation.SourceId, out string? found) ? found : null;
                json.WriteStartObject("citation");
                json.WriteString("source", citation.SourceId);
                json.OptionalString("path", path);
                json.WriteString("quote", citation.Quote);
                json.WriteNumber("line", citation.Line);
                json.WriteNumber("column", citation.Column);
                json.WriteNumber("offset", citation.Offset);
                json.WriteNumber("length", citation.Length);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
