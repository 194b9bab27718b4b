using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using FactCatalog.Package.Tests.Infrastructure;

namespace FactCatalog.Package.Tests;

/// <summary>
/// The repository's public home is written in one place, FactCatalogRepositoryUrl in Directory.Build.props: no
/// document or source links to a FactCatalog repository anywhere else, and the diagnostics' help links are made from
/// the same value (compiled into the catalogue assembly the package ships).
/// </summary>
public sealed class RepositoryLinkTests
{
    private static readonly string[] Extensions = { ".md", ".cs", ".csproj", ".props", ".targets", ".json", ".yaml" };

    [Fact]
    public void No_file_links_to_a_FactCatalog_repository_but_the_configured_one()
    {
        var offending = Directory
            .EnumerateFiles(Repository.Root, "*", SearchOption.AllDirectories)
            .Where(path => Extensions.Contains(Path.GetExtension(path)))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "TestResults"))
            .SelectMany(path => Regex.Matches(File.ReadAllText(path), @"https?://[^\s)""'<>`]*factcatalog[^\s)""'<>`]*", RegexOptions.IgnoreCase)
                .Select(m => (Path: Path.GetRelativePath(Repository.Root, path), Link: m.Value)))
            .Where(found => Repository.RepositoryUrl.Length == 0 || !found.Link.StartsWith(Repository.RepositoryUrl, StringComparison.Ordinal))
            .ToList();

        Assert.True(offending.Count == 0,
            "Links to a FactCatalog repository other than FactCatalogRepositoryUrl ('" + Repository.RepositoryUrl + "'):"
            + Environment.NewLine + string.Join(Environment.NewLine, offending.Select(o => o.Path + ": " + o.Link)));
    }

    [Fact]
    public void Readme_says_the_repository_has_no_public_home_while_it_has_none()
    {
        string readme = Repository.ReadText("README.md");
        if (Repository.RepositoryUrl.Length == 0)
        {
            Assert.Contains("the repository has no public home yet", readme, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(Repository.RepositoryUrl, readme, StringComparison.Ordinal);
        }
    }

    /// <summary>The help links come from the value the catalogue assembly was built with; it must be the configured one.</summary>
    [Fact]
    public void Catalogue_assembly_carries_the_configured_repository_url()
    {
        string path = Path.Combine(Repository.Root, "src", "FactCatalog.Catalogue", "bin", Repository.Configuration, "netstandard2.0", "FactCatalog.Catalogue.dll");
        using var pe = new PEReader(File.OpenRead(path));
        MetadataReader reader = pe.GetMetadataReader();
        string?[] values = reader.GetAssemblyDefinition().GetCustomAttributes()
            .Select(reader.GetCustomAttribute)
            .Where(a => a.Constructor.Kind == HandleKind.MemberReference
                && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)reader.GetMemberReference((MemberReferenceHandle)a.Constructor).Parent).Name) == "AssemblyMetadataAttribute")
            .Select(a =>
            {
                BlobReader blob = reader.GetBlobReader(a.Value);
                blob.ReadUInt16();
                return (Key: blob.ReadSerializedString(), Value: blob.ReadSerializedString());
            })
            .Where(pair => pair.Key == "FactCatalogRepositoryUrl")
            .Select(pair => pair.Value)
            .ToArray();
        Assert.Equal(Repository.RepositoryUrl, Assert.Single(values) ?? string.Empty);
    }
}
