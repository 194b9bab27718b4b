using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using FactCatalog.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FactCatalog.CodeFixes;

/// <summary>FC1002: cites one claim of the disputed fact instead of the fact; one fix per claim that counts.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DisputedFactCodeFix))]
[Shared]
public sealed class DisputedFactCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CodeDiagnosticIds.DisputedWithoutClaim);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (root is null || StringLiteralFix.Find(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }
            foreach (string id in FixCandidates.Of(diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Cite claim '{ClaimOf(id)}'",
                        token => StringLiteralFix.ReplaceAsync(context.Document, diagnostic.Location.SourceSpan, id, token),
                        KeyFor(id)),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The equivalence key of the fix citing <paramref name="id"/> (<c>fact#claim</c>): by claim id, so that Fix All
    /// cites the claim of that name in every disputed fact that has one.
    /// </summary>
    public static string KeyFor(string id) => CodeDiagnosticIds.DisputedWithoutClaim + ":" + ClaimOf(id);

    private static string ClaimOf(string id) => id.Substring(id.IndexOf('#') + 1);
}
