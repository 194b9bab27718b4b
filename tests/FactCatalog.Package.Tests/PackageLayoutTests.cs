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
            "analyzers/dotnet/roslyn4.8/cs/FactCatalog.Generator.dll",
            "analyzers/dotnet/roslyn4.8/cs/FactCatalog.Catalogue.dll",
            "analyzers/dotnet/roslyn4.8/cs/YamlDotNet.dll",
            "analyzers/dotnet/roslyn4.14/cs/FactCatalog.Generator.dll",
            "analyzers/dotnet/roslyn4.14/cs/FactCatalog.Catalogue.dll",
            "analyzers/dotnet/roslyn4.14/cs/YamlDotNet.dll",
            "analyzers/dotnet/roslyn4.14/cs/FactCatalog.CodeFixes.dll",
            "icon.png",
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
        Assert.Equal("icon.png", Value("icon"));
        Assert.True(package.GetEntry("icon.png")!.Length > 0);
        Assert.Equal(Repository.ReadText("src/FactCatalog.Package/RELEASE-NOTES.md").Trim(), Value("releaseNotes"));
        Assert.StartsWith(_fixture.BaseVersion + "\n", Value("releaseNotes"), StringComparison.Ordinal);
        // The repository's home is FactCatalogRepositoryUrl (Directory.Build.props); while it is empty, the package names none.
        if (Repository.RepositoryUrl.Length == 0)
        {
            Assert.Null(metadata.Element(ns + "repository"));
            Assert.Null(metadata.Element(ns + "projectUrl"));
        }
        else
        {
            Assert.Equal(Repository.RepositoryUrl, metadata.Element(ns + "repository")?.Attribute("url")?.Value);
            Assert.Equal(Repository.RepositoryUrl, Value("projectUrl"));
        }
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

    /// <summary>
    /// The SDK loads the analyzers of the highest roslynX.Y folder not above its compiler's version; a compiler refuses
    /// (CS9057) an assembly that references a newer Microsoft.CodeAnalysis than its own. So no assembly may reference a
    /// newer one than its folder names (4.8 for an unversioned folder), and every folder has the generator.
    /// </summary>
    [Fact]
    public void No_analyzer_assembly_references_a_newer_compiler_than_its_folder_allows()
    {
        using ZipArchive package = ZipFile.OpenRead(_fixture.PackagePath);
        ZipArchiveEntry[] assemblies = package.Entries
            .Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(assemblies);
        var checkedReferences = 0;
        foreach (ZipArchiveEntry entry in assemblies)
        {
            string folder = entry.FullName[..entry.FullName.LastIndexOf('/')];
            Match versioned = Regex.Match(folder, @"/roslyn(\d+\.\d+)/");
            Version allowed = versioned.Success ? Version.Parse(versioned.Groups[1].Value) : new Version(4, 8);
            foreach ((string name, Version version) in AssemblyReferenceVersions(package, entry.FullName))
            {
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    checkedReferences++;
                    Assert.True(new Version(version.Major, version.Minor) <= allowed,
                        $"{entry.FullName} references {name} {version}, newer than {allowed} its folder allows.");
                }
            }
        }
        Assert.True(checkedReferences > 0, "No analyzer assembly references Microsoft.CodeAnalysis: the check read nothing.");

        string[] folders = assemblies.Select(e => e.FullName[..e.FullName.LastIndexOf('/')]).Distinct().ToArray();
        Assert.All(folders, folder => Assert.NotNull(package.GetEntry(folder + "/FactCatalog.Generator.dll")));
        Assert.Contains("analyzers/dotnet/roslyn4.8/cs", folders);
    }

    /// <summary>
    /// Every assembly of the project carries its PDB inside, built with repository-independent paths (/_/); the runtime
    /// library's PDB holds its sources while the repository has no public home, and SourceLink to it once it has.
    /// </summary>
    [Fact]
    public void Assemblies_carry_embedded_pdbs_with_deterministic_paths_and_the_runtime_library_its_sources()
    {
        using ZipArchive package = ZipFile.OpenRead(_fixture.PackagePath);
        ZipArchiveEntry[] ours = package.Entries
            .Where(e => Regex.IsMatch(e.FullName, @"/FactCatalog(\.[A-Za-z]+)?\.dll$"))
            .ToArray();
        Assert.Equal(2 + 2 * 2 + 1, ours.Length);
        var sourceLink = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        foreach (ZipArchiveEntry entry in ours)
        {
            using var bytes = new MemoryStream();
            using (Stream stream = entry.Open())
            {
                stream.CopyTo(bytes);
            }
            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            DebugDirectoryEntry embedded = pe.ReadDebugDirectory().SingleOrDefault(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            Assert.True(embedded.DataSize > 0, $"{entry.FullName} has no embedded PDB.");
            using MetadataReaderProvider pdbProvider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
            MetadataReader pdb = pdbProvider.GetMetadataReader();
            string[] documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).ToArray();
            Assert.NotEmpty(documents);
            Assert.All(documents.Where(d => d.EndsWith(".cs", StringComparison.Ordinal) && !d.Contains("/obj/", StringComparison.Ordinal)),
                d => Assert.StartsWith("/_/", d, StringComparison.Ordinal));

            int Count(Guid kind) => pdb.CustomDebugInformation.Select(pdb.GetCustomDebugInformation).Count(c => pdb.GetGuid(c.Kind) == kind);
            bool runtime = entry.FullName.StartsWith("lib/", StringComparison.Ordinal);
            if (Repository.RepositoryUrl.Length == 0)
            {
                Assert.Equal(0, Count(sourceLink));
                Assert.True(runtime ? Count(embeddedSource) > 0 : Count(embeddedSource) == 0,
                    $"{entry.FullName}: the runtime library's PDB embeds its sources; the compiler-loaded assemblies' do not.");
            }
            else
            {
                Assert.Equal(1, Count(sourceLink));
            }
        }
    }

    /// <summary>The package stays small: its analyzers are shipped twice (roslyn4.8 and roslyn4.14), so watch the total.</summary>
    [Fact]
    public void Package_stays_under_one_megabyte()
    {
        long size = new FileInfo(_fixture.PackagePath).Length;
        Assert.True(size < 1024 * 1024, $"The package is {size:N0} bytes.");
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

    private static (string Name, Version Version)[] AssemblyReferenceVersions(ZipArchive package, string entryName)
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
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToArray();
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
