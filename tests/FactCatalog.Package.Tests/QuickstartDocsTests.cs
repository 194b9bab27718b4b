using FactCatalog.Package.Tests.Infrastructure;

namespace FactCatalog.Package.Tests;

/// <summary>The quickstart in the READMEs is, file for file, the project the package tests build and run.</summary>
public sealed class QuickstartDocsTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("src/FactCatalog.Package/README.md")]
    public void Readme_quickstart_is_the_project_the_tests_build(string readme)
    {
        string text = Repository.ReadText(readme);

        Assert.Contains("dotnet add package FactCatalog\n", text);
        Assert.Contains("```text\n" + Quickstart.Document + "```", text);
        Assert.Contains("```yaml\n" + Quickstart.Sources + "```", text);
        Assert.Contains("```yaml\n" + Quickstart.Facts + "```", text);
        Assert.Contains("```csharp\n" + Quickstart.Program + "```", text);
        Assert.Contains("```text\n" + string.Join("\n", Quickstart.ExpectedOutput) + "\n```", text);
    }
}
