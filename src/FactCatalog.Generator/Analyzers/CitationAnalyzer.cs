using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCatalog.Catalog.Model;
using FactCatalog.Generator.Manifest;
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
/// Attributes and invocations are first filtered by their syntax (the attribute's name, the method's name), so only
/// the few that can be a citation or a lookup are bound. <c>Get</c> and <c>TryGet</c> take fact ids only: FC1002
/// does not apply to them, since a lookup reads the fact with all its claims.
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
            HashSet<string> citesNames = CitesAttributes.WrittenNames(start.Compilation, start.CancellationToken);
            start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, index, citesNames), SyntaxKind.Attribute);
            start.RegisterSyntaxNodeAction(c => AnalyzeInvocation(c, index), SyntaxKind.InvocationExpression);
        });
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, CatalogueIndex index, HashSet<string> citesNames)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null) is not { } argument
            || CitesAttributes.RightmostName(attribute.Name) is not { } name
            || !citesNames.Contains(name)
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
            || !CitesAttributes.Is(constructor.ContainingType)
            || context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is not { HasValue: true, Value: string id })
        {
            return;
        }
        CheckCitation(context, index, id, argument.Expression.GetLocation());
    }

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
        if (argument is null
            || context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is not { HasValue: true, Value: string id })
        {
            return;
        }
        CheckLookup(context, catalogue, id, argument.Expression.GetLocation());
    }

    /// <summary>A cited id: <c>fact-id</c> or <c>fact-id#claim-id</c>, in any catalogue the compilation sees.</summary>
    private static void CheckCitation(SyntaxNodeAnalysisContext context, CatalogueIndex index, string id, Location location)
    {
        int hash = id.IndexOf('#');
        string factId = hash < 0 ? id : id.Substring(0, hash);
        string? claimId = hash < 0 ? null : id.Substring(hash + 1);

        if (index.FindFact(factId) is not { } fact)
        {
            IEnumerable<string> allIds = index.Catalogues.SelectMany(c => c.FactIds).Distinct(StringComparer.Ordinal);
            List<string> candidates = IdSuggestions.Closest(allIds, factId)
                .Select(f => Complete(index.FindFact(f)!, claimId))
                .OfType<string>()
                .ToList();
            ReportUnknown(context, location, "fact or claim", id, candidates);
            return;
        }

        if (claimId is not null)
        {
            if (fact.Claim(claimId) is not { } claim)
            {
                ReportUnknown(context, location, "fact or claim", id,
                    IdSuggestions.Closest(fact.Fact.Claims.Select(c => c.Id), claimId).Select(c => factId + "#" + c).ToList());
                return;
            }
            if (claim.Rank == RankKind.Deprecated)
            {
                List<string> others = fact.CitableClaims().ToList();
                context.ReportDiagnostic(Diagnostic.Create(CodeDiagnostics.DeprecatedClaim, location, id, claim.Reason ?? string.Empty,
                    others.Count > 0 ? "cite another claim instead: " + OrList(others) : $"fact '{factId}' has no other claim to cite"));
            }
        }
        else if (fact.Fact.Status == StatusKind.Disputed)
        {
            List<string> claims = fact.CitableClaims().ToList();
            context.ReportDiagnostic(Diagnostic.Create(CodeDiagnostics.DisputedWithoutClaim, location, Candidates(claims), factId, OrList(claims)));
        }

        if (fact.Fact.Status == StatusKind.Unsupported)
        {
            context.ReportDiagnostic(Diagnostic.Create(CodeDiagnostics.UnsupportedFact, location, factId));
        }
    }

    /// <summary>An id passed to <c>Get</c> or <c>TryGet</c> of <paramref name="catalogue"/>: a fact id of that catalogue.</summary>
    private static void CheckLookup(SyntaxNodeAnalysisContext context, VisibleCatalogue catalogue, string id, Location location)
    {
        if (catalogue.Find(id) is { } fact)
        {
            if (fact.Fact.Status == StatusKind.Unsupported)
            {
                context.ReportDiagnostic(Diagnostic.Create(CodeDiagnostics.UnsupportedFact, location, id));
            }
            return;
        }
        int hash = id.IndexOf('#');
        IReadOnlyList<string> candidates = hash >= 0 && catalogue.Find(id.Substring(0, hash)) is { } cited
            ? new[] { cited.Id }
            : IdSuggestions.Closest(catalogue.FactIds, id);
        ReportUnknown(context, location, "fact", id, candidates);
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

    private static void ReportUnknown(SyntaxNodeAnalysisContext context, Location location, string what, string id, IReadOnlyList<string> candidates)
    {
        string advice = candidates.Count > 0 ? $"; did you mean '{candidates[0]}'?" : "; use an id the catalogue defines";
        context.ReportDiagnostic(Diagnostic.Create(CodeDiagnostics.UnknownId, location, Candidates(candidates), what, id, advice));
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
