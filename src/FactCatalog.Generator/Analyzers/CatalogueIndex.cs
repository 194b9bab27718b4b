using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Manifest;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Analyzers;

/// <summary>A fact of a catalogue visible to the compilation, with where its class is.</summary>
internal sealed class IndexedFact
{
    private readonly Dictionary<string, ManifestClaim> _claims;

    public IndexedFact(ManifestFact fact, VisibleCatalogue catalogue, string group)
    {
        Fact = fact;
        Catalogue = catalogue;
        Group = group;
        _claims = new Dictionary<string, ManifestClaim>(StringComparer.Ordinal);
        foreach (ManifestClaim claim in fact.Claims)
        {
            _claims[claim.Id] = claim;
        }
    }

    public ManifestFact Fact { get; }

    public VisibleCatalogue Catalogue { get; }

    /// <summary>The group class as written in C#.</summary>
    public string Group { get; }

    public string Id => Fact.Id;

    public ManifestClaim? Claim(string id) => _claims.TryGetValue(id, out ManifestClaim? claim) ? claim : null;

    /// <summary>The claims that count, as cited ids (<c>fact#claim</c>), in catalogue order.</summary>
    public IEnumerable<string> CitableClaims() =>
        Fact.Claims.Where(c => c.Rank != ClaimRank.Deprecated).Select(c => Fact.Id + "#" + c.Id);

    /// <summary><c>global::Ns.Facts.Group.Fact.Member</c>: the member as code refers to it from anywhere.</summary>
    public string MemberPath(string member) => Catalogue.ClassName + "." + Group + "." + Fact.TypeName + "." + member;

    /// <summary><c>Facts.Group.Fact.Member</c>: the member as a message names it.</summary>
    public string MemberDisplay(string member) => Catalogue.DisplayName + "." + Group + "." + Fact.TypeName + "." + member;
}

/// <summary>One generated catalogue class (<c>Facts</c>) of one assembly: this compilation's or a referenced one.</summary>
internal sealed class VisibleCatalogue
{
    /// <summary>Namespaces and containing types, nothing escaped: how <see cref="MetadataName"/> is written.</summary>
    private static readonly SymbolDisplayFormat s_fullName = new(typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    private readonly Dictionary<string, IndexedFact> _facts = new(StringComparer.Ordinal);

    public VisibleCatalogue(IAssemblySymbol assembly, string className)
    {
        Assembly = assembly;
        ClassName = className;
        MetadataName = className.Replace("global::", string.Empty).Replace("@", string.Empty);
        DisplayName = MetadataName.Substring(MetadataName.LastIndexOf('.') + 1);
    }

    public IAssemblySymbol Assembly { get; }

    /// <summary>The class as written in C#, such as <c>global::Demo.Facts</c>.</summary>
    public string ClassName { get; }

    /// <summary>The class's full name as symbols display it, such as <c>Demo.Facts</c>.</summary>
    public string MetadataName { get; }

    /// <summary>The class's own name, such as <c>Facts</c>.</summary>
    public string DisplayName { get; }

    public IEnumerable<string> FactIds => _facts.Keys;

    public IEnumerable<IndexedFact> Facts => _facts.Values;

    public IndexedFact? Find(string id) => _facts.TryGetValue(id, out IndexedFact? fact) ? fact : null;

    public void Add(string group, IReadOnlyList<ManifestFact> facts)
    {
        foreach (ManifestFact fact in facts)
        {
            if (!_facts.ContainsKey(fact.Id))
            {
                _facts.Add(fact.Id, new IndexedFact(fact, this, group));
            }
        }
    }

    /// <summary>Whether <paramref name="type"/> is this catalogue class (the one whose <c>Get</c> and <c>TryGet</c> take its ids).</summary>
    public bool Is(INamedTypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, Assembly)
        && type.ToDisplayString(s_fullName) == MetadataName;
}

/// <summary>
/// Every catalogue the compilation can see, read from the <c>CatalogueManifest</c> attributes of its own assembly
/// (the generator's output is part of the compilation the analyzers run on) and of the referenced assemblies that
/// were built against the FactCatalog runtime. Built once per compilation and shared by every analyzer; each
/// manifest text is parsed once for as long as it lives, so a new compilation after an edit re-parses nothing
/// that did not change.
/// </summary>
internal sealed class CatalogueIndex
{
    private const string RuntimeAssemblyName = "FactCatalog";

