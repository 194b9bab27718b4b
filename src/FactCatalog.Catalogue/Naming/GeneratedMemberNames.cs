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

    /// <summary>Members of every group class.</summary>
    public static readonly ImmutableArray<string> OfGroup = ImmutableArray.Create(GroupList);

    /// <summary>Members of the root catalogue class, which groups cannot take.</summary>
    public static readonly ImmutableArray<string> OfRoot = ImmutableArray.Create("All", "TryGet", "Get", "WithTag");

    /// <summary>Members of the generated <c>Sources</c> class (and its own name), which sources cannot take.</summary>
    public static readonly ImmutableArray<string> OfSources = ImmutableArray.Create("All", "TryGet", "Get", "Sources");
}
