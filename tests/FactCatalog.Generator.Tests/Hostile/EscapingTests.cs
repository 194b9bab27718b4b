using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>
/// Text that breaks comments, XML docs and string literals (<c>*/</c>, <c>&lt;/summary&gt;</c>, <c>&amp;</c>,
/// quotes, backslashes, braces, a line break, a tab) in every text field of a fact, its claims and its source:
/// no diagnostic, generated code that compiles without any warning, docs that parse, and every value read back
/// at run time exactly as written.
/// </summary>
public sealed class EscapingTests
{
    /// <summary>Each field gets its own label before this text, so a value that lands in the wrong field shows.</summary>
    public const string Hazard = "*/ /* </summary> <see cref=\"x\"/> &amp; & \" \"\"\" \\ \\u0041 ' {0} }} $\"{x}\"\n#endregion // end\ttab";

    private const string FactPath = "/project/facts/escaping.facts.yaml";
    private const string SourcesPath = "/project/facts/sources.yaml";
    private const string DocumentName = "odd & 'name' \"x\" <y> {0}.txt";
    private const string DocumentPath = "/project/seeds/" + DocumentName;

    private static readonly string[] FactFields = { "statement", "unit", "tag", "note" };
    private static readonly string[] ClaimFields = { "value", "claimant", "quote", "note", "reason" };
    private static readonly string[] SourceFields =
        { "type", "title", "container-title", "publisher", "author", "language", "url", "note", "original-title", "original-publisher" };

