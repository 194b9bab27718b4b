using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactCatalog.Package.Tests.Infrastructure;

namespace FactCatalog.Package.Tests;

/// <summary>What <c>dotnet pack</c> puts in FactCatalog.&lt;version&gt;.nupkg, and that it does so deterministically.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackageFixture _fixture;

    public PackageLayoutTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void Package_holds_the_runtime_library_the_analyzers_and_the_build_files()
    {
        Assert.True(File.Exists(_fixture.PackagePath), _fixture.PackResult.ToString());
        using ZipArchive package = ZipFile.OpenRead(_fixture.PackagePath);

        var expected = new[]
        {
            "README.md",
            "lib/netstandard2.0/FactCatalog.dll",
            "lib/netstandard2.0/FactCatalog.xml",
            "lib/net8.0/FactCatalog.dll",
            "lib/net8.0/FactCatalog.xml",
            "analyzers/dotnet/cs/FactCatalog.Generator.dll",
            "analyzers/dotnet/cs/FactCatalog.Catalogue.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "analyzers/dotnet/cs/FactCatalog.CodeFixes.dll",
            "build/FactCatalog.props",
            "build/FactCatalog.targets",
            "buildTransitive/FactCatalog.props",
            "buildTransitive/FactCatalog.targets",
        };
        string[] content = package.Entries
            .Select(e => e.FullName)
            .Where(name => !IsPackagingMetadata(name))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected.OrderBy(name => name, StringComparer.Ordinal), content);

        // One set of build files: the package carries exactly the files in-repo projects import.
        foreach (string folder in new[] { "build", "buildTransitive" })
        {
            foreach (string file in new[] { "FactCatalog.props", "FactCatalog.targets" })
            {
                string inRepo = File.ReadAllText(Path.Combine(_fixture.RepositoryRoot, "src", "FactCatalog.Package", "build", file));
                Assert.Equal(inRepo, ReadText(package, $"{folder}/{file}"));
            }
        }
    }

    [Fact]
    public void Package_metadata_is_filled_in_and_it_depends_only_on_System_Memory_for_netstandard()
    {
        using ZipArchive package = ZipFile.OpenRead(_fixture.PackagePath);
        XDocument nuspec = XDocument.Parse(ReadText(package, "FactCatalog.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        XElement metadata = nuspec.Root.Element(ns + "metadata")!;
        string Value(string name) => metadata.Element(ns + name)?.Value ?? string.Empty;

        Assert.Equal("FactCatalog", Value("id"));
        Assert.Equal(_fixture.Version, Value("version"));
        Assert.Equal("expression", metadata.Element(ns + "license")?.Attribute("type")?.Value);
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("quote", Value("description"), StringComparison.Ordinal);
        Assert.Contains("source-generator", Value("tags").Split(' '));
        Assert.Equal("git", metadata.Element(ns + "repository")?.Attribute("type")?.Value);
        Assert.StartsWith("https://", metadata.Element(ns + "repository")?.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.StartsWith("https://", Value("projectUrl"), StringComparison.Ordinal);
        Assert.Contains("dotnet add package FactCatalog", ReadText(package, "README.md"), StringComparison.Ordinal);

        // One dependency group per lib/ framework: net8.0 needs nothing; netstandard2.0 needs System.Memory for ReadOnlySpan<byte>.
        XElement[] groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToArray();
        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Select(g => g.Attribute("targetFramework")!.Value).OrderBy(f => f, StringComparer.Ordinal));
        Assert.Empty(groups.Single(g => g.Attribute("targetFramework")!.Value == "net8.0").Elements());
        Assert.Equal(new[] { "System.Memory 4.5.5" }, groups.Single(g => g.Attribute("targetFramework")!.Value == ".NETStandard2.0").Elements()
            .Select(d => d.Attribute("id")!.Value + " " + d.Attribute("version")!.Value));

        // The runtime library references the framework (and, on netstandard2.0, System.Memory) only.
        Assert.Equal(new[] { "System.Memory", "netstandard" }, AssemblyReferences(package, "lib/netstandard2.0/FactCatalog.dll"));
        Assert.All(AssemblyReferences(package, "lib/net8.0/FactCatalog.dll"), name => Assert.Matches("^(System(\\..+)?|netstandard|mscorlib)$", name));
    }

    [Fact]
    public void Packing_twice_gives_the_same_bytes()
    {
        Assert.True(File.Exists(_fixture.SecondPackagePath), _fixture.SecondPackResult.ToString());
        Assert.True(
            File.ReadAllBytes(_fixture.PackagePath).AsSpan().SequenceEqual(File.ReadAllBytes(_fixture.SecondPackagePath)),
            "Packing the same build twice gave different packages.");
    }

    /// <summary>
    /// Every project in the repository that loads the generator does so through the package's props and targets,
    /// plus the in-repo file that only adds the analyzer assemblies, so in-repo and packaged builds cannot drift apart.
    /// </summary>
    [Fact]
    public void In_repo_consumers_import_the_package_build_files()
    {
        string[] consumers = Directory
            .EnumerateFiles(_fixture.RepositoryRoot, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(path => Regex.IsMatch(File.ReadAllText(path), "FactCatalog\\.Generator\\.csproj\"[^>]*OutputItemType=\"Analyzer\""))
            .ToArray();
        Assert.NotEmpty(consumers);
        Assert.All(consumers, path =>
        {
            string project = File.ReadAllText(path);
            int props = project.IndexOf("FactCatalog.Package/build/FactCatalog.props\"", StringComparison.Ordinal);
            int targets = project.IndexOf("FactCatalog.Package/build/FactCatalog.targets\"", StringComparison.Ordinal);
            int inRepo = project.IndexOf("FactCatalog.Generator/FactCatalog.Generator.InRepo.targets\"", StringComparison.Ordinal);
            Assert.True(props >= 0 && targets > props && inRepo >= 0,
                $"{path} must import FactCatalog.props (first), FactCatalog.targets (last) and FactCatalog.Generator.InRepo.targets, as a package consumer gets them.");
        });
    }

    private static bool IsPackagingMetadata(string name) =>
        name.EndsWith(".nuspec", StringComparison.Ordinal)
        || name.StartsWith("_rels/", StringComparison.Ordinal)
        || name.StartsWith("package/", StringComparison.Ordinal)
        || name == "[Content_Types].xml";

    private static string ReadText(ZipArchive package, string entryName)
    {
        using var reader = new StreamReader(package.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }

    private static string[] AssemblyReferences(ZipArchive package, string entryName)
    {
        using var bytes = new MemoryStream();
        using (Stream entry = package.GetEntry(entryName)!.Open())
        {
            entry.CopyTo(bytes);
        }
        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        MetadataReader reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
    }
}
