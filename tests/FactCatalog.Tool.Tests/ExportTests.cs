using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace FactCatalog.Tool.Tests;

public class ExportTests
{
    private static readonly Lazy<JsonNode> RealJson = new(() => Export(ToolRunner.RealCatalogue, "json"));
    private static readonly Lazy<JsonNode> RealAnnotations = new(() => Export(ToolRunner.RealCatalogue, "web-annotation"));

    [Fact]
    public void The_json_export_of_the_real_catalogue_has_every_fact_claim_status_and_citation()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "export", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        SchemaCheck.Valid("catalogue-export.schema.json", run.Output);

        JsonNode json = RealJson.Value;
        JsonNode[] facts = Facts(json).ToArray();
        Assert.True(facts.Length >= 50, $"only {facts.Length} facts exported");
        Assert.Equal(facts.Length, facts.Select(f => (string)f["id"]!).Distinct().Count());

        JsonNode troops = facts.Single(f => (string?)f["id"] == "north-korean-troops-in-russia");
        Assert.Equal("Disputed", (string?)troops["status"]);
        Assert.Null(troops["value"]);
        JsonNode pentagon = troops["claims"]!.AsArray().Single(c => (string?)c!["id"] == "pentagon")!;
        Assert.Equal(10000, (int)pentagon["value"]!);
        Assert.Equal("About", (string?)pentagon["bound"]);
        Assert.Equal("the Pentagon", (string?)pentagon["claimant"]);
        Assert.Equal("Asserts", (string?)pentagon["stance"]);

        // Who said what: a denial and a refusal to comment keep their stance; a curator's correction its note.
        JsonNode sent = facts.Single(f => (string?)f["id"] == "north-korean-troops-sent-to-russia");
        Assert.Equal("Denies", (string?)sent["claims"]!.AsArray().Single(c => (string?)c!["id"] == "pyongyang")!["stance"]);
        Assert.Equal("Declines", (string?)sent["claims"]!.AsArray().Single(c => (string?)c!["id"] == "putin-did-not-deny")!["stance"]);
        JsonNode austin = facts.Single(f => (string?)f["id"] == "us-secretary-of-defence")["claims"]!.AsArray()
            .Single(c => (string?)c!["id"] == "al-ahram-weekly-corrected")!;
        Assert.StartsWith("The curator's correction", (string?)austin["curatorNote"]);
        JsonNode june = facts.Single(f => (string?)f["id"] == "treaty-signing-date")["claims"]!.AsArray()
            .Single(c => (string?)c!["id"] == "jayaprakash-june")!;
        Assert.Equal("issued", (string?)june["yearFrom"]);

