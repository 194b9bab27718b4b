using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactCatalog.Generator.Analyzers;

/// <summary>Recognising <c>[Cites]</c>: by its symbol, by how it can be written, and on the symbols around a piece of code.</summary>
internal static class CitesAttributes
{
    private const string Namespace = "FactCatalog";
    private const string Name = "CitesAttribute";
    private const string ShortName = "Cites";

    /// <summary>Whether <paramref name="type"/> is the runtime's <c>FactCatalog.CitesAttribute</c>.</summary>
    public static bool Is(INamedTypeSymbol? type) =>
        type is { Name: Name, ContainingType: null }
        && type.ContainingNamespace is { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>
    /// The simple names <c>[Cites]</c> can be written with in <paramref name="compilation"/>: <c>Cites</c>,
    /// <c>CitesAttribute</c>, and every using alias whose target ends with one of them. Lets the analyzer bind only the
    /// attributes that may be <c>[Cites]</c>, found from the syntax alone.
    /// </summary>
    public static HashSet<string> WrittenNames(Compilation compilation, CancellationToken token)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ShortName, Name };
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            token.ThrowIfCancellationRequested();
            SyntaxNode root = tree.GetRoot(token);
            foreach (UsingDirectiveSyntax directive in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
            {
                if (directive.Alias is { } alias && directive.Name is { } target && RightmostName(target) is ShortName or Name)
                {
                    names.Add(alias.Name.Identifier.ValueText);
                }
            }
        }
        return names;
    }

    /// <summary>The last simple name of <paramref name="name"/>: <c>Cites</c> in <c>FactCatalog.Cites</c>.</summary>
    public static string? RightmostName(NameSyntax name) => name switch
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
            if (Cites(current, matches) || (current is IMethodSymbol { AssociatedSymbol: { } associated } && Cites(associated, matches)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Cites(ISymbol symbol, Func<string, bool> matches)
    {
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
