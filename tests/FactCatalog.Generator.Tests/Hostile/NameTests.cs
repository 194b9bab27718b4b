using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Generator.Emit;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;
using static FactCatalog.Generator.Tests.Hostile.HostileCatalogue;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>
/// Names the checks used to pass and the compiler rejected, or that compiled side by side with a name they look like:
/// names of the generated store's members, invisible format characters, names past the metadata limit, very long
/// generated file names, catalogue class names of the runtime's own types, and look-alike names. Each case states
/// its exact diagnostics; what is generated must compile cleanly, and the run's allocation stays bounded.
/// </summary>
public sealed class NameTests
{
    private readonly ITestOutputHelper _output;

    public NameTests(ITestOutputHelper output) => _output = output;

    private sealed record Case(Func<CatalogueInput> Input, ExpectedDiagnostic[] Expected);

    private static ExpectedDiagnostic D(string id, string path, int line, int column, string fragment) => new(id, path, line, column, fragment);

    /// <summary>The catalogue with a <c>name:</c> on the fact (its value at line 3, column 11).</summary>
    private static CatalogueInput FactName(string name) => Edit(FactPath, "    statement: Troops sent.\n", "    name: " + name + "\n    statement: Troops sent.\n");

    /// <summary>The catalogue with a <c>name:</c> on the claim (its value at line 7, column 15).</summary>
    private static CatalogueInput ClaimName(string name) => Edit(FactPath, "      pentagon:\n", "      pentagon:\n        name: " + name + "\n");

    /// <summary>The catalogue with <c>group:</c> (its value at line 1, column 8).</summary>
    private static CatalogueInput Group(string name) => Input().With(FactPath, "group: " + name + "\n" + Facts);

