using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using FactCatalog.Ide.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Ide.Tests;

/// <summary>
/// The catalogue through the services an IDE calls: Quick Info on generated members, where a generated member's
/// declaration is (go to definition), and the catalogue analyzer's diagnostics as the user edits a fact file.
/// </summary>
public sealed class IdeTests : IClassFixture<IdeWorkspace>
{
    private const string Quote = "\u201Cabout 10,000 North Korean troops are ready to be deployed\u201D";
    private const string PentagonQuoteLine = "        quote: about 10,000 North Korean troops are ready to be deployed";

    private readonly IdeWorkspace _ide;

    public IdeTests(IdeWorkspace ide) => _ide = ide;

    /// <summary>The 0-based line of <paramref name="text"/> in the Deployment fact file.</summary>
    private static int LineOf(string text) => Array.IndexOf(Catalogues.Deployment.Split('\n'), text);

    /// <summary>The position of <paramref name="name"/> (its first letter) in the user's code, after <paramref name="after"/>.</summary>
    private static int At(string after, string name) => IdeWorkspace.Code.IndexOf(after, StringComparison.Ordinal) + after.Length - name.Length;

    private Task<string> QuickInfo(int position) => QuickInfo(_ide.CodeDocument, position);

    private static async Task<string> QuickInfo(Document document, int position)
    {
        QuickInfoService service = QuickInfoService.GetService(document)!;
        QuickInfoItem? item = await service.GetQuickInfoAsync(document, position);
        Assert.NotNull(item);
        return string.Join("\n", item!.Sections.Select(s => s.Text));
    }

    /// <summary>The lines of a Quick Info text (its renderer breaks lines with CRLF, sections are joined with LF here).</summary>
    private static string[] Lines(string text) => text.Split(new[] { "\r\n", "\n" }, StringSplitOptions.None);

