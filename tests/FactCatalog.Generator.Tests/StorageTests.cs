using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using FactCatalog.Generator.Emit;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// How the generated catalogue stores its text: as UTF-8 data packed two bytes to a character in string literals, up
/// to a share of the assembly's string heap (whose 16 MB limit, CS8103, a large catalogue would pass), and as UTF-8
/// literals outside it past that; decoded fact by fact on first use, with the same values on every language version.
/// </summary>
public class StorageTests
{
    /// <summary>
    /// Three chunks of the tables (512 ids) and dozens of the group's records (32 a chunk), each fact with its own long
    /// statement and a quote of a line of its own.
    /// </summary>
    private const int FactCount = 1200;

    private static readonly Lazy<CatalogueInput> s_large = new(LargeCatalogue);

    [Fact]
    public void Catalogue_data_takes_the_string_heap_only_up_to_its_share_and_decodes_across_chunks()
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
        string expected = Statement(1100) + "|" + Quote(1100) + "|1102|" + Value(1100) + "|Fact 0513 of the large|fact-1199";
        int catalogueText = s_large.Value.Files.Sum(f => f.Text.Length);
        Assert.True(catalogueText > 500_000, "The catalogue should hold hundreds of thousands of characters: " + catalogueText);

        // By default every chunk of the group is a packed string literal.
        GeneratorRun packed = GeneratorHarness.Run(s_large.Value, code);
        Assert.False(packed.HasErrors, packed.Describe());
        Assert.Empty(packed.CompileDiagnostics());
        string group = packed.Files["Facts.Large.g.cs"];
        int chunks = FactListCode.Chunks(FactCount, GroupEmitter.RecordChunkSize);
        Assert.Equal(Enumerable.Repeat("packed", chunks), GeneratedData.Forms(group));
        int[] chunkBytes = GeneratedData.Chunks(group).Select(Encoding.UTF8.GetByteCount).ToArray();
        Assert.InRange(UserStringHeapSize(packed.Output), chunkBytes.Sum(), chunkBytes.Sum() + 4_096);
        Assert.Equal(expected, GeneratorHarness.Execute(packed.Output, "Probe", "Run"));

        // With a budget whose group share holds the first chunk but not the second, the rest are UTF-8 literals, which the
        // runtime reads the same.
        // (No later chunk, the last and shorter one included, may fit what is left: a chunk is packed whenever it fits.)
        int share = PackedData.HeapBytes(chunkBytes[0]) + (chunkBytes.Skip(1).Min(PackedData.HeapBytes) / 2);
        int total = share * PackedData.GroupCountStep;
        Assert.InRange(PackedData.GroupShare(total, 1), PackedData.HeapBytes(chunkBytes[0]), PackedData.HeapBytes(chunkBytes[0]) + PackedData.HeapBytes(chunkBytes[1]) - 1);
        GeneratorRun mixed = GeneratorHarness.Run(WithHeapBytes(s_large.Value, total), code);
        Assert.Empty(mixed.CompileDiagnostics());
        Assert.Equal(Enumerable.Repeat("packed", 1).Concat(Enumerable.Repeat("u8", chunks - 1)), GeneratedData.Forms(mixed.Files["Facts.Large.g.cs"]).OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(GeneratedData.Chunks(group).OrderBy(c => c, StringComparer.Ordinal), GeneratedData.Chunks(mixed.Files["Facts.Large.g.cs"]).OrderBy(c => c, StringComparer.Ordinal));
        Assert.True(UserStringHeapSize(mixed.Output) <= total, "String literals in IL: " + UserStringHeapSize(mixed.Output) + " bytes");
        Assert.Equal(expected, GeneratorHarness.Execute(mixed.Output, "Probe", "Run"));

        // With none, the text stays out of the string heap: a few hundred bytes of messages are all that is there.
        GeneratorRun none = GeneratorHarness.Run(WithHeapBytes(s_large.Value, 0), code);
        Assert.Empty(none.CompileDiagnostics());
        Assert.DoesNotContain("packed", GeneratedData.Forms(string.Concat(none.Files.Values)));
        Assert.True(UserStringHeapSize(none.Output) < 4_096, "String literals in IL: " + UserStringHeapSize(none.Output) + " bytes");
        Assert.Equal(expected, GeneratorHarness.Execute(none.Output, "Probe", "Run"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("8 MB")]
    [InlineData("16777216")]
    public void A_string_heap_budget_that_is_not_a_number_of_bytes_the_heap_holds_is_reported_and_the_default_used(string value)
    {
        GeneratorRun run = GeneratorHarness.Run(WithHeapBytes(Catalogues.Representative(), value));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "FC0023");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("FactCatalogStringHeapBytes is '" + value + "'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("packed", GeneratedData.Forms(string.Concat(run.Files.Values)));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void The_FC0023_page_shows_the_message_the_build_gives()
    {
        GeneratorRun run = GeneratorHarness.Run(WithHeapBytes(Catalogues.Representative(), "8 MB"));
        string message = Assert.Single(run.Diagnostics, d => d.Id == "FC0023").GetMessage(CultureInfo.InvariantCulture);

        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "docs", "diagnostics", "FC0023.md")))
        {
            dir = Path.GetDirectoryName(dir);
        }
        Assert.NotNull(dir);
        Assert.Contains("CSC : warning FC0023: " + message + "\n", File.ReadAllText(Path.Combine(dir!, "docs", "diagnostics", "FC0023.md")), StringComparison.Ordinal);
    }

