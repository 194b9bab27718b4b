using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactCatalog.Package.Tests.Infrastructure;

/// <summary>
/// One solution of projects in the shapes real teams have, all using the packed package, built by a single
/// <c>dotnet build</c> (real builds are slow, so the cases share one build):
/// <list type="bullet">
/// <item><c>HarbourCatalogue</c>: a catalogue library for <c>netstandard2.0;net8.0</c> with the default language version
/// (C# 7.3 on netstandard2.0, 12 on net8.0), nullable context not set (disabled), warnings as errors and documentation
/// warnings on; it lets <c>ModernApp</c> see its internals.</item>
/// <item><c>ModernApp</c>: a C# 9 console app (nullable enabled, warnings as errors, documentation) compiled by the
/// Microsoft.Net.Compilers.Toolset 4.14.0 compiler; a catalogue of its own beside the library's, whose ids it cites
/// and looks up.</item>
/// <item><c>LegacyApp</c>: a C# 7.3 console app, nullable disabled, warnings as errors, with a catalogue of its own; it
/// uses the library's netstandard2.0 build.</item>
/// <item><c>CitesCheck</c>: a library that cites and looks up ids the library's catalogue does not have: the analyzers
/// must find them across the assembly boundary (the only warnings the build may have).</item>
/// </list>
/// </summary>
public sealed class CompatSolution
{
    public const string SolutionFile = "Compat.slnx";
    public const string ToolsetVersion = "4.14.0";

    /// <summary>The two lines of <c>CitesCheck/Uses.cs</c> whose ids are unknown: the cited id, and the id looked up.</summary>
    public const string UnknownCitation = "shipz";
    public const string UnknownLookup = "quay-costs";

    /// <summary><c>CitesCheck/Uses.cs</c>: a citation and a lookup of ids the library's catalogue does not have.</summary>
    public const string UsesCode =
        "namespace CitesCheck;\n" +
        "\n" +
        "public static class Uses\n" +
        "{\n" +
        "    [FactCatalog.Cites(\"" + UnknownCitation + "\")]\n" +
        "    public static int Ships() => HarbourCatalogue.Facts.Demo.Ships.Value;\n" +
        "\n" +
        "    public static FactCatalog.Fact Cost() => HarbourCatalogue.Facts.Get(\"" + UnknownLookup + "\");\n" +
        "}\n";

    private CompatSolution(string directory, CommandResult build)
    {
        Directory = directory;
        Build = build;
    }

    public string Directory { get; }

    /// <summary>The one <c>dotnet build</c> of the solution.</summary>
    public CommandResult Build { get; }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Runs a built app (<c>dotnet App.dll</c>, as <c>dotnet run --no-build</c> would, without its evaluation).</summary>
    public CommandResult Run(string project) =>
        DotNetCli.Run(Directory, PackageFixture.CommandTimeout, PathOf($"{project}/bin/Debug/net10.0/{project}.dll"));

    /// <summary>Every distinct warning line of the build (MSBuild repeats them in its summary), with the project it came from.</summary>
    public IReadOnlyList<string> Warnings() =>
        Build.Output.Split('\n').Select(l => l.Trim()).Where(l => Regex.IsMatch(l, @":\s+warning\s+[A-Z]+\d+")).Distinct().ToList();

