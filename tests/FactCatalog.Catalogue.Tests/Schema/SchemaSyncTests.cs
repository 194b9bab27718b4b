using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactCatalog.Catalogue.Syntax;

namespace FactCatalog.Catalogue.Tests.Schema;

/// <summary>
/// Keeps <c>schema/*.schema.json</c> (what editors validate against) in step with <see cref="CatalogueKeys"/> (what the
/// parsers accept): a key or word added to one and not the other fails here.
/// </summary>
public sealed class SchemaSyncTests
{
    private const string KebabPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private const string DraftSeven = "http://json-schema.org/draft-07/schema#";

    [Fact]
    public void Fact_file_keys_are_the_catalogue_keys()
    {
        using JsonDocument schema = Load("facts.schema.json");
        AssertSameKeys(CatalogueKeys.FactFile, schema.RootElement, "the fact file");
    }

    [Fact]
    public void Fact_keys_are_the_catalogue_keys()
    {
        using JsonDocument schema = Load("facts.schema.json");
        AssertSameKeys(CatalogueKeys.Fact, FactSchema(schema.RootElement), "a fact");
    }

    [Fact]
    public void Claim_keys_are_the_catalogue_keys()
    {
        using JsonDocument schema = Load("facts.schema.json");
        AssertSameKeys(CatalogueKeys.Claim, ClaimSchema(schema.RootElement), "a claim");
    }

    [Fact]
    public void Sources_file_keys_are_the_catalogue_keys()
    {
        using JsonDocument schema = Load("sources.schema.json");
        AssertSameKeys(CatalogueKeys.SourcesFile, schema.RootElement, "the sources file");
    }

    [Fact]
    public void Source_keys_are_the_catalogue_keys()
    {
        using JsonDocument schema = Load("sources.schema.json");
        AssertSameKeys(CatalogueKeys.Source, SourceSchema(schema.RootElement), "a source");
    }

    [Fact]
    public void Fact_type_words_are_the_value_types()
    {
        using JsonDocument schema = Load("facts.schema.json");
        AssertSameWords(CatalogueKeys.ValueTypes, EnumWords(schema.RootElement, FactSchema(schema.RootElement), "type"), "type");
    }

    [Fact]
    public void Claim_bound_words_are_the_bounds()
    {
        using JsonDocument schema = Load("facts.schema.json");
        AssertSameWords(CatalogueKeys.Bounds, EnumWords(schema.RootElement, ClaimSchema(schema.RootElement), "bound"), "bound");
    }

    [Fact]
    public void Claim_rank_words_are_the_ranks()
    {
        using JsonDocument schema = Load("facts.schema.json");
        AssertSameWords(CatalogueKeys.Ranks, EnumWords(schema.RootElement, ClaimSchema(schema.RootElement), "rank"), "rank");
    }

    [Fact]
    public void Source_translation_words_are_the_translations()
    {
        using JsonDocument schema = Load("sources.schema.json");
        AssertSameWords(CatalogueKeys.Translations, EnumWords(schema.RootElement, SourceSchema(schema.RootElement), "translation"), "translation");
    }

    [Fact]
    public void Fact_schema_requires_the_required_keys()
    {
        using JsonDocument schema = Load("facts.schema.json");
        JsonElement root = schema.RootElement;
        Assert.Equal(new[] { "facts" }, Required(root));
        Assert.Equal(new[] { "claims", "statement" }, Required(FactSchema(root)));
        Assert.Equal(new[] { "claimant", "quote", "source", "value" }, Required(ClaimSchema(root)));
    }

    [Fact]
    public void Sources_schema_requires_the_required_keys()
    {
        using JsonDocument schema = Load("sources.schema.json");
        JsonElement root = schema.RootElement;
        Assert.Equal(new[] { "sources" }, Required(root));
        Assert.Equal(new[] { "file" }, Required(SourceSchema(root)));
    }

    [Fact]
    public void Ids_are_lower_kebab_case()
    {
        using JsonDocument facts = Load("facts.schema.json");
        using JsonDocument sources = Load("sources.schema.json");
        Assert.Equal(KebabPattern, IdPattern(Property(facts.RootElement, facts.RootElement, "facts")));
        Assert.Equal(KebabPattern, IdPattern(Property(facts.RootElement, FactSchema(facts.RootElement), "claims")));
        Assert.Equal(KebabPattern, IdPattern(Property(sources.RootElement, sources.RootElement, "sources")));
    }

