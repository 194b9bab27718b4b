using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace FactCatalog.Tool.Tests;

/// <summary>Validates JSON against a schema of the Schemas folder, and says why when it does not.</summary>
internal static class SchemaCheck
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new(StringComparer.Ordinal);

    public static string Errors(string schemaFile, string json)
    {
        JsonSchema schema = Schemas.GetOrAdd(
            schemaFile,
            f => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", f))))).Value;
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return string.Empty;
        }

        return string.Join(
            "\n",
            (results.Details ?? new System.Collections.Generic.List<EvaluationResults>())
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
    }

    public static void Valid(string schemaFile, string json)
    {
        string errors = Errors(schemaFile, json);
        Assert.True(errors.Length == 0, $"not valid against {schemaFile}:\n{errors}");
    }
}
