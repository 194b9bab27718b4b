using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Benchmarks;

/// <summary>
/// An analyzer that registers the same kinds of actions as the FactCatalog analyzers and does nothing in them: what
/// the compiler's analyzer driver costs for hosting analyzers of that shape, apart from what they do.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    // A descriptor is needed even though nothing is reported: the driver skips an analyzer that supports none.
    private static readonly DiagnosticDescriptor Unused = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
            start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.AttributeList, SyntaxKind.InvocationExpression,
                SyntaxKind.NumericLiteralExpression, SyntaxKind.StringLiteralExpression);
        });
    }
}
