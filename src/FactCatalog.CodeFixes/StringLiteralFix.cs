using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.CodeFixes;

/// <summary>Replacing the id in a cited string: what the FC1001 and FC1002 fixes do.</summary>
internal static class StringLiteralFix
{
    /// <summary>The string literal a diagnostic is reported at; null when the id was written some other way (a constant, an expression).</summary>
    public static LiteralExpressionSyntax? Find(SyntaxNode root, TextSpan span) =>
        root.FindNode(span, getInnermostNodeForTie: true) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            && literal.Span == span
            ? literal
            : null;

    public static async Task<Document> ReplaceAsync(Document document, TextSpan span, string id, CancellationToken token)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        if (root is null || Find(root, span) is not { } literal)
        {
            return document;
        }
        LiteralExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id))
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
