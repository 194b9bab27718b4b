using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// Doc comments follow the compilation's documentation mode: a command-line build without a documentation file
/// (<see cref="DocumentationMode.None"/>) parses them as plain comments and gets none; the IDE
/// (<see cref="DocumentationMode.Parse"/>) and a build that writes the documentation file
/// (<see cref="DocumentationMode.Diagnose"/>) get them all. Nothing else in the code differs.
/// </summary>
public class DocCommentModeTests
{
    private const string NoDocsHeader =
        "// No doc comments: this compilation does not read them (no documentation file). The IDE's compilation does, and has them.\n";

    public static TheoryData<string> CatalogueNames => new() { "Representative", "OddNames" };

    [Theory]
    [MemberData(nameof(CatalogueNames))]
    public void Without_a_documentation_file_only_the_doc_comments_go(string name)
    {
        CatalogueInput input = Catalogue(name);
        GeneratorRun withDocs = Run(input, DocumentationMode.Diagnose);
        GeneratorRun ide = Run(input, DocumentationMode.Parse);
        GeneratorRun without = Run(input, DocumentationMode.None);
        Assert.Null(without.Exception);

        Assert.Equal(withDocs.Files, ide.Files);
        Assert.Equal(withDocs.Files.Keys.OrderBy(k => k, StringComparer.Ordinal), without.Files.Keys.OrderBy(k => k, StringComparer.Ordinal));
        int docLines = 0;
        foreach ((string hint, string text) in withDocs.Files)
        {
            string[] lines = text.Split('\n');
            docLines += lines.Count(IsDocLine);
            string expected = string.Join("\n", lines.Where(l => !IsDocLine(l)));
            string actual = without.Files[hint];
            Assert.Contains(NoDocsHeader, actual, StringComparison.Ordinal);
            Assert.DoesNotContain(actual.Split('\n'), IsDocLine);
            Assert.Equal(expected, actual.Replace(NoDocsHeader, string.Empty, StringComparison.Ordinal));
        }
        Assert.True(docLines > 20, $"the catalogue with docs has {docLines} doc lines");
    }

    [Fact]
    public void The_code_without_doc_comments_compiles_clean_and_reads_the_same_facts()
    {
        const string probe = """
            public static class Probe
            {
                public static string Run() =>
                    Demo.Facts.All.Count + "|" + Demo.Facts.Values.BudgetWon.Value + "|" + Demo.Facts.Values.BudgetWon.Fact.Claims[0].Citation!.Quote;
            }
            """;
        string Read(DocumentationMode mode)
        {
            GeneratorRun run = Run(Catalogues.Representative(), mode, probe);
            Assert.False(run.HasErrors, run.Describe());
            Assert.Empty(run.CompileDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            return (string)GeneratorHarness.Execute(run.Output, "Probe", "Run")!;
        }

        string expected = Read(DocumentationMode.Diagnose);
        Assert.StartsWith("12|1234567890123|The budget was", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Read(DocumentationMode.None));
    }

    [Fact]
    public void Changing_the_documentation_mode_re_emits_and_changing_it_back_restores_the_text()
    {
        CatalogueInput input = Catalogues.Representative();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(input);
        Compilation compilation = GeneratorHarness.Compilation();
        GeneratorRun first = GeneratorHarness.Run(driver, compilation);
        GeneratorRun none = GeneratorHarness.Run(first.Driver.WithUpdatedParseOptions(Options(DocumentationMode.None)), compilation);
        GeneratorRun back = GeneratorHarness.Run(none.Driver.WithUpdatedParseOptions(Options(DocumentationMode.Diagnose)), compilation);

        Assert.Contains(NoDocsHeader, none.Files["Facts.Values.g.cs"], StringComparison.Ordinal);
        Assert.Equal(first.Files, back.Files);
    }

    private static bool IsDocLine(string line) => line.TrimStart().StartsWith("///", StringComparison.Ordinal);

    private static CatalogueInput Catalogue(string name) => name switch
    {
        "Representative" => Catalogues.Representative(),
        "OddNames" => Catalogues.OddNames(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static CSharpParseOptions Options(DocumentationMode mode) => GeneratorHarness.ParseOptions.WithDocumentationMode(mode);

    private static GeneratorRun Run(CatalogueInput input, DocumentationMode mode, params string[] code) =>
        GeneratorHarness.Run(GeneratorHarness.CreateDriver(input).WithUpdatedParseOptions(Options(mode)), GeneratorHarness.Compilation(code));
}
