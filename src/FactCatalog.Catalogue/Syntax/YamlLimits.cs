namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Bounds that keep a hostile file from exhausting the compiler that runs the generator. Real catalogue
/// files stay far below them: a fact file nests six levels deep and quotes are a sentence or two.
/// </summary>
public static class YamlLimits
{
    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public const int MaxDepth = 64;

    /// <summary>Longest scalar, in characters.</summary>
    public const int MaxScalarLength = 100_000;

    /// <summary>Most aliases (<c>*name</c>) in one file.</summary>
    public const int MaxAliases = 10_000;

    /// <summary>Most nodes in one file.</summary>
    public const int MaxNodes = 10_000_000;

    /// <summary>Most character-hazard diagnostics reported for one file (the rest would only repeat them).</summary>
    public const int MaxHazardReports = 20;
}
