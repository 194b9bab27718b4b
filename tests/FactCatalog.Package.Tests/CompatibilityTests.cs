using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using FactCatalog.Package.Tests.Infrastructure;

namespace FactCatalog.Package.Tests;

/// <summary>
/// The package where real teams build (<see cref="CompatSolution"/>): a netstandard2.0;net8.0 catalogue library with the
/// default language version, C# 7.3 and C# 9 apps, nullable disabled and enabled, warnings as errors with documentation
/// warnings, the library's catalogue beside each app's own (with InternalsVisibleTo), ids checked across assemblies, and
/// the Microsoft.Net.Compilers.Toolset 4.14 compiler. One real <c>dotnet build</c>; every app runs.
/// </summary>
[Collection(CompatCollection.Name)]
public sealed class CompatibilityTests
{
    private readonly CompatSolution _solution;

    public CompatibilityTests(CompatFixture fixture)
    {
        _solution = fixture.Solution;
    }

    [Fact]
    public void Every_project_builds_and_the_only_warnings_are_the_unknown_ids_across_the_assembly_boundary()
    {
        CommandResult build = _solution.Build;
        Assert.True(build.Succeeded, build.ToString());
        foreach (string id in new[] { "CS9057", "CS8785", "CS0436", "CS0433", "CS8370", "CS8957", "FC0014" })
        {
            Assert.DoesNotContain(id, build.Output, StringComparison.Ordinal);
        }

        // Nothing but the two unknown ids, each at its string in CitesCheck, checked against the library's catalogue.
        string[] warnings = _solution.Warnings().ToArray();
        Assert.True(warnings.Length == 2, "Expected exactly the two FC1001 warnings of CitesCheck:" + Environment.NewLine + string.Join(Environment.NewLine, warnings));
        (int citationLine, int citationColumn) = Quickstart.Position(CompatSolution.UsesCode, "\"" + CompatSolution.UnknownCitation + "\"");
        (int lookupLine, int lookupColumn) = Quickstart.Position(CompatSolution.UsesCode, "\"" + CompatSolution.UnknownLookup + "\"");
        Assert.Contains(warnings, w => w.Contains($"Uses.cs({citationLine},{citationColumn}): warning FC1001:", StringComparison.Ordinal)
            && w.Contains($"'{CompatSolution.UnknownCitation}'", StringComparison.Ordinal) && w.Contains("did you mean 'ships'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains($"Uses.cs({lookupLine},{lookupColumn}): warning FC1001:", StringComparison.Ordinal)
            && w.Contains($"'{CompatSolution.UnknownLookup}'", StringComparison.Ordinal) && w.Contains("did you mean 'quay-cost'", StringComparison.Ordinal));
    }

    [Fact]
    public void CSharp_9_app_with_two_catalogues_runs()
    {
        CommandResult run = _solution.Run("ModernApp");

        Assert.True(run.Succeeded, _solution.Build + Environment.NewLine + run);
        Assert.Equal(new[]
        {
            Harbour(".NETCoreApp,Version=v8.0"),
            "port staff: 420",
            "lookups: quay-cost, port-staff, People the port employs.",
            "internals: 3 and 1",
            "cited: 1660",
        }, Lines(run.Output));
    }

    [Fact]
    public void CSharp_7_3_app_runs_with_the_netstandard_build_of_the_catalogue_library()
    {
        CommandResult run = _solution.Run("LegacyApp");

        Assert.True(run.Succeeded, _solution.Build + Environment.NewLine + run);
        Assert.Equal(new[]
        {
            Harbour(".NETStandard,Version=v2.0"),
            "port staff: 420, People the port employs.",
            "sources: 1, tagged 0",
        }, Lines(run.Output));
    }

    /// <summary>The compiler records its version in the PDB: the Toolset package's compiler, not the SDK's, built the app.</summary>
    [Fact]
    public void CSharp_9_app_was_compiled_by_the_older_compiler()
    {
        Assert.True(_solution.Build.Succeeded, _solution.Build.ToString());
        string pdb = _solution.PathOf("ModernApp/bin/Debug/net10.0/ModernApp.pdb");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb));
        MetadataReader reader = provider.GetMetadataReader();
        var compilationOptions = new Guid("B5FEEC05-8CD0-4A83-96DA-466284BB4BD8");
        string options = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == compilationOptions)
            .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .Single();
        string[] pairs = options.Split('\0');
        string version = pairs[Array.IndexOf(pairs, "compiler-version") + 1];
        Assert.StartsWith(CompatSolution.ToolsetVersion[..4], version, StringComparison.Ordinal);
    }

    /// <summary>A project with no catalogue of its own, that has the package only through the library, gets no empty catalogue.</summary>
    [Fact]
    public void Project_with_the_package_only_through_a_library_gets_no_generated_catalogue()
    {
        Assert.True(_solution.Build.Succeeded, _solution.Build.ToString());
        using var pe = new PEReader(File.OpenRead(_solution.PathOf("CitesCheck/bin/Debug/net10.0/CitesCheck.dll")));
        MetadataReader reader = pe.GetMetadataReader();
        string[] types = reader.TypeDefinitions.Select(h => reader.GetString(reader.GetTypeDefinition(h).Name)).ToArray();
        Assert.Contains("Uses", types);
        Assert.DoesNotContain("Facts", types);
        Assert.DoesNotContain("Sources", types);
    }

    private static string Harbour(string framework) =>
        "harbour: ships 1240, opened 2023-05-12, 3 facts, found quay-cost, tagged 0, source The port authority, 2024-01, doc.txt:3, built for " + framework;

    private static string[] Lines(string output) =>
        output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
}