    private static CatalogueInput WithHeapBytes(CatalogueInput input, object bytes) =>
        input with { Properties = new Dictionary<string, string>(input.Properties) { ["FactCatalogStringHeapBytes"] = Convert.ToString(bytes, CultureInfo.InvariantCulture)! } };

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
    public void Every_language_version_reads_the_same_values_from_packed_and_utf8_data()
    {
        const string code = """
            using System.Linq;
            public static class Probe
            {
                public static string Run() => string.Join(";", Demo.Facts.All.Select(f => f.ToString() + "=" + string.Join(",", f.Claims.Select(c => c.Citation.Quote + "@" + c.Citation.Source.Title))));
            }
            """;
        string Probe(LanguageVersion version, int heapBytes, out IReadOnlyDictionary<string, string> files)
        {
            var parse = new CSharpParseOptions(version, DocumentationMode.Diagnose);
            CatalogueInput input = WithHeapBytes(Catalogues.Representative(), heapBytes);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new FactCatalogGenerator().AsSourceGenerator() },
                input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)),
                parse,
                new TestOptionsProvider(input.Properties));
            Compilation compilation = GeneratorHarness.Compilation();
            compilation = compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithNullableContextOptions(
                version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable)).AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, parse.WithDocumentationMode(DocumentationMode.Parse)));
            GeneratorRun run = GeneratorHarness.Run(driver, compilation);
            Assert.False(run.HasErrors, run.Describe());
            Assert.Empty(run.CompileDiagnostics());
            files = run.Files;
            return (string)GeneratorHarness.Execute(run.Output, "Probe", "Run")!;
        }

        // Packed string literals by default; past the budget (here none) "..."u8 literals, and before C# 11 byte arrays.
        string packed = Probe(LanguageVersion.Latest, PackedData.DefaultTotalBytes, out IReadOnlyDictionary<string, string> packedFiles);
        string packed73 = Probe(LanguageVersion.CSharp7_3, PackedData.DefaultTotalBytes, out IReadOnlyDictionary<string, string> packed73Files);
        string latest = Probe(LanguageVersion.Latest, 0, out IReadOnlyDictionary<string, string> u8Files);
        string csharp10 = Probe(LanguageVersion.CSharp10, 0, out IReadOnlyDictionary<string, string> byteFiles);
        // (Only group records are packed: ids, tags and sources stay UTF-8 data.)
        Assert.Equal(new[] { "packed", "u8" }, packedFiles.Values.SelectMany(GeneratedData.Forms).Distinct().OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(new[] { "bytes", "packed" }, packed73Files.Values.SelectMany(GeneratedData.Forms).Distinct().OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(new[] { "u8" }, u8Files.Values.SelectMany(GeneratedData.Forms).Distinct());
        Assert.Equal(new[] { "bytes" }, byteFiles.Values.SelectMany(GeneratedData.Forms).Distinct());
        Assert.Equal(latest, packed);
        Assert.Equal(latest, packed73);
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
