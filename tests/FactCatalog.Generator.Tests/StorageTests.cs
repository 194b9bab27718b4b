using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// How the generated catalogue stores its text: as UTF-8 data outside the assembly's string heap (whose 16 MB
/// limit, CS8103, a large catalogue would pass), decoded fact by fact on first use, with the same values on
/// every language version.
/// </summary>
public class StorageTests
{
    /// <summary>Three chunks of records, each fact with its own long statement and a quote of a line of its own.</summary>
    private const int FactCount = 1200;

    private static readonly Lazy<CatalogueInput> s_large = new(LargeCatalogue);

    [Fact]
    public void Catalogue_text_stays_out_of_the_string_heap_and_decodes_across_chunks()
    {
        const string code = """
            public static class Probe
            {
                public static string Run()
                {
                    var fact = Demo.Facts.Large.Fact1100.Fact;
                    return fact.Statement + "|" + fact.Claims[0].Citation.Quote + "|" + fact.Claims[0].Citation.Line + "|" + fact.Value
                        + "|" + Demo.Facts.Get("fact-0513").Statement.Substring(0, 22) + "|" + Demo.Facts.Large.All[FactCount()].Id;
                }

                private static int FactCount() => Demo.Facts.Large.All.Count - 1;
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(s_large.Value, code);
        Assert.False(run.HasErrors, run.Describe());
        Assert.Empty(run.CompileDiagnostics());

        int catalogueText = s_large.Value.Files.Sum(f => f.Text.Length);
        // As string literals the text would weigh twice its length in UTF-16; a few hundred bytes of messages are all that is there.
        Assert.True(catalogueText > 500_000, "The catalogue should hold hundreds of thousands of characters: " + catalogueText);
        Assert.True(UserStringHeapSize(run.Output) < 4_096, "String literals in IL: " + UserStringHeapSize(run.Output) + " bytes");

        Assert.Equal(Statement(1100) + "|" + Quote(1100) + "|1102|" + Value(1100) + "|Fact 0513 of the large|fact-1199",
            GeneratorHarness.Execute(run.Output, "Probe", "Run"));
    }

    [Fact]
    public void Reading_one_fact_builds_that_fact_only()
    {
        const string code = """
            using System.Linq;
            using System.Reflection;
            public static class Probe
            {
                public static string Run()
                {
                    _ = Demo.Facts.Large.Fact0700.Fact;
                    string afterTyped = Built("Demo.FactsStore.Large", "Facts") + "/" + Built("Demo.FactsIndex", "All");
                    _ = Demo.Facts.Get("fact-0100");
                    _ = Demo.Facts.Get("fact-0700");
                    string afterLookup = Built("Demo.FactsStore.Large", "Facts") + "/" + Built("Demo.FactsIndex", "All");
                    return afterTyped + " " + afterLookup;
                }

                // How many entries of the table's cache (its array of facts) hold a built fact.
                private static int Built(string type, string field)
                {
                    object table = typeof(Probe).Assembly.GetType(type)!.GetField(field, BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
                    for (System.Type? t = table.GetType(); t is not null; t = t.BaseType)
                    {
                        FieldInfo? cache = t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic).FirstOrDefault(f => f.FieldType.IsArray && !f.FieldType.GetElementType()!.IsValueType);
                        if (cache is not null)
                        {
                            return ((object?[])cache.GetValue(table)!).Count(item => item is not null);
                        }
                    }
                    return -1;
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(s_large.Value, code);
        Assert.Empty(run.CompileDiagnostics());
        // The typed member builds its fact alone; a lookup by id builds the looked-up facts, through the same group table.
        Assert.Equal("1/0 2/2", GeneratorHarness.Execute(run.Output, "Probe", "Run"));
    }

    [Fact]
    public void Before_CSharp_11_the_data_is_byte_arrays_with_the_same_values()
    {
        const string code = """
            using System.Linq;
            public static class Probe
            {
                public static string Run() => string.Join(";", Demo.Facts.All.Select(f => f.ToString() + "=" + string.Join(",", f.Claims.Select(c => c.Citation.Quote + "@" + c.Citation.Source.Title))));
            }
            """;
        string Probe(LanguageVersion version, out IReadOnlyDictionary<string, string> files)
        {
            var parse = new CSharpParseOptions(version, DocumentationMode.Diagnose);
            CatalogueInput input = Catalogues.Representative();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new FactCatalogGenerator().AsSourceGenerator() },
                input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)),
                parse,
                new TestOptionsProvider(input.Properties));
            Compilation compilation = GeneratorHarness.Compilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, parse.WithDocumentationMode(DocumentationMode.Parse)));
            GeneratorRun run = GeneratorHarness.Run(driver, compilation);
            Assert.False(run.HasErrors, run.Describe());
            Assert.Empty(run.CompileDiagnostics());
            files = run.Files;
            return (string)GeneratorHarness.Execute(run.Output, "Probe", "Run")!;
        }

        string latest = Probe(LanguageVersion.Latest, out IReadOnlyDictionary<string, string> u8Files);
        string csharp10 = Probe(LanguageVersion.CSharp10, out IReadOnlyDictionary<string, string> byteFiles);
        Assert.Contains(u8Files.Values, text => text.Contains("\"u8,", StringComparison.Ordinal));
        Assert.DoesNotContain(byteFiles.Values, text => text.Contains("\"u8,", StringComparison.Ordinal));
        Assert.Contains(byteFiles.Values, text => text.Contains(")new byte[] { ", StringComparison.Ordinal));
        Assert.Equal(latest, csharp10);
        Assert.Contains("troops-in-russia: about 10,000 troops=about 10,000 North Korean troops are ready to be deployed@", latest);
    }

    private static int UserStringHeapSize(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        return pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
    }

    private static string Number(int i) => i.ToString("D4", CultureInfo.InvariantCulture);

    private static string Statement(int i) =>
        "Fact " + Number(i) + " of the large catalogue, with a statement long enough that a thousand of them weigh as much as a real catalogue does: "
        + string.Concat(Enumerable.Repeat("words \u201Cquoted\u201D & <escaped> */ \\ ", 6)) + "end.";

    private static string Quote(int i) => "counted " + Value(i).ToString("N0", CultureInfo.InvariantCulture) + " units in line " + Number(i);

    private static int Value(int i) => 1000 + (i * 13);

    private static CatalogueInput LargeCatalogue()
    {
        var facts = new StringBuilder("group: Large\nfacts:\n");
        var document = new StringBuilder("The large report\n");
        for (int i = 0; i < FactCount; i++)
        {
            document.Append("The survey ").Append(Quote(i)).Append(", with a long tail of words that make the line as long as a real sentence in a report.\n");
            facts.Append("  fact-").Append(Number(i)).Append(":\n")
                .Append("    statement: \"").Append(Statement(i).Replace("\\", "\\\\", StringComparison.Ordinal)).Append("\"\n")
                .Append("    type: count\n    claims:\n      survey:\n        value: ").Append(Value(i).ToString(CultureInfo.InvariantCulture))
                .Append("\n        claimant: the survey\n        source: large\n        quote: ").Append(Quote(i)).Append('\n');
        }
        return new CatalogueInput(
            new List<(string, string)>
            {
                (Catalogues.FactsDir + "large.facts.yaml", facts.ToString()),
                (Catalogues.SourcesPath, "sources:\n  large:\n    file: large.txt\n    title: The large report\n"),
                (GeneratorHarness.ProjectDir + "seeds/large.txt", document.ToString()),
            },
            Catalogues.Properties);
    }
}
