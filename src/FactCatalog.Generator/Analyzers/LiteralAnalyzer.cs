using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Generator.Analyzers;

/// <summary>
/// FC1005: a numeric or string literal that equals a catalogued value (see <see cref="ValueIndex"/> for which values
/// count) in code that cites none of the facts with that value: neither the member around it, nor the types around
/// that, nor the assembly. The literal's value is read from its token, so only literals that match a value cost a
/// look at the symbols, and those are found from the declarations around the literal.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiteralAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(CodeDiagnostics.LiteralMatchesValue);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            CatalogueIndex index = CatalogueIndex.For(start.Compilation);
            if (!index.IsEmpty)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, index), SyntaxKind.NumericLiteralExpression, SyntaxKind.StringLiteralExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, CatalogueIndex index)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        ExpressionSyntax flagged = literal;
        object? value = literal.Token.Value;
        if (literal.Parent is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negation)
        {
            flagged = negation;
            value = Negate(value);
        }

        IReadOnlyList<ValueMatch> matches = index.Values.Find(value);
        if (matches.Count == 0 || IsId(literal))
        {
            return;
        }
        if (IsCited(context.SemanticModel, literal, id => matches.Any(m => id == m.Fact.Id || id.StartsWith(m.Fact.Id + "#", StringComparison.Ordinal)), context.CancellationToken))
        {
            return;
        }

        ValueMatch first = matches[0];
        var properties = ImmutableDictionary<string, string?>.Empty.Add(
            CodeDiagnosticIds.Candidates,
            string.Join(CodeDiagnosticIds.CandidateSeparator.ToString(),
                matches.Select(m => m.Fact.MemberPath(m.Member) + CodeDiagnosticIds.FieldSeparator + m.CiteId)));
        context.ReportDiagnostic(Diagnostic.Create(CodeDiagnostics.LiteralMatchesValue, flagged.GetLocation(), properties,
            flagged.ToString(), first.IsFactValue ? "fact" : "claim", first.CiteId, first.Fact.MemberDisplay(first.Member)));
    }

    /// <summary>
    /// Whether the code around <paramref name="literal"/> cites an id <paramref name="matches"/> accepts: a local
    /// function, lambda or accessor around it, its member, the types around that, the module or the assembly. The
    /// symbols are found from the declarations around the literal, so no method body is bound to find them (only
    /// a local function or lambda that carries attributes is).
    /// </summary>
    private static bool IsCited(SemanticModel model, SyntaxNode literal, Func<string, bool> matches, CancellationToken token)
    {
        foreach (SyntaxNode ancestor in literal.Ancestors())
        {
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax { AttributeLists.Count: > 0 } local when CitesAttributes.DirectlyCites(model.GetDeclaredSymbol(local, token), matches):
                case ParenthesizedLambdaExpressionSyntax { AttributeLists.Count: > 0 } lambda when CitesAttributes.DirectlyCites(model.GetSymbolInfo(lambda, token).Symbol, matches):
                case SimpleLambdaExpressionSyntax { AttributeLists.Count: > 0 } simpleLambda when CitesAttributes.DirectlyCites(model.GetSymbolInfo(simpleLambda, token).Symbol, matches):
                case AccessorDeclarationSyntax { AttributeLists.Count: > 0 } accessor when CitesAttributes.DirectlyCites(model.GetDeclaredSymbol(accessor, token), matches):
                    return true;
                case BaseFieldDeclarationSyntax field:
                    return CitesAttributes.AnyCites(model.GetDeclaredSymbol(field.Declaration.Variables[0], token), matches);
                case GlobalStatementSyntax:
                    return CitesAttributes.AnyCites(model.GetEnclosingSymbol(literal.SpanStart, token), matches);
                case MemberDeclarationSyntax member and not BaseNamespaceDeclarationSyntax:
                    return CitesAttributes.AnyCites(model.GetDeclaredSymbol(member, token), matches);
            }
        }
        // Outside any member: in an attribute of the assembly or the module.
        return CitesAttributes.DirectlyCites(model.Compilation.SourceModule, matches) || CitesAttributes.DirectlyCites(model.Compilation.Assembly, matches);
    }

    /// <summary>Whether the literal is an id rather than a value: the argument of <c>[Cites]</c> or of a <c>Get</c>/<c>TryGet</c>.</summary>
    private static bool IsId(LiteralExpressionSyntax literal) => literal.Parent switch
    {
        AttributeArgumentSyntax { Parent.Parent: AttributeSyntax attribute } => CitesAttributes.IsCitesName(attribute.Name),
        ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax invocation } => invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText is "Get" or "TryGet",
            SimpleNameSyntax simple => simple.Identifier.ValueText is "Get" or "TryGet",
            _ => false,
        },
        _ => false,
    };

    private static object? Negate(object? value) => value switch
    {
        int i => -(long)i,
        long l => -l,
        uint u => -(long)u,
        ulong u when u <= long.MaxValue => -(long)u,
        float f => -f,
        double d => -d,
        decimal m => -m,
        _ => null,
    };
}
