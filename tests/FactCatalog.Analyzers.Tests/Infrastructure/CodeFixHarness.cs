using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Analyzers.Tests.Infrastructure;

/// <summary>
/// Applies code fixes the way an IDE does, in an <see cref="AdhocWorkspace"/>: a project holding the code under test
/// and the generated catalogue files; the analyzers' diagnostics; the fixes a provider registers for them; and the
/// document's text once one of them, or Fix All, is applied.
/// </summary>
internal static class CodeFixHarness
{
    public const string CodePath = "/project/Code0.cs";

    /// <summary>The document holding <paramref name="code"/>, in a project with the representative catalogue generated beside it.</summary>
    public static Document CreateDocument(string code, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative(), code);
        Assert.False(run.HasErrors, run.Describe());
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: GeneratorHarness.CompilationOptions.WithOutputKind(kind),
            parseOptions: GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Parse),
            metadataReferences: GeneratorHarness.Compilation().References));
        foreach (KeyValuePair<string, string> file in run.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), file.Key, SourceText.From(file.Value), filePath: "/project/Generated/" + file.Key);
        }
        DocumentId codeId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(codeId, "Code0.cs", SourceText.From(code), filePath: CodePath);
        Assert.True(workspace.TryApplyChanges(solution));
        return workspace.CurrentSolution.GetDocument(codeId)!;
    }

    /// <summary>The analyzers' diagnostics with <paramref name="id"/> in <paramref name="document"/>, in order.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document, string id)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        return AnalyzerHarness.Diagnose(compilation).Where(d => d.Id == id && d.Location.SourceTree == tree).ToImmutableArray();
    }

    /// <summary>The fixes <paramref name="provider"/> registers for <paramref name="diagnostic"/>.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, CodeFixProvider provider, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>The text of <paramref name="document"/> once <paramref name="action"/> is applied, cleaned up as an IDE does.</summary>
    public static async Task<string> ApplyAsync(Document document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>The text of <paramref name="document"/> once Fix All (in the document) is applied with the fix of <paramref name="equivalenceKey"/>.</summary>
    public static async Task<string> FixAllAsync(Document document, CodeFixProvider provider, string id, string equivalenceKey)
    {
        ImmutableArray<Diagnostic> diagnostics = await DiagnosticsAsync(document, id);
        Assert.True(diagnostics.Length > 1, "Fix All needs several diagnostics to show anything");
        var context = new FixAllContext(document, provider, FixAllScope.Document, equivalenceKey, new[] { id },
            new FixedDiagnostics(diagnostics), CancellationToken.None);
        CodeAction? action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        return await ApplyAsync(document, action);
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
