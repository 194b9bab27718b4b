using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCatalog.Benchmarks;

/// <summary>
/// The baseline of the cold-start benchmarks: the same catalogue (sources, facts, claims with values, quotes and
/// citations) as a JSON file that an application deserializes into plain classes at start-up.
/// </summary>
public sealed class JsonCatalogue
{
    public List<JsonSource> Sources { get; set; } = new();

    public List<JsonFact> Facts { get; set; } = new();

    /// <summary>Reads the file with reflection-based System.Text.Json (the default) and returns the fact.</summary>
    public static JsonFact LoadThenFind(string path, string id) =>
        Find(JsonSerializer.Deserialize<JsonCatalogue>(File.ReadAllBytes(path), s_options)!, id);

    /// <summary>The same with the System.Text.Json source generator's metadata, which skips reflection at start-up.</summary>
    public static JsonFact LoadSourceGeneratedThenFind(string path, string id) =>
        Find(JsonSerializer.Deserialize(File.ReadAllBytes(path), JsonCatalogueContext.Default.JsonCatalogue)!, id);

    public static void Write(SyntheticModel model, string path)
    {
        var catalogue = new JsonCatalogue
        {
            Sources = model.Sources.Select(s => new JsonSource
            {
                Id = s.Id, File = s.File, Type = "article-newspaper", Title = s.Title, ContainerTitle = s.ContainerTitle,
                Authors = new List<string> { s.Author }, Issued = s.Issued, Language = "en",
            }).ToList(),
            Facts = model.Facts.Select(f => new JsonFact
            {
                Id = f.Id, Statement = f.Statement, Type = f.Type, Unit = f.Unit, Tags = f.Tags, Status = f.Status,
                Preferred = f.Preferred ?? f.Claims.Find(c => c.Rank == "preferred")?.Id, Note = f.Note,
                Claims = f.Claims.Select(c => new JsonClaim
                {
                    Id = c.Id, Value = c.Value, Bound = c.Bound, Claimant = c.Claimant, Rank = c.Rank ?? "normal", Reason = c.Reason, AsOf = c.AsOf,
                    Citation = new JsonCitation { Source = c.SourceId, Quote = c.SourceQuote, Line = c.Line, Column = c.Column, Offset = c.Offset, Length = c.Length },
                }).ToList(),
            }).ToList(),
        };
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(catalogue, JsonCatalogueContext.Default.JsonCatalogue));
    }

    private static readonly JsonSerializerOptions s_options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static JsonFact Find(JsonCatalogue catalogue, string id) => catalogue.Facts.Find(f => f.Id == id) ?? throw new KeyNotFoundException(id);
}

public sealed class JsonSource
{
    public string Id { get; set; } = string.Empty;

    public string File { get; set; } = string.Empty;

    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? ContainerTitle { get; set; }

    public List<string> Authors { get; set; } = new();

    public string? Issued { get; set; }

    public string? Language { get; set; }
}

public sealed class JsonFact
{
    public string Id { get; set; } = string.Empty;

    public string Statement { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string? Unit { get; set; }

    public List<string> Tags { get; set; } = new();

    public string Status { get; set; } = string.Empty;

    public string? Preferred { get; set; }

    public string? Note { get; set; }

    public List<JsonClaim> Claims { get; set; } = new();
}

public sealed class JsonClaim
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The value in canonical form, as the fact file writes it.</summary>
    public string Value { get; set; } = string.Empty;

    public string Bound { get; set; } = "exact";

    public string Claimant { get; set; } = string.Empty;

    public string Rank { get; set; } = "normal";

    public string? Reason { get; set; }

    public string? AsOf { get; set; }

    public JsonCitation Citation { get; set; } = new();
}

public sealed class JsonCitation
{
    public string Source { get; set; } = string.Empty;

    public string Quote { get; set; } = string.Empty;

    public int Line { get; set; }

    public int Column { get; set; }

    public int Offset { get; set; }

    public int Length { get; set; }
}

/// <summary>Source-generated metadata, with the same names as the reflection-based reader; nulls are left out of the file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonCatalogue))]
internal sealed partial class JsonCatalogueContext : JsonSerializerContext
{
}
