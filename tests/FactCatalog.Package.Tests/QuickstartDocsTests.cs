using System;
using System.Linq;
using FactCatalog.Package.Tests.Infrastructure;

namespace FactCatalog.Package.Tests;

/// <summary>
/// The quickstart in the READMEs is, file for file, the project the package tests build; the repository README's
/// commands are the ones the package fixture runs (PackedPackage packs with the first block, PackageFixture creates the
/// project with the second), so they cannot drift from what works.
/// </summary>
public sealed class QuickstartDocsTests
{
    [Theory]
    [InlineData("README.md", "dotnet add package FactCatalog --prerelease\n")]
    [InlineData("src/FactCatalog.Package/README.md", "dotnet add package FactCatalog\n")]
    public void Readme_quickstart_is_the_project_the_tests_build(string readme, string addPackage)
    {
        string text = Repository.ReadText(readme);

        Assert.Contains(addPackage, text);
        Assert.Contains("```text\n" + Quickstart.Document + "```", text);
        Assert.Contains("```yaml\n" + Quickstart.Sources + "```", text);
        Assert.Contains("```yaml\n" + Quickstart.Facts + "```", text);
        Assert.Contains("```csharp\n" + Quickstart.Program + "```", text);
        Assert.Contains("```text\n" + string.Join("\n", Quickstart.ExpectedOutput) + "\n```", text);
    }

    /// <summary>
    /// What a fresh machine needs: the pack goes to a folder under a version of its own, the project gets a nuget.config
    /// that names that folder (so a clean restore elsewhere finds it), and only then is the package added.
    /// </summary>
    [Fact]
    public void Readme_commands_pack_to_a_folder_then_name_it_in_a_nuget_config_before_adding_the_package()
    {
        (string pack, string project) = Quickstart.ReadmeCommands(Repository.ReadText("README.md"));
        string[] lines = project.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("dotnet pack src/FactCatalog.Package -o ~/factcatalog-packages --version-suffix ", pack, StringComparison.Ordinal);
        int config = Array.FindIndex(lines, l => l == "dotnet new nugetconfig");
        int source = Array.FindIndex(lines, l => l.StartsWith("dotnet nuget add source ~/factcatalog-packages ", StringComparison.Ordinal) && l.EndsWith(" --configfile nuget.config", StringComparison.Ordinal));
        int add = Array.FindIndex(lines, l => l.StartsWith("dotnet add package FactCatalog", StringComparison.Ordinal));
        Assert.True(config >= 0 && source > config && add > source, "The README's project commands: " + project);
        Assert.DoesNotContain(lines, l => l.Contains("--source", StringComparison.Ordinal));
    }
}