    [Fact]
    public async Task The_code_compiles_with_the_generated_catalogue()
    {
        Compilation compilation = (await _ide.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains(await _ide.Project.GetSourceGeneratedDocumentsAsync(), d => d.HintName == "Facts.Deployment.g.cs");
    }

    [Fact]
    public async Task Quick_info_on_a_claim_shows_statement_value_claimant_quote_and_file_and_line()
    {
        string text = await QuickInfo(At("TroopsInRussia.Pentagon", "Pentagon"));
        Assert.True(text.Contains("North Korean troops sent to Russia: about 10,000 troops, claimed by the Pentagon.", StringComparison.Ordinal), text);
        Assert.True(text.Contains(Quote, StringComparison.Ordinal), text);
        Assert.True(text.Contains("The Daily Example, 2024-11-07, report.txt:2", StringComparison.Ordinal), text);
        // The declaration, then the text at once: no blank line before it.
        Assert.StartsWith("North Korean troops sent to Russia: ", Lines(text)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quick_info_on_Value_shows_statement_value_claimant_quote_and_file_and_line()
    {
        string text = await QuickInfo(At("TroopsInRussia.Value", "Value"));
        Assert.True(text.Contains("North Korean troops sent to Russia: about 10,000 troops, claimed by the Pentagon (Resolved, from Facts.Deployment.TroopsInRussia.Pentagon)", StringComparison.Ordinal), text);
        Assert.True(text.Contains(Quote, StringComparison.Ordinal), text);
        Assert.True(text.Contains("report.txt:2", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task Quick_info_on_a_fact_class_shows_statement_status_and_every_claim_with_its_quote_and_source()
    {
        string text = await QuickInfo(At("Facts.Deployment.TroopsInRussia", "TroopsInRussia"));
        Assert.Equal("North Korean troops sent to Russia.", Lines(text)[1]);
        Assert.True(text.Contains("Resolved: the claims disagree; the catalogue prefers Facts.Deployment.TroopsInRussia.Pentagon, about 10,000 troops.", StringComparison.Ordinal), text);
        Assert.True(text.Contains("about 10,000 troops, claimed by the Pentagon. " + Quote + ", The Daily Example, 2024-11-07, report.txt:2", StringComparison.Ordinal), text);
        Assert.True(text.Contains("12,000 troops, claimed by Ukrainian military intelligence. \u201Ccounted 12,000 North Korean soldiers\u201D, The Daily Example, 2024-11-07, report.txt:3", StringComparison.Ordinal), text);
        Assert.True(text.Contains("SouthKoreanIntelligence (deprecated): 3,000 troops, claimed by South Korean intelligence.", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task A_project_without_a_documentation_file_still_has_the_tooltips_in_the_IDE()
    {
        // What an IDE's project system makes of a project without GenerateDocumentationFile: doc comments parsed
        // (Parse), where its command-line compiler has None and the generator writes none.
        Project ide = _ide.Project.WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse));
        string text = await QuickInfo(ide.GetDocument(_ide.CodeId)!, At("TroopsInRussia.Pentagon", "Pentagon"));
        Assert.True(text.Contains(Quote, StringComparison.Ordinal), text);

        // The command line's compilation of the same project: no doc comments, so no tooltip text, and still no diagnostic.
        Project commandLine = _ide.Project.WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None));
        string bare = await QuickInfo(commandLine.GetDocument(_ide.CodeId)!, At("TroopsInRussia.Pentagon", "Pentagon"));
        Assert.DoesNotContain(Quote, bare, StringComparison.Ordinal);
        Assert.Contains("Pentagon", bare, StringComparison.Ordinal);
        Assert.Empty((await commandLine.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task Go_to_definition_on_a_claim_lands_on_the_claim_in_the_YAML_file()
    {
        Document document = _ide.CodeDocument;
        ISymbol symbol = (await SymbolFinder.FindSymbolAtPositionAsync(document, At("TroopsInRussia.Pentagon", "Pentagon")))!;
        Location declaration = Assert.Single(symbol.Locations);
        // Declared in a generated document...
        SourceGeneratedDocument generated = Assert.Single(await _ide.Project.GetSourceGeneratedDocumentsAsync(),
            d => d.FilePath == declaration.SourceTree!.FilePath);
        Assert.Equal("Facts.Deployment.g.cs", generated.HintName);
        // ...whose #line mapping puts it on the claim's lines of the fact file.
        FileLinePositionSpan mapped = declaration.GetMappedLineSpan();
        Assert.True(mapped.HasMappedPath);
        Assert.Equal(Catalogues.DeploymentPath, mapped.Path);
        Assert.Equal(new LinePosition(LineOf("      pentagon:"), 6), mapped.StartLinePosition);
        Assert.InRange(mapped.EndLinePosition.Line, LineOf("      pentagon:"), LineOf(PentagonQuoteLine));
        // The fact file is one of the project's additional documents, so the IDE can open it there.
        Assert.Contains(_ide.Project.AdditionalDocuments, d => d.FilePath == mapped.Path);

        ISymbol value = (await SymbolFinder.FindSymbolAtPositionAsync(document, At("TroopsInRussia.Value", "Value")))!;
        Assert.Equal(LineOf("      pentagon:"), value.Locations.Single().GetMappedLineSpan().StartLinePosition.Line);
        ISymbol fact = (await SymbolFinder.FindSymbolAtPositionAsync(document, At("Facts.Deployment.TroopsInRussia", "TroopsInRussia")))!;
        Assert.Equal(new LinePosition(LineOf("  troops-in-russia:"), 2),
            fact.Locations.Single(l => l.SourceTree!.FilePath.EndsWith("Facts.Deployment.g.cs", StringComparison.Ordinal)).GetMappedLineSpan().StartLinePosition);
    }

    [Fact]
    public async Task Editing_a_fact_file_shows_the_analyzer_diagnostic_at_its_YAML_span_and_fixing_it_removes_it()
    {
        string broken = Catalogues.Deployment.Replace(PentagonQuoteLine, "        quote: about 10,000 North Korean troops are ready to deploy", StringComparison.Ordinal);
        Assert.NotEqual(Catalogues.Deployment, broken);
        Solution edited = _ide.Solution.WithAdditionalDocumentText(_ide.DeploymentId, SourceText.From(broken));

        Diagnostic fc0007 = Assert.Single(await AnalyzerDiagnostics(edited.GetProject(_ide.ProjectId)!), d => d.Id == "FC0007");
        FileLinePositionSpan at = fc0007.Location.GetLineSpan();
        Assert.Equal(Catalogues.DeploymentPath, at.Path);
        Assert.Equal(new LinePosition(LineOf(PentagonQuoteLine), "        quote: ".Length), at.StartLinePosition);
        Assert.Equal(at.StartLinePosition.Line, at.EndLinePosition.Line);
        Assert.Equal(fc0007.Location.SourceSpan.Start, broken.IndexOf("about 10,000 North Korean troops are ready to deploy", StringComparison.Ordinal));

        // Fixed: the text as it was, typed back in.
        Solution fixedAgain = edited.WithAdditionalDocumentText(_ide.DeploymentId, SourceText.From(Catalogues.Deployment));
        Assert.DoesNotContain(await AnalyzerDiagnostics(fixedAgain.GetProject(_ide.ProjectId)!), d => d.Id == "FC0007");
    }

    [Fact]
    public async Task At_CSharp_7_3_the_plain_line_directives_map_the_claim_and_the_code_compiles_with_no_diagnostic()
    {
        Project project = _ide.Project
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose))
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        SourceGeneratedDocument generated = (await project.GetSourceGeneratedDocumentsAsync()).Single(d => d.HintName == "Facts.Deployment.g.cs");
        string text = (await generated.GetTextAsync()).ToString();
        Assert.True(text.Contains("#line " + (LineOf("      pentagon:") + 1) + " \"" + Catalogues.DeploymentPath + "\"\n", StringComparison.Ordinal), text);
        Assert.DoesNotContain("#line (", text, StringComparison.Ordinal);

        Compilation compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics());
        // The catalogue's one finding, the disputed fact, is information; nothing else.
        Assert.All(await AnalyzerDiagnostics(project), d => Assert.Equal(("FC0012", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        ISymbol claim = compilation.GetTypeByMetadataName("Demo.Facts+Deployment+TroopsInRussia")!.GetMembers("Pentagon").Single();
        FileLinePositionSpan mapped = claim.Locations.Single().GetMappedLineSpan();
        Assert.Equal(Catalogues.DeploymentPath, mapped.Path);
        Assert.Equal(LineOf("      pentagon:"), mapped.StartLinePosition.Line);
    }

    /// <summary>What the project's analyzers report, run as an IDE runs them: over the project's compilation, with its options.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnostics(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync())!;
        ImmutableArray<DiagnosticAnalyzer> analyzers = project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        Assert.Contains(analyzers, a => a is CatalogueAnalyzer);
        return await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }
}
