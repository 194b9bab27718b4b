using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
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

    /// <summary>
    /// Once the repository has a public home, setting FactCatalogRepositoryUrl is all it takes: the shipped assemblies'
    /// PDBs map their sources to that repository at the built commit (SourceLink), whatever the clone's remote is. The
    /// runtime library is built here from a copy of the repository's build files in a fresh git repository without one.
    /// </summary>
    [Fact]
    public void With_a_repository_url_the_embedded_pdb_has_SourceLink_to_it()
    {
        const string url = "https://github.com/example/catalogue-example";
        string root = Path.Combine(Path.GetTempPath(), "factcatalog-sourcelink-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (string file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json" })
            {
                File.Copy(Repository.PathOf(file), Path.Combine(root, file).Also(Path.GetDirectoryName(Path.Combine(root, file))!));
            }
            // The runtime library and the shared sources it compiles in.
            foreach (string folder in new[] { "src/FactCatalog", "src/Shared" })
            {
                foreach (string file in Directory.GetFiles(Repository.PathOf(folder), "*", SearchOption.AllDirectories)
                    .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")))
                {
                    string target = Path.Combine(root, folder, Path.GetRelativePath(Repository.PathOf(folder), file));
                    File.Copy(file, target.Also(Path.GetDirectoryName(target)!));
                }
            }
            CommandResult git = DotNetCli.RunShell(root, PackageFixture.CommandTimeout,
                "git init -q && git add -A && git -c user.email=tests@example.invalid -c user.name=tests commit -q -m build && git rev-parse HEAD",
                new System.Collections.Generic.Dictionary<string, string>());
            Assert.True(git.Succeeded, git.ToString());
            string commit = git.Output.Trim();

            CommandResult build = DotNetCli.Run(root, PackageFixture.CommandTimeout, DotNetCli.WithNoServer(
                "build", "src/FactCatalog", "-f", "netstandard2.0", $"-p:FactCatalogRepositoryUrl={url}"));
            Assert.True(build.Succeeded, build.ToString());

            using var pe = new PEReader(File.OpenRead(Path.Combine(root, "src/FactCatalog/bin/Debug/netstandard2.0/FactCatalog.dll")));
            using MetadataReaderProvider pdbProvider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(
                pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb));
            MetadataReader pdb = pdbProvider.GetMetadataReader();
            var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
            string sourceLink = pdb.CustomDebugInformation.Select(pdb.GetCustomDebugInformation)
                .Where(c => pdb.GetGuid(c.Kind) == sourceLinkKind)
                .Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value)))
                .Single();
            Assert.Contains("\"/_/*\":\"https://raw.githubusercontent.com/example/catalogue-example/" + commit + "/*\"", sourceLink, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
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

internal static class PathExtensions
{
    /// <summary>The path, once <paramref name="directory"/> exists.</summary>
    public static string Also(this string path, string directory)
    {
        Directory.CreateDirectory(directory);
        return path;
    }
}
