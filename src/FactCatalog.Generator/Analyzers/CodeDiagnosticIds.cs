namespace FactCatalog.Generator.Analyzers;

/// <summary>
/// The IDs of the code diagnostics and the properties they hand to their code fixes. The code fixes assembly
/// compiles this file too, so the two assemblies agree without one loading the other.
/// </summary>
internal static class CodeDiagnosticIds
{
    public const string UnknownId = "FC1001";
    public const string DisputedWithoutClaim = "FC1002";
    public const string DeprecatedClaim = "FC1003";
    public const string UnsupportedFact = "FC1004";
    public const string LiteralMatchesValue = "FC1005";

    /// <summary>
    /// The property holding what a fix may put in place of the flagged code, best first, one per line: ids for FC1001
    /// and FC1002; for FC1005, the constant to use and the id to cite, separated by <see cref="FieldSeparator"/>.
    /// </summary>
    public const string Candidates = nameof(Candidates);

    /// <summary>Separates the candidates in <see cref="Candidates"/>.</summary>
    public const char CandidateSeparator = '\n';

    /// <summary>Separates the constant from the id in an FC1005 candidate.</summary>
    public const char FieldSeparator = '\t';
}
