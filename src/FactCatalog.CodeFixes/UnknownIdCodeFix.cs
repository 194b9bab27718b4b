using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using FactCatalog.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FactCatalog.CodeFixes;

/// <summary>FC1001: replaces an unknown id with a close one; one fix per close id, the closest first.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownIdCodeFix))]
[Shared]
public sealed class UnknownIdCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix that takes the closest id, the one Fix All applies.</summary>
    public const string ClosestKey = CodeDiagnosticIds.UnknownId + ".Closest";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CodeDiagnosticIds.UnknownId);

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
            IReadOnlyList<string> candidates = FixCandidates.Of(diagnostic);
            for (int i = 0; i < candidates.Count; i++)
            {
                string id = candidates[i];
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Replace with '{id}'",
                        token => StringLiteralFix.ReplaceAsync(context.Document, diagnostic.Location.SourceSpan, id, token),
                        i == 0 ? ClosestKey : KeyFor(id)),
                    diagnostic);
            }
        }
    }

    /// <summary>The equivalence key of the fix that takes <paramref name="id"/> when it is not the closest.</summary>
    public static string KeyFor(string id) => CodeDiagnosticIds.UnknownId + ":" + id;
}
