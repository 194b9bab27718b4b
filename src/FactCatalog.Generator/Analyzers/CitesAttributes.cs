using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactCatalog.Generator.Analyzers;

/// <summary>Recognising <c>[Cites]</c>: by its symbol, by its name in syntax, and on the symbols around a piece of code.</summary>
internal static class CitesAttributes
{
    private const string Namespace = "FactCatalog";
    private const string Name = "CitesAttribute";
    private const string ShortName = "Cites";

    /// <summary>Whether an attribute's name, as written, is <c>Cites</c> or <c>CitesAttribute</c> (a guess from syntax alone).</summary>
    public static bool IsCitesName(NameSyntax name) => RightmostName(name) is ShortName or Name;

    /// <summary>Whether <paramref name="type"/> is the runtime's <c>FactCatalog.CitesAttribute</c>.</summary>
    public static bool Is(INamedTypeSymbol? type) =>
        type is { Name: Name, ContainingType: null }
        && type.ContainingNamespace is { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>The last simple name of <paramref name="name"/>: <c>Cites</c> in <c>FactCatalog.Cites</c>.</summary>
    private static string? RightmostName(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="symbol"/>, or a symbol containing it (the property of an accessor, the enclosing method
    /// of a lambda or local function, the types around it, the module and the assembly), cites an id
    /// <paramref name="matches"/> accepts.
    /// </summary>
    public static bool AnyCites(ISymbol? symbol, Func<string, bool> matches)
    {
        for (ISymbol? current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (DirectlyCites(current, matches) || (current is IMethodSymbol { AssociatedSymbol: { } associated } && DirectlyCites(associated, matches)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="symbol"/> itself cites an id <paramref name="matches"/> accepts.</summary>
    public static bool DirectlyCites(ISymbol? symbol, Func<string, bool> matches)
    {
        if (symbol is null)
        {
            return false;
        }
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (Is(attribute.AttributeClass) && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string id && matches(id))
            {
                return true;
            }
        }
        return false;
    }
}
