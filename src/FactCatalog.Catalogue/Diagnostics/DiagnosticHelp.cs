using System.Linq;
using System.Reflection;

namespace FactCatalog.Catalogue.Diagnostics;

/// <summary>
/// Where each diagnostic's help page is: <c>docs/diagnostics/&lt;ID&gt;.md</c> of the repository's public home. Every
/// descriptor, catalogue and code alike, takes its help link from here. The home is the build property
/// <c>FactCatalogRepositoryUrl</c> (Directory.Build.props), compiled into this assembly; while it is empty (the repository
/// has no public home yet) help links are empty rather than point at a page that does not exist.
/// </summary>
public static class DiagnosticHelp
{
    /// <summary>The repository's public home, without a trailing slash; empty when it has none.</summary>
    public static string RepositoryUrl { get; } =
        (typeof(DiagnosticHelp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "FactCatalogRepositoryUrl")?.Value ?? string.Empty).TrimEnd('/');

    /// <summary>The folder of the diagnostic pages, ending with a slash; empty when the repository has no public home.</summary>
    public static string PagesBase { get; } = RepositoryUrl.Length == 0 ? string.Empty : RepositoryUrl + "/blob/main/docs/diagnostics/";

    /// <summary>The help page of the diagnostic <paramref name="id"/>, such as <c>FC0007</c>; empty when there is no public page.</summary>
    public static string LinkFor(string id) => PagesBase.Length == 0 ? string.Empty : PagesBase + id + ".md";
}
