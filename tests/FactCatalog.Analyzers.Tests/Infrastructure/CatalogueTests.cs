using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FactCatalog.Analyzers.Tests.Infrastructure;

/// <summary>
/// The project every analyzer and code-fix test runs in, as a consumer of the package has it: the code under test
/// (the first document, <c>/0/Test0.cs</c>, written with the testing library's markup), the representative catalogue's
/// generated files beside it (the analyzers read the catalogue from the manifest attribute they carry), and the
/// framework and the runtime library (<c>FactCatalog.dll</c>) as references. The catalogue is generated once: what the
/// generator emits does not depend on the code under test.
/// </summary>
internal static class CatalogueProject
{
    private static readonly Lazy<(string Path, string Text)[]> s_generated = new(() =>
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative());
        Assert.Null(run.Exception);
        Assert.False(run.HasErrors, run.Describe());
        return run.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => ("/project/Generated/" + f.Key, f.Value)).ToArray();
    });

    /// <summary>The framework as the tests run on it, and the runtime library: the references of the generator tests' compilations.</summary>
    private static readonly Lazy<MetadataReference[]> s_references = new(() => GeneratorHarness.Compilation().References.ToArray());

    /// <summary>No reference package: the references are <see cref="s_references"/>, resolved without a download.</summary>
    public static ReferenceAssemblies NoReferenceAssemblies { get; } = new("net10.0");

    /// <summary>Adds the generated catalogue to <paramref name="state"/>, after the code under test.</summary>
    public static void AddCatalogue(SolutionState state)
    {
        foreach ((string path, string text) in s_generated.Value)
        {
            state.Sources.Add((path, text));
        }
    }

    public static void AddReferences(SolutionState state) => state.AdditionalReferences.AddRange(s_references.Value);

    /// <summary>The analyzers a consumer's build runs, both of them in every test, so that no test misses a diagnostic.</summary>
    public static IEnumerable<DiagnosticAnalyzer> Analyzers() => new DiagnosticAnalyzer[] { new CitationAnalyzer(), new LiteralAnalyzer() };

    /// <summary>A diagnostic of <paramref name="id"/> at markup location <c>{|#<paramref name="location"/>:...|}</c> with exactly <paramref name="message"/>.</summary>
    public static DiagnosticResult Diagnostic(string id, int location, string message) =>
        new DiagnosticResult(id, id == "FC1005" ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning).WithLocation(location).WithMessage(message);
}

/// <summary>The FactCatalog analyzers over <see cref="CatalogueProject"/>: every diagnostic must be marked up or expected.</summary>
internal sealed class CatalogueAnalyzerTest : CSharpAnalyzerTest<CitationAnalyzer, DefaultVerifier>
{
    public CatalogueAnalyzerTest(string code, params DiagnosticResult[] expected)
    {
        TestCode = code;
        ReferenceAssemblies = CatalogueProject.NoReferenceAssemblies;
        CatalogueProject.AddReferences(TestState);
        CatalogueProject.AddCatalogue(TestState);
        ExpectedDiagnostics.AddRange(expected);
    }

    /// <summary>Checks <paramref name="code"/>: the diagnostics are exactly <paramref name="expected"/> (none if none is given).</summary>
    public static Task VerifyAsync(string code, params DiagnosticResult[] expected) => new CatalogueAnalyzerTest(code, expected).RunAsync();

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => CatalogueProject.Analyzers();

    protected override CompilationOptions CreateCompilationOptions() => GeneratorHarness.CompilationOptions;

    protected override ParseOptions CreateParseOptions() => GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Parse);
}

/// <summary>
/// A code fix over <see cref="CatalogueProject"/>, as the testing library applies it: one diagnostic at a time until
/// none is left, and Fix All in the document, the project and the solution. Each time the provider is asked for the
/// fixes of a diagnostic, their titles are recorded (<see cref="OfferedTitles"/>), so that a test can check the whole
/// list, in order.
/// </summary>
internal sealed class CatalogueCodeFixTest<TCodeFix> : CSharpCodeFixTest<CitationAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public CatalogueCodeFixTest(string code, string fixedCode)
    {
        TestCode = code;
        FixedCode = fixedCode;
        ReferenceAssemblies = CatalogueProject.NoReferenceAssemblies;
        CatalogueProject.AddReferences(TestState);
        CatalogueProject.AddCatalogue(TestState);
        CatalogueProject.AddCatalogue(FixedState);
    }

    /// <summary>The titles of the fixes offered, in order, each time the provider was asked (once or more per diagnostic).</summary>
    public List<string[]> OfferedTitles { get; } = new();

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => CatalogueProject.Analyzers();

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() =>
        new[] { new RecordingProvider(new TCodeFix(), OfferedTitles) };

    protected override CompilationOptions CreateCompilationOptions() => GeneratorHarness.CompilationOptions;

    protected override ParseOptions CreateParseOptions() => GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Parse);

    /// <summary>Passes every fix on unchanged, noting its title.</summary>
    private sealed class RecordingProvider : CodeFixProvider
    {
        private readonly CodeFixProvider _inner;
        private readonly List<string[]> _offered;

        public RecordingProvider(CodeFixProvider inner, List<string[]> offered) => (_inner, _offered) = (inner, offered);

        public override ImmutableArray<string> FixableDiagnosticIds => _inner.FixableDiagnosticIds;

        /// <summary>The provider's own; the batch fixer asks the fixes of this wrapper, which passes them on.</summary>
        public override FixAllProvider? GetFixAllProvider() => _inner.GetFixAllProvider();

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var titles = new List<string>();
            var recording = new CodeFixContext(
                context.Document,
                context.Span,
                context.Diagnostics,
                (action, diagnostics) =>
                {
                    titles.Add(action.Title);
                    context.RegisterCodeFix(action, diagnostics);
                },
                context.CancellationToken);
            await _inner.RegisterCodeFixesAsync(recording);
            lock (_offered)
            {
                _offered.Add(titles.ToArray());
            }
        }
    }
}
