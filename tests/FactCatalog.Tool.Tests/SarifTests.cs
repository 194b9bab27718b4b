using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Tool.Tests;

public class SarifTests
{
    private const string Schema = "sarif-2.1.0-subset.schema.json";

    [Fact]
    public void The_SARIF_log_of_a_broken_catalogue_validates_and_locates_each_result_in_its_YAML_file()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.BrokenFacts);

        ToolRun run = ToolRunner.Run(catalogue.Root, "check", "--format", "sarif");

        Assert.True(run.ExitCode == 1, run.ToString());
        SchemaCheck.Valid(Schema, run.Output);
        JsonNode log = JsonNode.Parse(run.Output)!;
        Assert.Equal("2.1.0", (string?)log["version"]);
        JsonNode sarifRun = log["runs"]![0]!;
        Assert.Equal("factcatalog", (string?)sarifRun["tool"]!["driver"]!["name"]);

        JsonArray results = sarifRun["results"]!.AsArray();
        Assert.Equal(2, results.Count);
        JsonNode quote = results.Single(r => (string?)r!["ruleId"] == "FC0007")!;
        Assert.Equal("error", (string?)quote["level"]);
        Assert.StartsWith("Quote of claim 'pentagon' is not found in source 'report'", (string?)quote["message"]!["text"], StringComparison.Ordinal);
        JsonNode location = quote["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("facts/test.facts.yaml", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("SRCROOT", (string?)location["artifactLocation"]!["uriBaseId"]);
        Assert.Equal(12, (int)location["region"]!["startLine"]!);
        Assert.Equal(16, (int)location["region"]!["startColumn"]!);

        JsonNode unknownKey = results.Single(r => (string?)r!["ruleId"] == "FC0003")!;
        Assert.Equal("warning", (string?)unknownKey["level"]);
        Assert.Equal(6, (int)unknownKey["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);

        // The base the relative URIs resolve against is the working directory, so a viewer finds the YAML file.
        string baseUri = (string)sarifRun["originalUriBaseIds"]!["SRCROOT"]!["uri"]!;
        Assert.True(File.Exists(new Uri(new Uri(baseUri), "facts/test.facts.yaml").LocalPath));
    }

    [Fact]
    public void Every_catalogue_rule_is_in_the_driver_with_its_help_page_and_default_level()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "check", "--format", "sarif");

        Assert.True(run.ExitCode == 0, run.ToString());
        SchemaCheck.Valid(Schema, run.Output);
        JsonNode sarifRun = JsonNode.Parse(run.Output)!["runs"]![0]!;
        JsonArray rules = sarifRun["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(CatalogueDiagnostics.All.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal), rules.Select(r => (string)r!["id"]!));
        foreach (JsonNode? rule in rules)
        {
            string id = (string)rule!["id"]!;
            // No help page while the repository has no public home: then the rule has no helpUri rather than an empty one.
            string link = DiagnosticHelp.LinkFor(id);
            Assert.Equal(link.Length == 0 ? null : link, (string?)rule["helpUri"]);
            Assert.Equal(Check.SarifWriter.Level(CatalogueDiagnostics.ById[id].DefaultSeverity), (string?)rule["defaultConfiguration"]!["level"]);
        }

        // The real catalogue's diagnostics are its disputed facts (FC0012, info): SARIF's "note", pointing at the rule.
        JsonArray results = sarifRun["results"]!.AsArray();
        Assert.NotEmpty(results);
        Assert.All(results, r =>
        {
            Assert.Equal("FC0012", (string?)r!["ruleId"]);
            Assert.Equal("note", (string?)r["level"]);
            Assert.Equal("FC0012", (string?)rules[(int)r["ruleIndex"]!]!["id"]);
        });
    }

    [Fact]
    public void Warnaserror_raises_the_level_and_output_goes_to_the_file_named()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.WarningFacts);

        ToolRun run = ToolRunner.Run(catalogue.Root, "check", "--format", "sarif", "--warnaserror", "-o", "out/check.sarif");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Output);
        string sarif = File.ReadAllText(Path.Combine(catalogue.Root, "out", "check.sarif"));
        SchemaCheck.Valid(Schema, sarif);
        JsonNode result = JsonNode.Parse(sarif)!["runs"]![0]!["results"]![0]!;
        Assert.Equal("FC0003", (string?)result["ruleId"]);
        Assert.Equal("error", (string?)result["level"]);
    }

    [Theory]
    [InlineData("level", "\"fatal\"")]
    [InlineData("region", "{ \"startLine\": 0 }")]
    [InlineData("message", "{ \"markdown\": \"no text\" }")]
    public void The_schema_check_rejects_a_log_that_breaks_the_SARIF_shape(string property, string value)
    {
        using var catalogue = new TempCatalogue(TempCatalogue.BrokenFacts);
        string sarif = ToolRunner.Run(catalogue.Root, "check", "--format", "sarif").Output;
        JsonNode log = JsonNode.Parse(sarif)!;
        JsonNode result = log["runs"]![0]!["results"]![0]!;
        if (property == "region")
        {
            result["locations"]![0]!["physicalLocation"]!["region"] = JsonNode.Parse(value);
        }
        else
        {
            result[property] = JsonNode.Parse(value);
        }

        Assert.NotEqual(string.Empty, SchemaCheck.Errors(Schema, log.ToJsonString()));
        Assert.Equal(string.Empty, SchemaCheck.Errors(Schema, sarif));
    }

    [Fact]
    public void The_schema_check_rejects_a_log_without_a_driver_name()
    {
        string sarif = ToolRunner.Run(ToolRunner.RealCatalogue, "check", "--format", "sarif").Output;
        JsonNode log = JsonNode.Parse(sarif)!;
        log["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name");

        Assert.NotEqual(string.Empty, SchemaCheck.Errors(Schema, log.ToJsonString()));
    }
}

