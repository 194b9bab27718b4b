using System.Reflection;

namespace FactCatalog.Tool;

internal static class ToolVersion
{
    /// <summary>The tool's version (the repository's VersionPrefix), without build metadata.</summary>
    public static string Semantic
    {
        get
        {
            string? informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            string version = informational ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            int plus = version.IndexOf('+');
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }
}