    [Fact]
    public void Id_references_are_lower_kebab_case()
    {
        using JsonDocument schema = Load("facts.schema.json");
        JsonElement root = schema.RootElement;
        Assert.Equal(KebabPattern, Property(root, FactSchema(root), "preferred").GetProperty("pattern").GetString());
        Assert.Equal(KebabPattern, Property(root, ClaimSchema(root), "source").GetProperty("pattern").GetString());
    }

    [Fact]
    public void Every_level_refuses_unknown_keys()
    {
        using JsonDocument facts = Load("facts.schema.json");
        using JsonDocument sources = Load("sources.schema.json");
        JsonElement factsRoot = facts.RootElement;
        JsonElement sourcesRoot = sources.RootElement;
        var levels = new (string Name, JsonElement Schema)[]
        {
            ("the fact file", factsRoot),
            ("facts", Property(factsRoot, factsRoot, "facts")),
            ("a fact", FactSchema(factsRoot)),
            ("claims", Property(factsRoot, FactSchema(factsRoot), "claims")),
            ("a claim", ClaimSchema(factsRoot)),
            ("the sources file", sourcesRoot),
            ("sources", Property(sourcesRoot, sourcesRoot, "sources")),
            ("a source", SourceSchema(sourcesRoot)),
        };
        foreach ((string name, JsonElement level) in levels)
        {
            Assert.True(
                level.TryGetProperty("additionalProperties", out JsonElement additional) && additional.ValueKind == JsonValueKind.False,
                $"The schema of {name} must say \"additionalProperties\": false, so editors flag the keys the parser reports as FC0003.");
        }
    }

    [Fact]
    public void Every_key_has_a_description()
    {
        using JsonDocument facts = Load("facts.schema.json");
        using JsonDocument sources = Load("sources.schema.json");
        var levels = new (string Name, JsonElement Root, JsonElement Schema)[]
        {
            ("the fact file", facts.RootElement, facts.RootElement),
            ("a fact", facts.RootElement, FactSchema(facts.RootElement)),
            ("a claim", facts.RootElement, ClaimSchema(facts.RootElement)),
            ("the sources file", sources.RootElement, sources.RootElement),
            ("a source", sources.RootElement, SourceSchema(sources.RootElement)),
        };
        var undescribed = new List<string>();
        foreach ((string name, JsonElement root, JsonElement level) in levels)
        {
            foreach (JsonProperty property in level.GetProperty("properties").EnumerateObject())
            {
                // A description beside a $ref is ignored in draft-07, so it must sit on the property itself.
                bool described = property.Value.TryGetProperty("description", out JsonElement description)
                    && description.ValueKind == JsonValueKind.String
                    && description.GetString()!.Trim().Length > 0
                    && !property.Value.TryGetProperty("$ref", out _);
                if (!described)
                {
                    undescribed.Add($"'{property.Name}' of {name}");
                }
            }
        }
        Assert.True(undescribed.Count == 0, "Keys without a description (editors show it as hover help): " + string.Join(", ", undescribed));
    }

    [Fact]
    public void A_deprecated_claim_requires_a_reason()
    {
        using JsonDocument schema = Load("facts.schema.json");
        JsonElement claim = ClaimSchema(schema.RootElement);
        bool found = claim.TryGetProperty("allOf", out JsonElement rules) && rules.EnumerateArray().Any(rule =>
            rule.TryGetProperty("if", out JsonElement condition)
            && condition.TryGetProperty("properties", out JsonElement properties)
            && properties.TryGetProperty("rank", out JsonElement rank)
            && rank.TryGetProperty("const", out JsonElement word) && word.GetString() == "deprecated"
            && condition.TryGetProperty("required", out JsonElement required)
            && required.EnumerateArray().Any(r => r.GetString() == "rank")
            && rule.TryGetProperty("then", out JsonElement then)
            && then.TryGetProperty("required", out JsonElement thenRequired)
            && thenRequired.EnumerateArray().Any(r => r.GetString() == "reason"));
        Assert.True(found, "The claim schema must require 'reason' when 'rank' is deprecated (if/then), as FC0013 does.");
        Assert.Contains("deprecated", CatalogueKeys.Ranks);
    }

    [Fact]
    public void Typed_value_rules_name_only_value_types()
    {
        using JsonDocument schema = Load("facts.schema.json");
        JsonElement fact = FactSchema(schema.RootElement);
        var words = fact.GetProperty("allOf").EnumerateArray()
            .Select(rule => rule.GetProperty("if").GetProperty("properties").GetProperty("type").GetProperty("const").GetString()!)
            .ToList();
        Assert.Equal(words.Distinct(StringComparer.Ordinal).Count(), words.Count);
        Assert.All(words, word => Assert.Contains(word, CatalogueKeys.ValueTypes));
    }

