using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FactCatalog.Package.Tests.Infrastructure;

namespace FactCatalog.Package.Tests;

/// <summary>
/// The split that keeps app builds fast with a big catalogue: the facts in a library that references the package and is
/// built once, and an app that only references the library. The app reads the facts by type and by id, compiles none of
/// the catalogue itself, and gets the library's documentation (the tooltips) beside the library.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CatalogueLibraryTests
{
    private const string Program =
        "Console.WriteLine($\"ships: {Catalogue.Facts.Demo.Ships.Value}, audit {Catalogue.Facts.Demo.Ships.Audit}\");\n" +
        "Console.WriteLine($\"opened: {Catalogue.Facts.Demo.QuayOpening.Value}\");\n" +
        // A constant unknown id would be FC1001 (checked across the reference): the miss is looked up at run time.
        "Console.WriteLine($\"by id: {Catalogue.Facts.Get(\"quay-cost\").Statement} {Catalogue.Facts.TryGet(new string('x', 3), out _)}\");\n" +
        "Console.WriteLine($\"facts: {Catalogue.Facts.All.Count}, source: {Catalogue.Facts.Demo.Ships.Fact.Preferred?.Citation}\");\n";

    private readonly PackageFixture _fixture;

    public CatalogueLibraryTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void App_referencing_a_catalogue_library_sees_the_facts_and_compiles_none_of_them()
    {
        string root = Path.Combine(_fixture.WorkRoot, "catalogue-library");
        Quickstart.Write(root, "Catalogue/Catalogue.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <TargetFramework>net10.0</TargetFramework>\n" +
            "    <Nullable>enable</Nullable>\n" +
            "    <GenerateDocumentationFile>true</GenerateDocumentationFile>\n" +
            "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n" +
            "  </PropertyGroup>\n" +
            "  <ItemGroup>\n" +
            $"    <PackageReference Include=\"FactCatalog\" Version=\"{_fixture.Version}\" />\n" +
            "  </ItemGroup>\n" +
            "</Project>\n");
        Quickstart.Write(root, "Catalogue/seeds/doc.txt", Quickstart.Document);
        Quickstart.Write(root, "Catalogue/facts/sources.yaml", Quickstart.Sources);
        Quickstart.Write(root, "Catalogue/" + Quickstart.FactFile, Quickstart.Facts);
        // The app has no package reference and no facts of its own: it gets the package through the library.
        Quickstart.Write(root, "App/App.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <OutputType>Exe</OutputType>\n" +
            "    <TargetFramework>net10.0</TargetFramework>\n" +
            "    <ImplicitUsings>enable</ImplicitUsings>\n" +
            "    <Nullable>enable</Nullable>\n" +
            "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n" +
            "  </PropertyGroup>\n" +
            "  <ItemGroup>\n" +
            "    <ProjectReference Include=\"../Catalogue/Catalogue.csproj\" />\n" +
            "  </ItemGroup>\n" +
            "</Project>\n");
        Quickstart.Write(root, "App/Program.cs", Program);
        string app = Path.Combine(root, "App");

        CommandResult build = DotNetCli.Run(app, PackageFixture.CommandTimeout, DotNetCli.WithNoServer("build"));
        Assert.True(build.Succeeded, build.ToString());
        // The app rebuilt alone against the library as built, as an app's everyday build is.
        CommandResult rebuild = DotNetCli.Run(app, PackageFixture.CommandTimeout,
            DotNetCli.WithNoServer("build", "--no-restore", "--no-incremental", "-p:BuildProjectReferences=false"));
        Assert.True(rebuild.Succeeded, rebuild.ToString());

        CommandResult run = DotNetCli.Run(app, PackageFixture.CommandTimeout, "run", "--no-build");
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(new[]
        {
            "ships: 1240, audit 1240",
            "opened: 2023-05-12",
            "by id: What the new quay cost, in millions of euros. False",
            "facts: 3, source: The port authority, 2024-01, doc.txt:3",
        }, run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray());

        string output = Path.Combine(app, "bin", "Debug", "net10.0");
        Assert.Contains("Facts", TypeNames(Path.Combine(output, "Catalogue.dll")));
        string[] appTypes = TypeNames(Path.Combine(output, "App.dll"));
        Assert.DoesNotContain("Facts", appTypes);
        Assert.DoesNotContain("FactsIndex", appTypes);
        Assert.DoesNotContain("Sources", appTypes);
        // The tooltips travel with the library: its documentation file is copied beside it.
        string documentation = File.ReadAllText(Path.Combine(output, "Catalogue.xml"));
        Assert.Contains("F:Catalogue.Facts.Demo.Ships.Audit", documentation, StringComparison.Ordinal);
        Assert.Contains(Quickstart.AuditQuote, documentation, StringComparison.Ordinal);
    }

    private static string[] TypeNames(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        MetadataReader reader = pe.GetMetadataReader();
        return reader.TypeDefinitions.Select(h => reader.GetString(reader.GetTypeDefinition(h).Name)).ToArray();
    }
}