    private static readonly ConditionalWeakTable<Compilation, Lazy<CatalogueIndex>> s_byCompilation = new();
    private static readonly ConditionalWeakTable<string, ParsedManifest> s_byManifestText = new();

    private readonly Lazy<ValueIndex> _values;
    private readonly Lazy<string[]> _factIds;

    private CatalogueIndex(IReadOnlyList<VisibleCatalogue> catalogues)
    {
        Catalogues = catalogues;
        _values = new Lazy<ValueIndex>(() => new ValueIndex(Catalogues.SelectMany(c => c.Facts)), LazyThreadSafetyMode.ExecutionAndPublication);
        _factIds = new Lazy<string[]>(() => Catalogues.SelectMany(c => c.FactIds).Distinct(StringComparer.Ordinal).ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The catalogues: this compilation's first, then those of references in reference order.</summary>
    public IReadOnlyList<VisibleCatalogue> Catalogues { get; }

    public bool IsEmpty => Catalogues.Count == 0;

    /// <summary>Every fact id of every catalogue, for suggestions; built on first use.</summary>
    public IReadOnlyList<string> FactIds => _factIds.Value;

    /// <summary>Catalogued values, for FC1005; built on first use.</summary>
    public ValueIndex Values => _values.Value;

    /// <summary>
    /// The index of <paramref name="compilation"/>, built on the first request (analyzers starting at the same time
    /// share one build). Building is not cancellable: one cancelled caller must not leave the others without an index.
    /// </summary>
    public static CatalogueIndex For(Compilation compilation) =>
        s_byCompilation.GetValue(compilation, c => new Lazy<CatalogueIndex>(() => Build(c), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The fact with this id in any catalogue, the compilation's own first.</summary>
    public IndexedFact? FindFact(string id)
    {
        foreach (VisibleCatalogue catalogue in Catalogues)
        {
            if (catalogue.Find(id) is { } fact)
            {
                return fact;
            }
        }
        return null;
    }

    /// <summary>The catalogue whose class is <paramref name="type"/>, or null.</summary>
    public VisibleCatalogue? CatalogueOf(INamedTypeSymbol type) => Catalogues.FirstOrDefault(c => c.Is(type));

    private static CatalogueIndex Build(Compilation compilation)
    {
        var catalogues = new List<VisibleCatalogue>();
        Read(compilation.Assembly, catalogues);
        foreach (IAssemblySymbol reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Only an assembly built against the runtime can carry a manifest; skipping the rest avoids decoding the
            // attributes of every framework assembly.
            if (reference.Modules.Any(m => m.ReferencedAssemblies.Any(a => a.Name == RuntimeAssemblyName)))
            {
                Read(reference, catalogues);
            }
        }
        return new CatalogueIndex(catalogues);
    }

    private static void Read(IAssemblySymbol assembly, List<VisibleCatalogue> catalogues)
    {
        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: CatalogueManifest.AttributeName } type
                || type.ContainingNamespace?.ToDisplayString() != CatalogueManifest.AttributeNamespace
                || attribute.ConstructorArguments.Length != 4
                || attribute.ConstructorArguments[0].Value is not CatalogueManifest.Version
                || attribute.ConstructorArguments[1].Value is not string className
                || attribute.ConstructorArguments[2].Value is not string group
                || attribute.ConstructorArguments[3].Value is not string text)
            {
                continue;
            }
            ParsedManifest parsed = s_byManifestText.GetValue(text, t => new ParsedManifest(CatalogueManifest.Read(CatalogueManifest.Version, t)));
            if (parsed.Facts is null)
            {
                continue;
            }
            VisibleCatalogue? catalogue = catalogues.FirstOrDefault(c => c.ClassName == className && SymbolEqualityComparer.Default.Equals(c.Assembly, assembly));
            if (catalogue is null)
            {
                catalogues.Add(catalogue = new VisibleCatalogue(assembly, className));
            }
            catalogue.Add(group, parsed.Facts);
        }
    }

    /// <summary>A manifest text as read, kept beside the text it was read from.</summary>
    private sealed class ParsedManifest
    {
        public ParsedManifest(IReadOnlyList<ManifestFact>? facts) => Facts = facts;

        /// <summary>Null when the text is of another format version or damaged.</summary>
        public IReadOnlyList<ManifestFact>? Facts { get; }
    }
}