    /// <summary>Writes the solution under the package's work folder and builds it once.</summary>
    public static CompatSolution Create(PackedPackage fixture)
    {
        string root = Path.Combine(fixture.WorkRoot, "compat");
        string package = $"    <PackageReference Include=\"FactCatalog\" Version=\"{fixture.Version}\" />\n";

        Write(root, SolutionFile,
            "<Solution>\n" +
            "  <Project Path=\"HarbourCatalogue/HarbourCatalogue.csproj\" />\n" +
            "  <Project Path=\"ModernApp/ModernApp.csproj\" />\n" +
            "  <Project Path=\"LegacyApp/LegacyApp.csproj\" />\n" +
            "  <Project Path=\"CitesCheck/CitesCheck.csproj\" />\n" +
            "</Solution>\n");

        // The catalogue library: the quickstart's catalogue, and a class that reads it in C# 7.3.
        Write(root, "HarbourCatalogue/HarbourCatalogue.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>\n" +
            "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n" +
            "    <GenerateDocumentationFile>true</GenerateDocumentationFile>\n" +
            "  </PropertyGroup>\n" +
            "  <ItemGroup>\n" + package +
            "    <InternalsVisibleTo Include=\"ModernApp\" />\n" +
            "  </ItemGroup>\n" +
            "</Project>\n");
        Write(root, "HarbourCatalogue/seeds/doc.txt", Quickstart.Document);
        Write(root, "HarbourCatalogue/facts/sources.yaml", Quickstart.Sources);
        Write(root, "HarbourCatalogue/" + Quickstart.FactFile, Quickstart.Facts);
        Write(root, "HarbourCatalogue/Harbour.cs",
            "using FactCatalog;\n" +
            "\n" +
            "namespace HarbourCatalogue\n" +
            "{\n" +
            "    /// <summary>Reads the harbour catalogue.</summary>\n" +
            "    public static class Harbour\n" +
            "    {\n" +
            "        /// <summary>The catalogue in one line.</summary>\n" +
            "        /// <returns>Values, lookups and citations.</returns>\n" +
            "        public static string Describe()\n" +
            "        {\n" +
            "            Fact cost;\n" +
            "            string found = Facts.TryGet(\"quay-cost\", out cost) ? cost.Id : \"none\";\n" +
            "            return \"harbour: ships \" + Facts.Demo.Ships.Value + \", opened \" + Facts.Demo.QuayOpening.Value\n" +
            "                + \", \" + Facts.All.Count + \" facts, found \" + found + \", tagged \" + Facts.WithTag(\"none\").Count\n" +
            "                + \", source \" + Facts.Get(\"ships\").Preferred.Citation\n" +
            "                + \", built for \" + Framework();\n" +
            "        }\n" +
            "\n" +
            "        private static string Framework()\n" +
            "        {\n" +
            "            var attribute = (System.Runtime.Versioning.TargetFrameworkAttribute)System.Attribute.GetCustomAttribute(\n" +
            "                typeof(Harbour).Assembly, typeof(System.Runtime.Versioning.TargetFrameworkAttribute));\n" +
            "            return attribute.FrameworkName;\n" +
            "        }\n" +
            "    }\n" +
            "}\n");

        // A second catalogue, for the apps' own.
        const string portDocument = "Port staff\nThe port employs 420 people.\n";
        const string portSources =
            "sources:\n" +
            "  staff-list:\n" +
            "    file: port.txt\n" +
            "    type: report\n" +
            "    title: Port staff\n";
        const string portFacts =
            "facts:\n" +
            "  port-staff:\n" +
            "    statement: People the port employs.\n" +
            "    type: count\n" +
            "    claims:\n" +
            "      list:\n" +
            "        value: 420\n" +
            "        claimant: the staff list\n" +
            "        source: staff-list\n" +
            "        quote: The port employs 420 people\n";
        foreach (string app in new[] { "ModernApp", "LegacyApp" })
        {
            Write(root, app + "/seeds/port.txt", portDocument);
            Write(root, app + "/facts/sources.yaml", portSources);
            Write(root, app + "/facts/port.facts.yaml", portFacts);
        }

        Write(root, "ModernApp/ModernApp.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <OutputType>Exe</OutputType>\n" +
            "    <TargetFramework>net10.0</TargetFramework>\n" +
            "    <LangVersion>9.0</LangVersion>\n" +
            "    <Nullable>enable</Nullable>\n" +
            "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n" +
            "    <GenerateDocumentationFile>true</GenerateDocumentationFile>\n" +
            // The .NET 10 SDK puts its own compiler back unless told the toolset package provides one.
            "    <RoslynCompilerType>Custom</RoslynCompilerType>\n" +
            "  </PropertyGroup>\n" +
            "  <ItemGroup>\n" + package +
            $"    <PackageReference Include=\"Microsoft.Net.Compilers.Toolset\" Version=\"{ToolsetVersion}\" PrivateAssets=\"all\" />\n" +
            "    <ProjectReference Include=\"../HarbourCatalogue/HarbourCatalogue.csproj\" />\n" +
            "  </ItemGroup>\n" +
            "</Project>\n");
        Write(root, "ModernApp/Program.cs",
            "using System;\n" +
            "using FactCatalog;\n" +
            "\n" +
            "Console.WriteLine(HarbourCatalogue.Harbour.Describe());\n" +
            "Console.WriteLine(\"port staff: \" + ModernApp.Facts.Port.PortStaff.Value);\n" +
            "Console.WriteLine(\"lookups: \" + HarbourCatalogue.Facts.Get(\"quay-cost\").Id + \", \" + ModernApp.Facts.Get(\"port-staff\").Id\n" +
            "    + \", \" + (ModernApp.Facts.TryGet(\"port-staff\", out Fact? staff) ? staff.Statement : \"none\"));\n" +
            "Console.WriteLine(\"internals: \" + HarbourCatalogue.FactsIndex.All.Count + \" and \" + ModernApp.FactsIndex.All.Count);\n" +
            "Console.WriteLine(\"cited: \" + Cited.Audit());\n" +
            "\n" +
            "static class Cited\n" +
            "{\n" +
            "    [Cites(\"ships#audit\")]\n" +
            "    [Cites(\"port-staff\")]\n" +
            "    public static int Audit() => HarbourCatalogue.Facts.Demo.Ships.Audit + ModernApp.Facts.Port.PortStaff.Value;\n" +
            "}\n");

        Write(root, "LegacyApp/LegacyApp.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <OutputType>Exe</OutputType>\n" +
            "    <TargetFramework>net10.0</TargetFramework>\n" +
            "    <LangVersion>7.3</LangVersion>\n" +
            "    <Nullable>disable</Nullable>\n" +
            "    <ImplicitUsings>disable</ImplicitUsings>\n" +
            "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n" +
            "  </PropertyGroup>\n" +
            "  <ItemGroup>\n" + package +
            "    <ProjectReference Include=\"../HarbourCatalogue/HarbourCatalogue.csproj\" SetTargetFramework=\"TargetFramework=netstandard2.0\" />\n" +
            "  </ItemGroup>\n" +
            "</Project>\n");
        Write(root, "LegacyApp/Program.cs",
            "using System;\n" +
            "using FactCatalog;\n" +
            "\n" +
            "namespace LegacyApp\n" +
            "{\n" +
            "    internal static class Program\n" +
            "    {\n" +
            "        [Cites(\"quay-opening\")]\n" +
            "        private static void Main()\n" +
            "        {\n" +
            "            Console.WriteLine(HarbourCatalogue.Harbour.Describe());\n" +
            "            Fact staff;\n" +
            "            Console.WriteLine(\"port staff: \" + Facts.Port.PortStaff.Value + \", \" + (Facts.TryGet(\"port-staff\", out staff) ? staff.Statement : \"none\"));\n" +
            "            Console.WriteLine(\"sources: \" + Sources.All.Count + \", tagged \" + Facts.WithTag(\"none\").Count);\n" +
            "        }\n" +
            "    }\n" +
            "}\n");

        Write(root, "CitesCheck/CitesCheck.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
            "  <PropertyGroup>\n" +
            "    <TargetFramework>net10.0</TargetFramework>\n" +
            "  </PropertyGroup>\n" +
            "  <ItemGroup>\n" +
            "    <ProjectReference Include=\"../HarbourCatalogue/HarbourCatalogue.csproj\" />\n" +
            "  </ItemGroup>\n" +
            "</Project>\n");
        Write(root, "CitesCheck/Uses.cs", UsesCode);

        CommandResult build = DotNetCli.Run(root, PackageFixture.CommandTimeout, DotNetCli.WithNoServer("build", SolutionFile));
        return new CompatSolution(root, build);
    }

    private static void Write(string root, string relativePath, string text) => Quickstart.Write(root, relativePath, text);
}

/// <summary>The compatibility solution, built once for its tests; a collection of its own, so it builds while the other package tests run.</summary>
public sealed class CompatFixture
{
    public CompatFixture()
    {
        Solution = CompatSolution.Create(PackedPackage.Instance);
    }

    public CompatSolution Solution { get; }
}

[CollectionDefinition(Name)]
public sealed class CompatCollection : ICollectionFixture<CompatFixture>
{
    public const string Name = "FactCatalog package compatibility";
}
