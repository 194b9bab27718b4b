using System.Linq;
using System.Collections.Immutable;

namespace FactCatalog.Catalogue.Naming;

/// <summary>
/// The member names generated classes always have. The emitter writes them from here and the checks reserve
/// them from here, so a catalogue name can never collide with one (FC0010).
/// </summary>
public static class GeneratedMemberNames
{
    /// <summary>The list of a group's facts, on every group class.</summary>
    public const string GroupList = "All";

    /// <summary>Members of every fact class: its id, its value and the rich fact object.</summary>
    public static readonly ImmutableArray<string> OfFact = ImmutableArray.Create("Id", "Value", "Fact");

    /// <summary>
    /// The private methods of a group class from a fact's index to its typed fact, one per C# type of value, which each
    /// fact's <c>Fact</c> calls by its simple name: the store's table, its indexer and the cast are bound once per type
    /// in a group, not once per fact (about 8 % of compiling 10,000 facts). A fact class cannot take one of these names
    /// (CS0102), nor a claim member (it would hide the method from its fact's <c>Fact</c>), nor a group (CS0542). No name
    /// made from an id can: PascalCase gives no underscore after the first character.
    /// </summary>
    public static readonly ImmutableArray<string> FactReaders =
        ImmutableArray.Create("Int32Fact__", "Int64Fact__", "DoubleFact__", "DateFact__", "BooleanFact__", "TextFact__");

    /// <summary>Members of every group class, the private <see cref="FactReaders"/> included.</summary>
    public static readonly ImmutableArray<string> OfGroup = ImmutableArray.Create(GroupList).AddRange(FactReaders);

    /// <summary>Members of the root catalogue class, which groups cannot take.</summary>
    public static readonly ImmutableArray<string> OfRoot = ImmutableArray.Create("All", "TryGet", "Get", "WithTag");

    /// <summary>Members of the generated <c>Sources</c> class (and its own name), which sources cannot take.</summary>
    public static readonly ImmutableArray<string> OfSources = ImmutableArray.Create("All", "TryGet", "Get", "Sources");

    /// <summary>
    /// Members of each group's store class (<c>&lt;Namespace&gt;.&lt;Class&gt;Store.&lt;Group&gt;</c>, which holds its
    /// table): a group of one of these names would be a class with a member of its own name (CS0542). The data and
    /// dispatch methods also have numbered chunks (<c>RecordData0</c>, <c>SourceAt1</c>, ...). The store no longer
    /// declares <c>SourceAt</c> (its records cite sources through an array of indexes now), but the name stays
    /// reserved, so the group names a catalogue may use do not change.
    /// </summary>
    public static readonly ImmutableArray<string> OfGroupStore = ImmutableArray.Create("Facts", "RecordData", "SourceAt");

    /// <summary>The members of <see cref="OfGroupStore"/> that also come in numbered chunks.</summary>
    public static readonly ImmutableArray<string> ChunkedOfGroupStore = ImmutableArray.Create("RecordData", "SourceAt");

    /// <summary>True when a group called <paramref name="group"/> would clash with a member of its own store class.</summary>
    public static bool IsStoreMember(string group)
    {
        if (OfGroupStore.Contains(group))
        {
            return true;
        }
        foreach (string chunked in ChunkedOfGroupStore)
        {
            if (group.Length > chunked.Length && group.StartsWith(chunked, System.StringComparison.Ordinal)
                && group.Substring(chunked.Length).All(c => c >= '0' && c <= '9'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The runtime library's namespace, which generated code refers to as <c>global::FactCatalog</c>.</summary>
    public const string RuntimeNamespace = "FactCatalog";

    /// <summary>
    /// The public types and namespaces directly in the runtime's namespace. A generated type of the same full name (the
    /// catalogue class, its index class, <c>Sources</c>, or the store namespace) would hide it from the generated code
    /// (CS0426, CS0718, CS0722). A test keeps this list equal to the runtime assembly's.
    /// </summary>
    public static readonly ImmutableArray<string> RuntimeNames = ImmutableArray.Create(
        "CatalogueManifestAttribute", "Citation", "CitesAttribute", "Claim", "ClaimBound", "ClaimRank", "ClaimStance", "DatePrecision",
        "Fact", "FactDate", "FactLookup", "FactStatus", "FactValueType", "Source", "SourceTranslation", "Storage");

    /// <summary>
    /// Why generated top-level names in <paramref name="ns"/> for catalogue class <paramref name="className"/> would
    /// take one of <see cref="RuntimeNames"/>, or null.
    /// </summary>
    public static string? RuntimeClash(string ns, string className, string sourcesClassName)
    {
        if (ns.Length == 0)
        {
            // In the global namespace, a type named like the runtime's namespace hides it from 'global::FactCatalog'.
            foreach (string name in new[] { className, className + "Index", className + "Store", sourcesClassName })
            {
                if (name == RuntimeNamespace)
                {
                    return $"In the global namespace, '{name}' would take the name of the runtime's namespace '{RuntimeNamespace}', which the generated code uses";
                }
            }
            return null;
        }
        if (ns != RuntimeNamespace)
        {
            return null;
        }
        foreach ((string name, string what) in new[]
        {
            (className, "the catalogue class"),
            (className + "Index", "the catalogue's index class"),
            (className + "Store", "the catalogue's store namespace"),
            (sourcesClassName, "the sources class"),
        })
        {
            if (RuntimeNames.Contains(name))
            {
                return $"In namespace '{ns}', {what} '{name}' would take the name of the runtime's '{RuntimeNamespace}.{name}', which the generated code uses";
            }
        }
        return null;
    }
}
