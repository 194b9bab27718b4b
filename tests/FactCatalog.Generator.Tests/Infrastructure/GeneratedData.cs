using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactCatalog.Generator.Tests.Infrastructure;

/// <summary>The catalogue data a generated file holds, read through the compiler's parse of its literals, whatever their form.</summary>
internal static class GeneratedData
{
    /// <summary>Each data literal of <paramref name="code"/> as text, in file order: packed strings, <c>"..."u8</c> literals and byte arrays.</summary>
    public static IReadOnlyList<string> Chunks(string code) =>
        CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes()
            .Select(Bytes).Where(bytes => bytes is not null).Select(bytes => Encoding.UTF8.GetString(bytes!)).ToList();

    /// <summary>Every data literal of <paramref name="code"/> as text, one after another.</summary>
    public static string Text(string code) => string.Join("\n", Chunks(code));

    /// <summary>What kinds of data literal <paramref name="code"/> has: <c>packed</c>, <c>u8</c>, <c>bytes</c>, in file order.</summary>
    public static IReadOnlyList<string> Forms(string code) =>
        CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes()
            .Select(node => Bytes(node) is null ? null : node is InvocationExpressionSyntax ? "packed" : node is LiteralExpressionSyntax ? "u8" : "bytes")
            .Where(form => form is not null).Select(form => form!).ToList();

    /// <summary>The bytes <paramref name="node"/> holds when it is a data literal of one of the three forms; otherwise null.</summary>
    public static byte[]? Bytes(SyntaxNode node)
    {
        switch (node)
        {
            case InvocationExpressionSyntax call when call.Expression.ToString() == "global::FactCatalog.Storage.PackedBytes.Of":
                string packed = ((LiteralExpressionSyntax)call.ArgumentList.Arguments[0].Expression).Token.ValueText;
                int length = int.Parse(call.ArgumentList.Arguments[1].Expression.ToString(), CultureInfo.InvariantCulture);
                return Enumerable.Range(0, length).Select(i => (byte)(packed[i / 2] >> (i % 2 == 0 ? 0 : 8))).ToArray();
            case LiteralExpressionSyntax u8 when u8.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return Encoding.UTF8.GetBytes(u8.Token.ValueText);
            case ArrayCreationExpressionSyntax array when array.Type.ElementType.ToString() == "byte" && array.Initializer is not null:
                return array.Initializer.Expressions.Select(e => byte.Parse(e.ToString(), CultureInfo.InvariantCulture)).ToArray();
            default:
                return null;
        }
    }
}
