using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalogue.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Generator.Analyzers;

/// <summary>
/// FC1001–FC1004: checks every id that code cites, <c>[Cites("fact-id")]</c> or <c>[Cites("fact-id#claim-id")]</c>,
/// and every constant id passed to a catalogue's <c>Get</c> or <c>TryGet</c>, against the catalogues the compilation
/// can see. Diagnostics are reported at the id's string.
/// </summary>
/// <remarks>
/// Citations on declared symbols are read from the symbols' attributes, which the compiler binds anyway, so a
/// project with thousands of citations costs no extra binding; only the few attributes no symbol action sees (on
/// local functions, lambdas, the assembly and the module) are bound here. Invocations are filtered by the method's
/// name before they are bound. <c>Get</c> and <c>TryGet</c> take fact ids only: FC1002 does not apply to them, since
/// a lookup reads the fact with all its claims.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationAnalyzer : DiagnosticAnalyzer
{
    private const string GetMethod = "Get";
    private const string TryGetMethod = "TryGet";
    private const string IdParameter = "id";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        CodeDiagnostics.UnknownId, CodeDiagnostics.DisputedWithoutClaim, CodeDiagnostics.DeprecatedClaim, CodeDiagnostics.UnsupportedFact);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            CatalogueIndex index = CatalogueIndex.For(start.Compilation);
            if (index.IsEmpty)
            {
                return;
            }
            start.RegisterSymbolAction(c => AnalyzeSymbol(c, index),
                SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
            start.RegisterSyntaxNodeAction(c => AnalyzeAttributeList(c, index), SyntaxKind.AttributeList);
            start.RegisterSyntaxNodeAction(c => AnalyzeInvocation(c, index), SyntaxKind.InvocationExpression);
        });
    }

    /// <summary>The citations on a symbol, its parameters, type parameters and return value.</summary>
    private static void AnalyzeSymbol(SymbolAnalysisContext context, CatalogueIndex index)
    {
        ISymbol symbol = context.Symbol;
        Check(context, index, symbol.GetAttributes());
        switch (symbol)
        {
            case IMethodSymbol method:
                Check(context, index, method.GetReturnTypeAttributes());
                // An indexer's accessors repeat its parameters, which the indexer itself reports.
                int repeated = method.AssociatedSymbol is IPropertySymbol indexer ? indexer.Parameters.Length : 0;
                CheckAll(context, index, method.Parameters.RemoveRange(0, Math.Min(repeated, method.Parameters.Length)));
                CheckAll(context, index, method.TypeParameters);
                break;
            case IPropertySymbol property:
                CheckAll(context, index, property.Parameters);
                break;
            case INamedTypeSymbol type:
                CheckAll(context, index, type.TypeParameters);
                if (type.DelegateInvokeMethod is { } invoke)
                {
                    Check(context, index, invoke.GetReturnTypeAttributes());
                    CheckAll(context, index, invoke.Parameters);
                }
                break;
        }
    }

    private static void CheckAll<T>(SymbolAnalysisContext context, CatalogueIndex index, ImmutableArray<T> symbols)
        where T : ISymbol
    {
        foreach (T symbol in symbols)
        {
            Check(context, index, symbol.GetAttributes());
        }
    }

    private static void Check(SymbolAnalysisContext context, CatalogueIndex index, ImmutableArray<AttributeData> attributes)
    {
        foreach (AttributeData attribute in attributes)
        {
            if (CitesAttributes.Is(attribute.AttributeClass)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string id
                && attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is AttributeSyntax syntax
                && IdArgument(syntax) is { } argument)
            {
                CheckCitation(context.ReportDiagnostic, index, id, argument.GetLocation());
            }
        }
    }

    /// <summary>
    /// Attributes that no symbol action sees: on local functions and lambdas (and their parameters), and on the
    /// assembly or module. Rare, so each is bound.
    /// </summary>
    private static void AnalyzeAttributeList(SyntaxNodeAnalysisContext context, CatalogueIndex index)
    {
        var list = (AttributeListSyntax)context.Node;
        SyntaxNode? owner = list.Parent?.FirstAncestorOrSelf<SyntaxNode>(n =>
            n is LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or MemberDeclarationSyntax or CompilationUnitSyntax);
        if (owner is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax))
        {
            return;
        }
        foreach (AttributeSyntax attribute in list.Attributes)
        {
            if (IdArgument(attribute) is { } argument
                && context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is IMethodSymbol constructor
                && CitesAttributes.Is(constructor.ContainingType)
                && ConstantString(context.SemanticModel, argument, context.CancellationToken) is { } id)
            {
                CheckCitation(context.ReportDiagnostic, index, id, argument.GetLocation());
            }
        }
    }

    /// <summary>The expression of an attribute's first positional argument: the id of a <c>[Cites]</c>.</summary>
    private static ExpressionSyntax? IdArgument(AttributeSyntax attribute) =>
        attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null)?.Expression;

    /// <summary>The string an id argument holds: a literal's text as written, or another constant's value.</summary>
    private static string? ConstantString(SemanticModel model, ExpressionSyntax expression, CancellationToken token) =>
        expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            ? literal.Token.ValueText
            : model.GetConstantValue(expression, token) is { HasValue: true, Value: string text } ? text : null;

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, CatalogueIndex index)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        string? name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        if (name is not (GetMethod or TryGetMethod)
            || invocation.ArgumentList.Arguments.Count == 0
            || context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { IsStatic: true } method
            || method.Parameters.Length == 0
            || method.Parameters[0] is not { Name: IdParameter, Type.SpecialType: SpecialType.System_String }
            || index.CatalogueOf(method.ContainingType) is not { } catalogue)
        {
            return;
        }
        ArgumentSyntax? argument = invocation.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == IdParameter)
            ?? invocation.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon is null);
        if (argument is null || ConstantString(context.SemanticModel, argument.Expression, context.CancellationToken) is not { } id)
        {
            return;
        }
        CheckLookup(context.ReportDiagnostic, catalogue, id, argument.Expression.GetLocation());
    }

    /// <summary>A cited id: <c>fact-id</c> or <c>fact-id#claim-id</c>, in any catalogue the compilation sees.</summary>
    private static void CheckCitation(Action<Diagnostic> report, CatalogueIndex index, string id, Location location)
    {
        int hash = id.IndexOf('#');
        string factId = hash < 0 ? id : id.Substring(0, hash);
        string? claimId = hash < 0 ? null : id.Substring(hash + 1);

        if (index.FindFact(factId) is not { } fact)
        {
            List<string> candidates = IdSuggestions.Closest(index.FactIds, factId)
                .Select(f => Complete(index.FindFact(f)!, claimId))
                .OfType<string>()
                .ToList();
            ReportUnknown(report, location, "fact or claim", id, candidates);
            return;
        }

        if (claimId is not null)
        {
            if (fact.Claim(claimId) is not { } claim)
            {
                ReportUnknown(report, location, "fact or claim", id,
                    IdSuggestions.Closest(fact.Fact.Claims.Select(c => c.Id), claimId).Select(c => factId + "#" + c).ToList());
                return;
            }
            if (claim.Rank == ClaimRank.Deprecated)
            {
                List<string> others = fact.CitableClaims().ToList();
                report(Diagnostic.Create(CodeDiagnostics.DeprecatedClaim, location, id, claim.Reason ?? string.Empty,
                    others.Count > 0 ? "cite another claim instead: " + OrList(others) : $"fact '{factId}' has no other claim to cite"));
            }
        }
        else if (fact.Fact.Status == FactStatus.Disputed)
        {
            List<string> claims = fact.CitableClaims().ToList();
            report(Diagnostic.Create(CodeDiagnostics.DisputedWithoutClaim, location, Candidates(claims), factId, OrList(claims)));
        }

        if (fact.Fact.Status == FactStatus.Unsupported)
        {
            report(Diagnostic.Create(CodeDiagnostics.UnsupportedFact, location, factId));
        }
    }

    /// <summary>An id passed to <c>Get</c> or <c>TryGet</c> of <paramref name="catalogue"/>: a fact id of that catalogue.</summary>
    private static void CheckLookup(Action<Diagnostic> report, VisibleCatalogue catalogue, string id, Location location)
    {
        if (catalogue.Find(id) is { } fact)
        {
            if (fact.Fact.Status == FactStatus.Unsupported)
            {
                report(Diagnostic.Create(CodeDiagnostics.UnsupportedFact, location, id));
            }
            return;
        }
        int hash = id.IndexOf('#');
        IReadOnlyList<string> candidates = hash >= 0 && catalogue.Find(id.Substring(0, hash)) is { } cited
            ? new[] { cited.Id }
            : IdSuggestions.Closest(catalogue.FactIds, id);
        ReportUnknown(report, location, "fact", id, candidates);
    }

    /// <summary><paramref name="fact"/>'s id with <paramref name="claimId"/>, or its closest claim; null when it has none close.</summary>
    private static string? Complete(IndexedFact fact, string? claimId)
    {
        if (claimId is null)
        {
            return fact.Id;
        }
        if (fact.Claim(claimId) is not null)
        {
            return fact.Id + "#" + claimId;
        }
        return IdSuggestions.Closest(fact.Fact.Claims.Select(c => c.Id), claimId).FirstOrDefault() is { } claim ? fact.Id + "#" + claim : null;
    }

    private static void ReportUnknown(Action<Diagnostic> report, Location location, string what, string id, IReadOnlyList<string> candidates)
    {
        string advice = candidates.Count > 0 ? $"; did you mean '{candidates[0]}'?" : "; use an id the catalogue defines";
        report(Diagnostic.Create(CodeDiagnostics.UnknownId, location, Candidates(candidates), what, id, advice));
    }

    private static ImmutableDictionary<string, string?> Candidates(IReadOnlyList<string> candidates) =>
        candidates.Count == 0
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(CodeDiagnosticIds.Candidates, string.Join(CodeDiagnosticIds.CandidateSeparator.ToString(), candidates));

    /// <summary><c>'a'</c>, <c>'a' or 'b'</c>, <c>'a', 'b' or 'c'</c>.</summary>
    private static string OrList(IReadOnlyList<string> ids)
    {
        IEnumerable<string> quoted = ids.Select(i => "'" + i + "'");
        return ids.Count <= 1
            ? string.Concat(quoted)
            : string.Join(", ", quoted.Take(ids.Count - 1)) + " or '" + ids[ids.Count - 1] + "'";
    }
}
