using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FactCatalog.Package.Tests.Infrastructure;

/// <summary>The repository these tests were built from, as the test project's build recorded it.</summary>
public static class Repository
{
    public static string Root { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    /// <summary>The configuration the repository was built in; the package is packed from that build.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>The repository's package version, such as 0.1.0.</summary>
    public static string PackageVersion { get; } = Metadata("PackageVersion");

    /// <summary>FactCatalogRepositoryUrl of Directory.Build.props: the repository's public home; empty while it has none.</summary>
    public static string RepositoryUrl { get; } = Metadata("RepositoryUrl", allowEmpty: true);

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>A text file of the repository, with LF line ends whatever the checkout did.</summary>
    public static string ReadText(string relativePath) =>
        File.ReadAllText(PathOf(relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Metadata(string key, bool allowEmpty = false) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value is { } value
            && (allowEmpty || value.Length > 0)
            ? value
            : allowEmpty ? string.Empty : throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