    /// <summary>The text a field holds: its label, then <see cref="Hazard"/>.</summary>
    private static string Field(string label) => label + " " + Hazard;

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>.</summary>
    private static string Yaml(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";

    private static string Document =>
        "Escaping report\n" +
        "He said: " + Field("kept value") + ", and so on.\n" +
        "Later: " + Field("dropped value") + " was retracted.\n";

    private static CatalogueInput Input()
    {
        var facts = new StringBuilder("facts:\n  hostile-text:\n");
        facts.Append("    statement: ").Append(Yaml(Field("statement"))).Append('\n');
        facts.Append("    type: text\n");
        facts.Append("    unit: ").Append(Yaml(Field("unit"))).Append('\n');
        facts.Append("    tags: [").Append(Yaml(Field("tag"))).Append(", plain]\n");
        facts.Append("    note: ").Append(Yaml(Field("note"))).Append('\n');
        facts.Append("    claims:\n");
        foreach (string claim in new[] { "kept", "dropped" })
        {
            facts.Append("      ").Append(claim).Append(":\n");
            facts.Append("        value: ").Append(Yaml(Field(claim + " value"))).Append('\n');
            facts.Append("        claimant: ").Append(Yaml(Field(claim + " claimant"))).Append('\n');
            facts.Append("        source: odd\n");
            facts.Append("        quote: ").Append(Yaml(Field(claim + " value"))).Append('\n');
            facts.Append("        unit: ").Append(Yaml(Field("unit"))).Append('\n');
            facts.Append("        note: ").Append(Yaml(Field(claim + " note"))).Append('\n');
            if (claim == "dropped")
            {
                facts.Append("        rank: deprecated\n");
                facts.Append("        reason: ").Append(Yaml(Field(claim + " reason"))).Append('\n');
            }
            else
            {
                facts.Append("        prefix: \"He said:\"\n");
                facts.Append("        suffix: \", and so on.\"\n");
            }
        }

        var sources = new StringBuilder("sources:\n  odd:\n");
        sources.Append("    file: ").Append(Yaml(DocumentName)).Append('\n');
        foreach (string field in SourceFields)
        {
            string value = Yaml(Field("source " + field));
            sources.Append("    ").Append(field).Append(": ").Append(field == "author" ? "[" + value + ", " + Yaml(Field("second author")) + "]" : value).Append('\n');
        }
        sources.Append("    issued: 2024-11-07\n    translation: human\n    original-date: 2024-11\n");

        return new CatalogueInput(
            new List<(string, string)> { (FactPath, facts.ToString()), (SourcesPath, sources.ToString()), (DocumentPath, Document) },
            Catalogues.Properties);
    }

    private const string Probe = """
        using System.Collections.Generic;
        using System.Linq;
        using Demo;
        using FactCatalog;
        public static class Probe
        {
            public static Dictionary<string, string?> Run()
            {
                var read = new Dictionary<string, string?>();
                Fact fact = Facts.Get("hostile-text");
                read["statement"] = fact.Statement;
                read["unit"] = fact.Unit;
                read["tag"] = fact.Tags[0];
                read["withTag"] = string.Join(",", Facts.WithTag(fact.Tags[0]).Select(f => f.Id));
                read["value"] = Facts.Escaping.HostileText.Value;
                foreach (Claim claim in fact.Claims)
                {
                    string c = claim.Id + " ";
                    read[c + "value"] = (string)claim.BoxedValue;
                    read[c + "constant"] = claim.Id == "kept" ? Facts.Escaping.HostileText.Kept : null;
                    read[c + "claimant"] = claim.Claimant;
                    read[c + "quote"] = claim.Citation.Quote;
                    read[c + "unit"] = claim.Unit;
                    read[c + "note"] = claim.Note;
                    read[c + "reason"] = claim.Reason;
                }
                Source source = fact.Claims[0].Citation.Source;
                read["source file"] = source.File;
                read["source type"] = source.Type;
                read["source title"] = source.Title;
                read["source container-title"] = source.ContainerTitle;
                read["source publisher"] = source.Publisher;
                read["source author"] = source.Authors[0];
                read["source second author"] = source.Authors[1];
                read["source language"] = source.Language;
                read["source url"] = source.Url;
                read["source note"] = source.Note;
                read["source original-title"] = source.OriginalTitle;
                read["source original-publisher"] = source.OriginalPublisher;
                read["source same"] = ReferenceEquals(source, Sources.Odd) ? "yes" : "no";
                read["citation"] = fact.Claims[0].Citation.Line + ":" + fact.Claims[0].Citation.Column;
                return read;
            }
        }
        """;

    [Fact]
    public void Hostile_text_in_every_field_compiles_cleanly_and_reads_back_exactly()
    {
        CatalogueInput input = Input();
        (GeneratorRun run, long allocated, _) = HostileCatalogue.RunMeasured(input, Probe);

        HostileCatalogue.AssertDiagnostics(run, Array.Empty<ExpectedDiagnostic>());
        Assert.Empty(run.CompileDiagnostics());
        HostileCatalogue.AssertNoCrashAndCleanCode(run);
        Assert.True(allocated <= HostileCorpusTests.SmallInputWork, $"The driver allocated {allocated / 1024} KB (budget {HostileCorpusTests.SmallInputWork / 1024} KB)");

        var read = (Dictionary<string, string?>)GeneratorHarness.Execute(run.Output, "Probe", "Run")!;
        var expected = new Dictionary<string, string?>
        {
            ["statement"] = Field("statement"),
            ["unit"] = Field("unit"),
            ["tag"] = Field("tag"),
            ["withTag"] = "hostile-text",
            ["value"] = Field("kept value"),
            ["source file"] = DocumentName,
            ["source same"] = "yes",
            ["citation"] = "2:10",
            ["source second author"] = Field("second author"),
        };
        foreach (string claim in new[] { "kept", "dropped" })
        {
            expected[claim + " value"] = Field(claim + " value");
            expected[claim + " constant"] = claim == "kept" ? Field("kept value") : null;
            expected[claim + " claimant"] = Field(claim + " claimant");
            expected[claim + " quote"] = Field(claim + " value");
            expected[claim + " unit"] = Field("unit");
            expected[claim + " note"] = Field(claim + " note");
            expected[claim + " reason"] = claim == "dropped" ? Field("dropped reason") : null;
        }
        foreach (string field in SourceFields)
        {
            expected["source " + field] = Field("source " + (field == "author" ? "author" : field));
        }
        foreach (KeyValuePair<string, string?> pair in expected)
        {
            Assert.True(read.TryGetValue(pair.Key, out string? actual), $"The probe read no '{pair.Key}'");
            Assert.True(pair.Value == actual, $"'{pair.Key}' reads back {Show(actual)}, not {Show(pair.Value)}");
        }
    }

    [Fact]
    public void Hostile_text_reads_as_written_in_the_docs_of_every_generated_member()
    {
        GeneratorRun run = GeneratorHarness.Run(Input());
        Compilation output = run.Output;
        INamedTypeSymbol fact = output.GetTypeByMetadataName("Demo.Facts+Escaping+HostileText")!;
        Assert.NotNull(fact);
        // Docs show text on one line: line breaks and tabs read as spaces.
        string Flat(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        string factDocs = Tooltip(fact);
        Assert.Contains(Flat(Field("statement")), factDocs);
        string kept = Tooltip(fact.GetMembers("Kept").Single());
        Assert.Contains(Flat(Field("kept claimant")), kept);
        Assert.Contains(Flat(Field("kept value")), kept);
        string dropped = Tooltip(fact.GetMembers("Dropped").Single());
        Assert.Contains(Flat(Field("dropped reason")), dropped);
        string source = Tooltip(output.GetTypeByMetadataName("Demo.Sources")!.GetMembers("Odd").Single());
        Assert.Contains(Flat(Field("source title")), source);
    }

    /// <summary>What a tooltip shows: the XML docs parsed (so they must be well-formed), text only, whitespace collapsed.</summary>
    private static string Tooltip(ISymbol symbol)
    {
        string xml = symbol.GetDocumentationCommentXml() ?? string.Empty;
        XElement root = XDocument.Parse(xml).Root!;
        return string.Join(" ", root.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Show(string? text) =>
        text is null ? "null" : "\"" + string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