    [Theory]
    [InlineData("facts.schema.json")]
    [InlineData("sources.schema.json")]
    public void Schema_is_draft_07_with_id_title_and_description(string file)
    {
        using JsonDocument schema = Load(file);
        JsonElement root = schema.RootElement;
        Assert.Equal(DraftSeven, root.GetProperty("$schema").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("$id").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
        Assert.Equal("object", root.GetProperty("type").GetString());
    }

    private static JsonDocument Load(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "repo", "schema", file);
        Assert.True(File.Exists(path), $"The schema {path} was not copied beside the tests.");
        return JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
    }

    private static JsonElement FactSchema(JsonElement root) => IdValue(root, Property(root, root, "facts"));

    private static JsonElement ClaimSchema(JsonElement root) => IdValue(root, Property(root, FactSchema(root), "claims"));

    private static JsonElement SourceSchema(JsonElement root) => IdValue(root, Property(root, root, "sources"));

    /// <summary>The schema of a property of an object schema, with references followed.</summary>
    private static JsonElement Property(JsonElement root, JsonElement schema, string name)
    {
        Assert.True(schema.GetProperty("properties").TryGetProperty(name, out JsonElement property), $"The schema has no property '{name}'.");
        return Resolve(root, property);
    }

    /// <summary>The schema of the entries of an id-keyed mapping (its one pattern property), with references followed.</summary>
    private static JsonElement IdValue(JsonElement root, JsonElement mapping)
    {
        JsonProperty pattern = Assert.Single(mapping.GetProperty("patternProperties").EnumerateObject());
        return Resolve(root, pattern.Value);
    }

    private static string IdPattern(JsonElement mapping) =>
        Assert.Single(mapping.GetProperty("patternProperties").EnumerateObject()).Name;

    /// <summary>
    /// Follows a local <c>$ref</c>, directly or as the one entry of an <c>allOf</c> (how a description is kept
    /// beside a reference in draft-07).
    /// </summary>
    private static JsonElement Resolve(JsonElement root, JsonElement schema)
    {
        for (int depth = 0; depth < 16; depth++)
        {
            if (schema.TryGetProperty("$ref", out JsonElement reference))
            {
                schema = Pointer(root, reference.GetString()!);
            }
            else if (!schema.TryGetProperty("properties", out _) && !schema.TryGetProperty("patternProperties", out _)
                && !schema.TryGetProperty("enum", out _) && !schema.TryGetProperty("pattern", out _)
                && schema.TryGetProperty("allOf", out JsonElement all) && all.GetArrayLength() == 1)
            {
                schema = all[0];
            }
            else
            {
                return schema;
            }
        }
        throw new InvalidOperationException("The schema's references go round in a circle.");
    }

    private static JsonElement Pointer(JsonElement root, string reference)
    {
        Assert.StartsWith("#/", reference);
        JsonElement node = root;
        foreach (string part in reference.Substring(2).Split('/'))
        {
            string name = part.Replace("~1", "/").Replace("~0", "~");
            Assert.True(node.TryGetProperty(name, out node), $"The reference '{reference}' leads nowhere.");
        }
        return node;
    }

    private static IReadOnlyList<string> EnumWords(JsonElement root, JsonElement schema, string property) =>
        Property(root, schema, property).GetProperty("enum").EnumerateArray().Select(word => word.GetString()!).ToList();

    private static string[] Required(JsonElement schema) =>
        schema.GetProperty("required").EnumerateArray().Select(key => key.GetString()!).OrderBy(key => key, StringComparer.Ordinal).ToArray();

    private static void AssertSameKeys(ImmutableArray<string> keys, JsonElement schema, string level)
    {
        var inSchema = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        AssertSameWords(keys, inSchema, "keys of " + level);
    }

    private static void AssertSameWords(ImmutableArray<string> expected, IReadOnlyList<string> inSchema, string what)
    {
        string[] missing = expected.Except(inSchema, StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray();
        string[] extra = inSchema.Except(expected, StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, $"CatalogueKeys has {what} that the schema lacks: {string.Join(", ", missing)}");
        Assert.True(extra.Length == 0, $"The schema has {what} that CatalogueKeys lacks: {string.Join(", ", extra)}");
        Assert.Equal(inSchema.Count, inSchema.Distinct(StringComparer.Ordinal).Count());
    }
}
