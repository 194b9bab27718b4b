using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactCatalog.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.CodeFixes;

/// <summary>
/// FC1005: replaces the literal with the generated constant and adds <c>[Cites]</c> for it to the member around it;
/// one fix per fact with that value. Code outside any member (top-level statements) has nowhere to put the
/// attribute, so it gets no fix.
/// </summary>
/// <remarks>
/// Fix All has its own provider: the batch fixer merges independent text changes, and two fixes that add an
/// attribute to the same member conflict there; here every literal of a document is replaced and every member gets
/// each id it needs once, in one edit.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LiteralCodeFix))]
[Shared]
public sealed class LiteralCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix for the first fact with the value, the one Fix All applies.</summary>
    public const string FirstKey = CodeDiagnosticIds.LiteralMatchesValue + ".UseConstant";

    private const string CitesAttribute = "global::FactCatalog.Cites";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CodeDiagnosticIds.LiteralMatchesValue);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        await FixAsync(
            document,
            diagnostics
                .Select(d => (d.Location.SourceSpan, Candidate: FixCandidates.Chosen(d, context.CodeActionEquivalenceKey, FirstKey, KeyFor)))
                .Where(f => f.Candidate is not null)
                .Select(f => (f.SourceSpan, f.Candidate!)),
            context.CancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is null || Find(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }
            IReadOnlyList<string> candidates = FixCandidates.Of(diagnostic);
            for (int i = 0; i < candidates.Count; i++)
            {
                string candidate = candidates[i];
                (string member, string id) = Split(candidate);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {Display(member)} and cite '{id}'",
                        token => FixAsync(context.Document, new[] { (diagnostic.Location.SourceSpan, candidate) }, token),
                        i == 0 ? FirstKey : KeyFor(candidate)),
                    diagnostic);
            }
        }
    }

    /// <summary>The equivalence key of the fix for <paramref name="candidate"/> when it is not the first: by the id it cites.</summary>
    public static string KeyFor(string candidate) => CodeDiagnosticIds.LiteralMatchesValue + ":" + Split(candidate).Id;

    private static async Task<Document> FixAsync(Document document, IEnumerable<(TextSpan Span, string Candidate)> fixes, CancellationToken token)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        var cites = new Dictionary<MemberDeclarationSyntax, List<string>>();
        foreach ((TextSpan span, string candidate) in fixes)
        {
            if (Find(root, span) is not (ExpressionSyntax literal, MemberDeclarationSyntax member))
            {
                continue;
            }
            (string constant, string id) = Split(candidate);
            editor.ReplaceNode(literal, SyntaxFactory.ParseExpression(constant)
                .WithTriviaFrom(literal)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
            if (!cites.TryGetValue(member, out List<string>? ids))
            {
                cites.Add(member, ids = new List<string>());
            }
            if (!ids.Contains(id) && !AlreadyCites(member, id))
            {
                ids.Add(id);
            }
        }
        foreach (KeyValuePair<MemberDeclarationSyntax, List<string>> member in cites)
        {
            foreach (string id in member.Value)
            {
                editor.AddAttribute(member.Key, SyntaxFactory.Attribute(
                    SyntaxFactory.ParseName(CitesAttribute).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                    SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)))))));
            }
        }
        Document changed = document.WithSyntaxRoot(editor.GetChangedRoot());
        return await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: token).ConfigureAwait(false);
    }

    /// <summary>The flagged literal (or negated literal) and the member to cite from; null when either is missing.</summary>
    private static (ExpressionSyntax Literal, MemberDeclarationSyntax Member)? Find(SyntaxNode root, TextSpan span)
    {
        if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax literal || literal.Span != span
            || literal is not (LiteralExpressionSyntax or PrefixUnaryExpressionSyntax))
        {
            return null;
        }
        MemberDeclarationSyntax? member = literal.Ancestors().OfType<MemberDeclarationSyntax>()
            .FirstOrDefault(m => m is not (GlobalStatementSyntax or BaseNamespaceDeclarationSyntax));
        return member is null ? null : (literal, member);
    }

    /// <summary>Whether the member already has <c>[Cites("id")]</c> written with a string literal.</summary>
    private static bool AlreadyCites(MemberDeclarationSyntax member, string id) =>
        member.AttributeLists.SelectMany(l => l.Attributes).Any(a =>
            a.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { Token.ValueText: var text } && text == id);

    private static (string Member, string Id) Split(string candidate)
    {
        int tab = candidate.IndexOf(CodeDiagnosticIds.FieldSeparator);
        return tab < 0 ? (candidate, string.Empty) : (candidate.Substring(0, tab), candidate.Substring(tab + 1));
    }

    /// <summary><c>Facts.Deployment.TroopsInRussia.Value</c> for <c>global::Demo.Facts.Deployment.TroopsInRussia.Value</c>: from the catalogue class on.</summary>
    private static string Display(string member)
    {
        string[] parts = member.Replace("global::", string.Empty).Split('.');
        return string.Join(".", parts.Skip(Math.Max(0, parts.Length - 4)));
    }
}
