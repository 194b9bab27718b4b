using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Tool.Check;

/// <summary>
/// Writes a check's diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), which GitHub
/// code scanning and other CI viewers read: one run whose driver lists every catalogue rule (CatalogueDiagnostics.All) with its help
/// page, and one result per diagnostic located in its YAML file (1-based lines and columns in UTF-16 code units).
/// Relative paths are relative to the working directory, given as the base <c>%SRCROOT%</c>.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string BaseId = "SRCROOT";

    public static string Write(IReadOnlyList<CheckedDiagnostic> diagnostics, string workingDirectory)
    {
        var rules = CatalogueDiagnostics.All.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "factcatalog");
            json.WriteString("fullName", "FactCatalog catalogue check");
            json.WriteString("semanticVersion", ToolVersion.Semantic);
            if (DiagnosticHelp.RepositoryUrl.Length > 0)
            {
                // The repository's public home, the one the help links use; none while it has none.
                json.WriteString("informationUri", DiagnosticHelp.RepositoryUrl);
            }
            json.WriteStartArray("rules");
            foreach (DiagnosticDescriptor rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", RuleName(rule));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteEndObject();
                if (!string.IsNullOrEmpty(rule.HelpLinkUri))
                {
                    // A help page exists only once the repository has a public home (DiagnosticHelp).
                    json.WriteString("helpUri", rule.HelpLinkUri);
                }
                json.WriteStartObject("help");
                json.WriteString("text", $"See {rule.HelpLinkUri}");
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(BaseId);
            json.WriteString("uri", DirectoryUri(workingDirectory));
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");

            json.WriteStartArray("results");
            foreach (CheckedDiagnostic d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Info.Id);
                json.WriteNumber("ruleIndex", ruleIndex[d.Info.Id]);
                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Info.GetMessage());
                json.WriteEndObject();
                json.WriteStartArray("locations");
                if (d.Info.Location.FilePath.Length > 0)
                {
                    WriteLocation(json, d.Info.Location);
                }
                json.WriteEndArray();
                if (d.Info.AdditionalLocations.Any(l => l.FilePath.Length > 0))
                {
                    json.WriteStartArray("relatedLocations");
                    int id = 1;
                    foreach (LocationInfo other in d.Info.AdditionalLocations.Where(l => l.FilePath.Length > 0))
                    {
                        WriteLocation(json, other, id++);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>SARIF's level for a severity: error, warning, note (info), none (hidden).</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>The artifact URI of a catalogue path: relative paths (to <c>%SRCROOT%</c>) escaped per segment, absolute paths as file URIs.</summary>
    public static (string Uri, bool Relative) ArtifactUri(string path)
    {
        string unified = path.Replace('\\', '/');
        if (Path.IsPathRooted(path) || (unified.Length > 1 && unified[1] == ':'))
        {
            return (new Uri(path).AbsoluteUri, false);
        }

        return (string.Join("/", unified.Split('/').Select(Uri.EscapeDataString)), true);
    }

    private static void WriteLocation(Utf8JsonWriter json, LocationInfo location, int? id = null)
    {
        json.WriteStartObject();
        if (id is int value)
        {
            json.WriteNumber("id", value);
        }
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        (string uri, bool relative) = ArtifactUri(location.FilePath);
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", BaseId);
        }
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.LineSpan.Start.Line + 1);
        json.WriteNumber("startColumn", location.LineSpan.Start.Character + 1);
        json.WriteNumber("endLine", location.LineSpan.End.Line + 1);
        json.WriteNumber("endColumn", location.LineSpan.End.Character + 1);
        json.WriteNumber("charOffset", location.Span.Start);
        json.WriteNumber("charLength", location.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string DirectoryUri(string directory)
    {
        string uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    /// <summary>A PascalCase name from the rule's title ("Quote not found in its source" gives QuoteNotFoundInItsSource).</summary>
    private static string RuleName(DiagnosticDescriptor rule)
    {
        var name = new StringBuilder();
        foreach (string word in rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)
            .Split(new[] { ' ', '-', ',', '\'', '(', ')', '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }
        return name.ToString();
    }
}