public class CheckEdgeTests
{
    [Fact]
    public void An_empty_facts_folder_is_the_file_less_warning_FC0014_in_both_formats()
    {
        string root = Path.Combine(Path.GetTempPath(), "factcatalog-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "facts"));
        try
        {
            ToolRun run = ToolRunner.Run(root, "check");
            ToolRun strict = ToolRunner.Run(root, "check", "--warnaserror");
            ToolRun sarif = ToolRunner.Run(root, "check", "--format", "sarif");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.StartsWith("FactCatalog: warning FC0014: No fact files (*.facts.yaml) were found in 'facts'", run.OutputLines.Single(), StringComparison.Ordinal);
            Assert.True(strict.ExitCode == 1, strict.ToString());
            SchemaCheck.Valid("sarif-2.1.0-subset.schema.json", sarif.Output);
            JsonNode result = JsonNode.Parse(sarif.Output)!["runs"]![0]!["results"]!.AsArray().Single()!;
            Assert.Equal("FC0014", (string?)result["ruleId"]);
            Assert.Empty(result["locations"]!.AsArray());
            Assert.Contains("in 'facts'", (string?)result["message"]!["text"], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Absolute_folders_give_absolute_paths_and_file_URIs()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.BrokenFacts);
        string facts = Path.Combine(catalogue.Root, "facts");
        string seeds = Path.Combine(catalogue.Root, "seeds");

        ToolRun run = ToolRunner.Run(Path.GetTempPath(), "check", "--facts", facts, "--seeds", seeds);
        ToolRun sarif = ToolRunner.Run(Path.GetTempPath(), "check", "--facts", facts, "--seeds", seeds, "--format", "sarif");

        Assert.True(run.ExitCode == 1, run.ToString());
        string factFile = Path.Combine(facts, "test.facts.yaml").Replace('\\', '/');
        Assert.StartsWith(factFile + "(12,16): error FC0007: ", run.OutputLines[1], StringComparison.Ordinal);
        SchemaCheck.Valid("sarif-2.1.0-subset.schema.json", sarif.Output);
        JsonNode artifact = JsonNode.Parse(sarif.Output)!["runs"]![0]!["results"]![1]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.Equal(new Uri(factFile).AbsoluteUri, (string?)artifact["uri"]);
        Assert.Null(artifact["uriBaseId"]);
    }
}
