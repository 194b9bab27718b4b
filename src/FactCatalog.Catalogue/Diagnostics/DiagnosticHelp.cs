namespace FactCatalog.Catalogue.Diagnostics;

/// <summary>
/// Where each diagnostic's help page is: <c>docs/diagnostics/&lt;ID&gt;.md</c> of the repository. Every descriptor,
/// catalogue and code alike, takes its help link from here, so moving the documentation means changing one constant.
/// </summary>
public static class DiagnosticHelp
{
    /// <summary>The folder of the diagnostic pages, ending with a slash.</summary>
    public const string PagesBase = "https://github.com/FactCatalog/FactCatalog/blob/main/docs/diagnostics/";

    /// <summary>The help page of the diagnostic <paramref name="id"/>, such as <c>FC0007</c>.</summary>
    public static string LinkFor(string id) => PagesBase + id + ".md";
}