    private static readonly string LongName = new('A', IdentifierNames.MaxIdentifierBytes + 1);

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        ["group-named-like-the-store-data"] = new(() => Group("RecordData"), new[]
        {
            D("FC0010", FactPath, 1, 8, "The group name 'RecordData' is taken by a member of the group's generated store class, which has 'Facts', 'RecordData', 'SourceAt' and numbered chunks of them"),
        }),
        ["group-named-like-a-store-chunk"] = new(() => Group("SourceAt12"), new[]
        {
            D("FC0010", FactPath, 1, 8, "The group name 'SourceAt12' is taken by a member of the group's generated store class"),
        }),
        ["group-named-like-the-store-table-under-another-class-name"] = new(
            () => Group("Facts").WithProperty("FactCatalogClassName", "Catalogue"),
            new[] { D("FC0010", FactPath, 1, 8, "The group name 'Facts' is taken by a member of the group's generated store class") }),
        ["format-character-u206a-in-fact-name"] = new(() => FactName("Tro\u206Aops"), new[]
        {
            D("FC0010", FactPath, 3, 11, "The 'name' of fact 'troops' is not usable: 'Tro\u206Aops' holds the invisible format character U+206A, which C# leaves out of names, so two names that look different could be the same; choose a PascalCase name such as 'TroOps'"),
            D("FC0011", FactPath, 3, 14, "a deprecated format character (U+206A)"),
        }),
        ["format-character-u180e-in-claim-name"] = new(() => ClaimName("Penta\u180Egon"), new[]
        {
            D("FC0010", FactPath, 7, 15, "'Penta\u180Egon' holds the invisible format character U+180E"),
            D("FC0011", FactPath, 7, 20, "a Mongolian vowel separator (U+180E)"),
        }),
        ["format-character-ufff9-in-group"] = new(() => Group("Host\uFFF9ile"), new[]
        {
            D("FC0010", FactPath, 1, 8, "The group name 'Host\uFFF9ile' holds the invisible format character U+FFF9"),
            D("FC0011", FactPath, 1, 12, "an interlinear annotation character (U+FFF9)"),
        }),
        ["format-character-twin-of-another-claim"] = new(
            () => Input().With(FactPath, Facts + "      other:\n        name: Pen\u200Dtagon\n        value: 10000\n        claimant: the Pentagon\n        source: report\n        quote: about 10,000 troops were sent\n"),
            new[]
            {
                // U+200D (zero-width joiner) is also a hidden character (FC0011); as a name it is refused, so the two
                // claims do not become one C# name.
                D("FC0010", FactPath, 12, 15, "'Pen\u200Dtagon' holds the invisible format character U+200D"),
                D("FC0011", FactPath, 12, 18, "a zero-width joiner (U+200D)"),
            }),
        ["fact-name-past-the-metadata-limit"] = new(() => FactName(LongName), new[]
        {
            D("FC0010", FactPath, 3, 11, "makes a C# name of 512 UTF-8 bytes, more than the limit of 511"),
        }),
        ["non-ascii-claim-name-past-the-metadata-limit"] = new(() => ClaimName(new string('\u00e9', 256)), new[]
        {
            D("FC0010", FactPath, 7, 15, "makes a C# name of 512 UTF-8 bytes, more than the limit of 511"),
        }),
        ["fact-id-past-the-metadata-limit"] = new(() => Edit(FactPath, "  troops:", "  " + string.Join("-", Enumerable.Repeat("troops", 90)) + ":"), new[]
        {
            D("FC0010", FactPath, 2, 3, "Fact id 'TroopsTroopsTroopsTroopsTroopsTroopsTroo...' makes a C# name of 540 UTF-8 bytes, more than the limit of 511"),
        }),
        ["namespace-and-class-of-the-runtime-fact"] = new(
            () => Input().WithProperty("FactCatalogNamespace", "FactCatalog").WithProperty("FactCatalogClassName", "Fact"),
            new[] { D("FC0010", string.Empty, 1, 1, "In namespace 'FactCatalog', the catalogue class 'Fact' would take the name of the runtime's 'FactCatalog.Fact', which the generated code uses; set FactCatalogNamespace or FactCatalogClassName to another name") }),
        ["namespace-and-class-of-the-runtime-storage"] = new(
            () => Input().WithProperty("FactCatalogNamespace", "FactCatalog").WithProperty("FactCatalogClassName", "Storage"),
            new[] { D("FC0010", string.Empty, 1, 1, "the catalogue class 'Storage' would take the name of the runtime's 'FactCatalog.Storage'") }),
        ["runtime-namespace-with-the-sources-class"] = new(
            () => Input().WithProperty("FactCatalogNamespace", "FactCatalog").WithProperty("FactCatalogClassName", "Citation"),
            new[] { D("FC0010", string.Empty, 1, 1, "the catalogue class 'Citation' would take the name of the runtime's 'FactCatalog.Citation'") }),
        ["class-named-like-the-runtime-namespace-in-the-global-namespace"] = new(
            () => Input().WithProperty("RootNamespace", " ").WithProperty("FactCatalogClassName", "FactCatalog"),
            new[] { D("FC0010", string.Empty, 1, 1, "In the global namespace, 'FactCatalog' would take the name of the runtime's namespace 'FactCatalog'") }),
        ["decomposed-fact-name"] = new(() => FactName("Caf\u0065\u0301"), new[]
        {
            D("FC0018", FactPath, 3, 11, "The name 'Cafe\u0301' is not in Unicode normal form C: the same letters typed as one character each make a different C# name that looks the same; write it as 'Caf\u00e9'"),
        }),
        ["cyrillic-letter-in-a-latin-claim-name"] = new(() => ClaimName("Pentag\u043En"), new[]
        {
            D("FC0018", FactPath, 7, 15, "The name 'Pentag\u043En' mixes Latin letters with Cyrillic or Greek ones (such as '\u043E', U+043E), so it looks like a name it is not"),
        }),
        ["cyrillic-group-that-reads-as-latin"] = new(() => Group("\u0420\u0415\u0421\u041E"), new[]
        {
            D("FC0018", FactPath, 1, 8, "is written in Cyrillic or Greek letters that look like Latin ones (such as '\u0420', U+0420), so it looks like the Latin name 'PECO'"),
        }),
        ["greek-source-name-that-reads-as-latin"] = new(() => Edit(SourcesPath, "  report:\n", "  report:\n    name: \u039A\u039F\u03A1\n"), new[]
        {
            D("FC0018", SourcesPath, 3, 11, "so it looks like the Latin name 'KOP'"),
        }),
        ["cyrillic-name-that-does-not-read-as-latin"] = new(() => FactName("\u0412\u043E\u0439\u0441\u043A\u0430"), Array.Empty<ExpectedDiagnostic>()),
    };

    public static IEnumerable<object[]> Names => Cases.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Names))]
    public void Name_gives_exactly_its_diagnostics_and_clean_code(string name)
    {
        Case hostile = Cases[name];
        CatalogueInput input = hostile.Input();
        long before = GC.GetAllocatedBytesForCurrentThread();
        (GeneratorRun run, _, _) = RunMeasured(input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        _output.WriteLine($"{name}: allocated {allocated / 1048576.0:F1} MiB\n{Describe(run.Diagnostics)}");

        AssertNoCrashAndCleanCode(run);
        AssertDiagnostics(run, hostile.Expected);
        Assert.True(allocated < 64L << 20, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_very_long_group_gets_a_short_file_name_that_is_always_the_same()
    {
        string group = "Gr" + new string('\u00e9', 200);
        CatalogueInput input = Input().With("/project/facts/long.facts.yaml", "group: " + group + "\nfacts:\n" + Facts.Substring("facts:\n".Length).Replace("  troops:", "  other:", StringComparison.Ordinal));
        GeneratorRun run = GeneratorHarness.Run(input);
        AssertNoCrashAndCleanCode(run);
        string hint = run.Files.Keys.Single(k => k.StartsWith("Facts.Gr", StringComparison.Ordinal));
        _output.WriteLine(hint);
        // "Facts.Gr", the first 92 characters of "_x00E9_x00E9...", an underscore, 8 hex digits of the hash, ".g.cs".
        Assert.Equal(100 + 1 + 8 + 5, hint.Length);
        Assert.Matches("^Facts\\.Gr(_x00E9){15}_x_[0-9a-f]{8}\\.g\\.cs$", hint);
        Assert.Equal(hint, GeneratorHarness.Run(input).Files.Keys.Single(k => k.StartsWith("Facts.Gr", StringComparison.Ordinal)));
        // Another long group that shares the first 100 characters gets another name.
        Assert.NotEqual(CodeNames.HintName("Facts." + group, CodeNames.NewHintNameSet()), CodeNames.HintName("Facts." + group + "x", CodeNames.NewHintNameSet()));
    }

    [Fact]
    public void The_reserved_runtime_names_are_the_runtime_assemblys_public_names()
    {
        IEnumerable<string> actual = typeof(global::FactCatalog.Fact).Assembly.GetExportedTypes()
            .Where(t => t.DeclaringType is null && t.Namespace is not null
                && (t.Namespace == GeneratedMemberNames.RuntimeNamespace || t.Namespace.StartsWith(GeneratedMemberNames.RuntimeNamespace + ".", StringComparison.Ordinal)))
            .Select(t => t.Namespace == GeneratedMemberNames.RuntimeNamespace
                ? t.Name.Split('`')[0]
                : t.Namespace!.Substring(GeneratedMemberNames.RuntimeNamespace.Length + 1).Split('.')[0])
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(actual, GeneratedMemberNames.RuntimeNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void The_reserved_store_names_are_every_member_the_store_class_declares()
    {
        // A group of 600 facts, so the data comes in more than one chunk.
        var yaml = new System.Text.StringBuilder("facts:\n");
        for (int i = 0; i < 600; i++)
        {
            yaml.Append(Facts.Substring("facts:\n".Length).Replace("  troops:", "  troops-" + i + ":", StringComparison.Ordinal));
        }
        GeneratorRun run = GeneratorHarness.Run(Input().With(FactPath, yaml.ToString()));
        Assert.False(run.HasErrors, run.Describe());
        SyntaxNode root = CSharpSyntaxTree.ParseText(run.Files["Facts.Hostile.g.cs"]).GetRoot();
        ClassDeclarationSyntax store = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
            .Single(n => n.Name.ToString().EndsWith("FactsStore", StringComparison.Ordinal))
            .DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        string[] members = store.Members.Select(m => m switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            FieldDeclarationSyntax field => field.Declaration.Variables.Single().Identifier.ValueText,
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            _ => throw new InvalidOperationException("Unexpected member " + m.Kind()),
        }).ToArray();
        // With several chunks, each packed chunk of records is a method of its own: RecordData0, RecordData1, ...
        int chunks = FactCatalog.Generator.Emit.FactListCode.Chunks(600, FactCatalog.Generator.Emit.GroupEmitter.RecordChunkSize);
        Assert.Equal(new[] { "Facts", "RecordData" }.Concat(Enumerable.Range(0, chunks).Select(c => "RecordData" + c.ToString(CultureInfo.InvariantCulture))), members);
        Assert.All(members, m => Assert.True(GeneratedMemberNames.IsStoreMember(m), $"The store declares '{m}', which groups may still take"));
    }
}