        // Disputed facts are the FC0012 infos; they are in the diagnostics too.
        string[] disputed = facts.Where(f => (string?)f["status"] == "Disputed").Select(f => (string)f["id"]!).ToArray();
        Assert.Equal(disputed.Length, json["diagnostics"]!.AsArray().Count(d => (string?)d!["id"] == "FC0012"));
        Assert.Contains(facts, f => (string?)f["status"] == "Consistent" && f["value"] is not null);
    }

    [Fact]
    public void Citations_give_the_line_column_and_offset_of_the_quote_in_the_LF_text_of_the_source()
    {
        JsonNode json = RealJson.Value;
        Dictionary<string, string> texts = SourceTexts(json, ToolRunner.RealCatalogue);
        int checkedCitations = 0;
        foreach (JsonNode claim in Facts(json).SelectMany(f => f["claims"]!.AsArray()).Select(c => c!))
        {
            JsonNode citation = claim["citation"]!;
            string text = texts[(string)citation["source"]!];
            int offset = (int)citation["offset"]!, length = (int)citation["length"]!;
            Assert.Equal((string)citation["quote"]!, text.Substring(offset, length));
            string before = text.Substring(0, offset);
            Assert.Equal(before.Count(c => c == '\n') + 1, (int)citation["line"]!);
            Assert.Equal(offset - (before.LastIndexOf('\n') + 1) + 1, (int)citation["column"]!);
            checkedCitations++;
        }
        Assert.True(checkedCitations > 100, $"only {checkedCitations} citations");
    }

    [Fact]
    public void Every_verified_claim_is_a_web_annotation_of_the_required_shape()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "export", "--format", "web-annotation");
        Assert.True(run.ExitCode == 0, run.ToString());
        SchemaCheck.Valid("web-annotation-subset.schema.json", run.Output);

        JsonNode collection = RealAnnotations.Value;
        JsonArray items = collection["first"]!["items"]!.AsArray();
        int verified = Facts(RealJson.Value).SelectMany(f => f["claims"]!.AsArray()).Count(c => (bool)c!["verified"]!);
        Assert.Equal(verified, items.Count);
        Assert.Equal(verified, (int)collection["total"]!);
        Assert.Equal(items.Count, items.Select(i => (string)i!["id"]!).Distinct().Count());
    }

    [Fact]
    public void The_selectors_of_every_annotation_find_its_quote_again_in_the_source_text()
    {
        JsonNode json = RealJson.Value;
        Dictionary<string, string> texts = SourceTexts(json, ToolRunner.RealCatalogue);
        Dictionary<string, string> quotes = Facts(json)
            .SelectMany(f => f["claims"]!.AsArray().Select(c => ($"urn:factcatalog:claim:{f["id"]}:{c!["id"]}", (string)c["citation"]!["quote"]!)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

        JsonArray items = RealAnnotations.Value["first"]!["items"]!.AsArray();
        Assert.NotEmpty(items);
        foreach (JsonNode? annotation in items)
        {
            string sourceId = ((string)annotation!["target"]!["source"]!["id"]!).Substring("urn:factcatalog:source:".Length);
            AssertSelectorsFind(texts[sourceId], annotation["target"]!, quotes[(string)annotation["id"]!]);
        }
    }

    [Fact]
    public void Positions_count_code_points_in_the_LF_text_and_quote_context_grows_until_it_is_unique()
    {
        // The same 40 characters on both sides of both occurrences: 32 characters of context cannot tell them apart.
        const string filler = "the committee sat in the old hall again ";
        const string document =
            "Intro \U0001F600 line.\r\n"
            + "First " + filler + "Officials met again on Monday " + filler + "\r\n"
            + "Later " + filler + "Officials met again on Monday " + filler + "\r\n";
        const string facts =
            "group: Test\n"
            + "facts:\n"
            + "  meeting:\n"
            + "    statement: When officials met.\n"
            + "    type: text\n"
            + "    claims:\n"
            + "      report:\n"
            + "        value: Monday\n"
            + "        claimant: the report\n"
            + "        source: report\n"
            + "        quote: Officials met again on Monday\n"
            + "        prefix: 'Later " + filler + "'\n";
        using var catalogue = new TempCatalogue(facts, document: document);

        ToolRun run = ToolRunner.Run(catalogue.Root, "export", "--format", "web-annotation");
        Assert.True(run.ExitCode == 0, run.ToString());
        SchemaCheck.Valid("web-annotation-subset.schema.json", run.Output);
        JsonNode annotation = JsonNode.Parse(run.Output)!["first"]!["items"]![0]!;
        string text = document.Replace("\r\n", "\n");

        JsonNode position = annotation["target"]!["selector"]!.AsArray().Single(s => (string?)s!["type"] == "TextPositionSelector")!;
        int utf16Start = text.LastIndexOf("Officials met again on Monday", StringComparison.Ordinal);
        Assert.Equal(utf16Start - 1, (int)position["start"]!); // the emoji is two UTF-16 units but one character
        AssertSelectorsFind(text, annotation["target"]!, "Officials met again on Monday");

        JsonNode quote = annotation["target"]!["selector"]!.AsArray().Single(s => (string?)s!["type"] == "TextQuoteSelector")!;
        Assert.True(((string)quote["prefix"]!).Length > 32, "the prefix should have grown past 32 characters to tell the second occurrence from the first");
        Assert.Contains("\nLater " + filler, (string)quote["prefix"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sources_export_as_CSL_JSON_items_of_the_required_shape()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "export", "--format", "csl-json", "-o", Path.Combine(Path.GetTempPath(), $"factcatalog-csl-{Guid.NewGuid():N}.json"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Output);

        string csl = ToolRunner.Run(ToolRunner.RealCatalogue, "export", "--format", "csl-json").Output;
        SchemaCheck.Valid("csl-data-subset.schema.json", csl);
        JsonArray items = JsonNode.Parse(csl)!.AsArray();
        Assert.Equal(RealJson.Value["sources"]!.AsArray().Select(s => (string)s!["id"]!), items.Select(i => (string)i!["id"]!));

        JsonNode jayaprakash = items.Single(i => (string?)i!["id"] == "jayaprakash-2024-11-16")!;
        Assert.Equal("webpage", (string?)jayaprakash["type"]);
        Assert.Equal("Rajoli Siddharth Jayaprakash", (string?)jayaprakash["author"]![0]!["literal"]);
        Assert.Equal(new[] { 2024, 11, 16 }, jayaprakash["issued"]!["date-parts"]![0]!.AsArray().Select(p => (int)p!));
        Assert.StartsWith("Machine translation.", (string?)items.Single(i => (string?)i!["id"] == "ippen-media-machine-translation")!["note"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web-annotation-subset.schema.json", "web-annotation", "/first/items/0/target/selector/0", "{ \"type\": \"TextQuoteSelector\", \"prefix\": \"no exact\" }")]
    [InlineData("web-annotation-subset.schema.json", "web-annotation", "/first/items/0/type", "\"Note\"")]
    [InlineData("csl-data-subset.schema.json", "csl-json", "/0/type", "\"newspaper\"")]
    [InlineData("csl-data-subset.schema.json", "csl-json", "/0/issued", "{ \"date-parts\": [[2024, 11, 7, 1]] }")]
    [InlineData("catalogue-export.schema.json", "json", "/groups/0/facts/0/status", "\"Maybe\"")]
    public void The_schema_checks_reject_what_breaks_the_shape(string schema, string format, string pointer, string replacement)
    {
        string exported = ToolRunner.Run(ToolRunner.RealCatalogue, "export", "--format", format).Output;
        Assert.Equal(string.Empty, SchemaCheck.Errors(schema, exported));

        JsonNode root = JsonNode.Parse(exported)!;
        string[] steps = pointer.Trim('/').Split('/');
        JsonNode parent = root;
        foreach (string step in steps[..^1])
        {
            parent = int.TryParse(step, out int index) ? parent[index]! : parent[step]!;
        }
        if (int.TryParse(steps[^1], out int last))
        {
            parent[last] = JsonNode.Parse(replacement);
        }
        else
        {
            parent[steps[^1]] = JsonNode.Parse(replacement);
        }

        Assert.NotEqual(string.Empty, SchemaCheck.Errors(schema, root.ToJsonString()));
    }

    [Fact]
    public void A_catalogue_with_errors_is_still_exported_with_the_errors_on_standard_error_and_exit_1()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.BrokenFacts);

        ToolRun run = ToolRunner.Run(catalogue.Root, "export", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        SchemaCheck.Valid("catalogue-export.schema.json", run.Output);
        Assert.Contains("facts/test.facts.yaml(12,16): error FC0007: ", run.Error, StringComparison.Ordinal);
        JsonNode claim = JsonNode.Parse(run.Output)!["groups"]![0]!["facts"]![0]!["claims"]![0]!;
        Assert.False((bool)claim["verified"]!);
        Assert.Null(claim["citation"]);
    }

    /// <summary>
    /// The quote selector's prefix + exact + suffix occurs once in the text, and the position selector's code point
    /// range is that very occurrence, whose text is the claim's quote.
    /// </summary>
    private static void AssertSelectorsFind(string text, JsonNode target, string expectedQuote)
    {
        JsonArray selectors = target["selector"]!.AsArray();
        JsonNode quote = selectors.Single(s => (string?)s!["type"] == "TextQuoteSelector")!;
        JsonNode position = selectors.Single(s => (string?)s!["type"] == "TextPositionSelector")!;
        string exact = (string)quote["exact"]!, prefix = (string)quote["prefix"]!, suffix = (string)quote["suffix"]!;
        Assert.Equal(expectedQuote, exact);

        string passage = prefix + exact + suffix;
        int found = text.IndexOf(passage, StringComparison.Ordinal);
        Assert.True(found >= 0, $"the quote selector does not occur in the text: {passage}");
        Assert.True(text.IndexOf(passage, found + 1, StringComparison.Ordinal) < 0, $"the quote selector occurs more than once: {passage}");

        int[] codePointStarts = StringInfoIndex(text);
        int start = (int)position["start"]!, end = (int)position["end"]!;
        int utf16Start = codePointStarts[start], utf16End = codePointStarts[end];
        Assert.Equal(found + prefix.Length, utf16Start);
        Assert.Equal(exact, text.Substring(utf16Start, utf16End - utf16Start));
    }

    /// <summary>For each code point index (and the end), its UTF-16 index in <paramref name="text"/>.</summary>
    private static int[] StringInfoIndex(string text)
    {
        var starts = new List<int>();
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            starts.Add(i);
        }
        starts.Add(text.Length);
        return starts.ToArray();
    }

    private static JsonNode Export(string workingDirectory, string format)
    {
        ToolRun run = ToolRunner.Run(workingDirectory, "export", "--format", format);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonNode.Parse(run.Output)!;
    }

    private static IEnumerable<JsonNode> Facts(JsonNode json) =>
        json["groups"]!.AsArray().SelectMany(g => g!["facts"]!.AsArray()).Select(f => f!);

    /// <summary>Each source's document, read from disk here, line endings normalised to LF.</summary>
    private static Dictionary<string, string> SourceTexts(JsonNode json, string root) =>
        json["sources"]!.AsArray().ToDictionary(
            s => (string)s!["id"]!,
            s => File.ReadAllText(Path.Combine(root, (string)s!["path"]!)).Replace("\r\n", "\n").Replace('\r', '\n'),
            StringComparer.Ordinal);
}
