using System.Globalization;
using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Budgets that bound the work and memory a catalogue can cost, whatever its shape, by the size of what is written:
/// a small file must not expand (through YAML aliases, many claims or long fields repeated in generated code) into
/// more than the compiler can hold. Each limit that is reached is reported as FC0017, naming the limit, its value
/// and what to do. <c>docs/format.md#limits</c> gives the reason for each value.
/// </summary>
public static class CatalogueLimits
{
    /// <summary>YAML nodes that aliases (<c>*name</c>) may add to one file, counted by what each alias expands to.</summary>
    public const int MaxAliasExpandedNodes = 100_000;

    /// <summary>Characters of scalars that aliases may add to one file, counted by what each alias expands to.</summary>
    public const int MaxAliasExpandedCharacters = 1_000_000;

    /// <summary>Claims of one fact.</summary>
    public const int MaxClaimsPerFact = 1_000;

    /// <summary>Claims of one fact file.</summary>
    public const int MaxClaimsPerFile = 100_000;

    /// <summary>Characters of C# one group may generate (estimated from the text it carries, before it is emitted).</summary>
    public const long MaxGeneratedCharactersPerGroup = 128_000_000;

    /// <summary>Characters of C# the whole catalogue may generate (estimated the same way).</summary>
    public const long MaxGeneratedCharactersPerCatalogue = 768_000_000;

    /// <summary>Occurrences a message lists by position (FC0007, FC0008); it gives the count of all of them.</summary>
    public const int MaxListedOccurrences = 5;

    /// <summary>
    /// Work units (characters scanned plus alignment cells) the closest-passage hints of one fact file may spend on
    /// one document.
    /// </summary>
    public const long MaxClosestPassageWorkPerDocument = 20_000_000;

    /// <summary>Work units the closest-passage hints of one fact file may spend over all its documents.</summary>
    public const long MaxClosestPassageWorkPerFile = 40_000_000;

    /// <summary>"12,345", for messages.</summary>
    internal static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>FC0017 at <paramref name="location"/>: <paramref name="what"/>, the limit's name and value, and <paramref name="remedy"/>.</summary>
    internal static DiagnosticInfo Exceeded(LocationInfo location, string what, string limit, long value, string remedy) =>
        DiagnosticInfo.Create(CatalogueDiagnostics.LimitExceeded, location, what, limit, Format(value), remedy);
}
