using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>The project's own catalogue (facts/ and seeds/, copied beside the tests) through the generator.</summary>
public class RealCatalogueTests
{
    [Fact]
    public void The_real_catalogue_generates_code_that_compiles_without_any_warning()
    {
        string root = Path.Combine(AppContext.BaseDirectory, "repo");
        var files = Directory.GetFiles(Path.Combine(root, "facts")).Concat(Directory.GetFiles(Path.Combine(root, "seeds")))
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
        var input = new CatalogueInput(files, new Dictionary<string, string> { ["RootNamespace"] = "Briefing", ["ProjectDir"] = root });
        GeneratorRun run = GeneratorHarness.Run(input);

        Assert.Null(run.Exception);
        Assert.False(run.HasErrors, run.Describe());
        Assert.True(run.Files.Count > 3);
        Assert.Empty(run.CompileDiagnostics());
    }
}
