using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>
/// 10,000 fact files in one compilation, each its own group (so 10,000 generated group files): the driver gets
/// through, reports exactly the problems planted in it, and the result builds. Time is reported, not asserted.
/// </summary>
public sealed class ManyFilesTests
{
    private const int FileCount = 10_000;

    /// <summary>Every this many files, one quotes what its source does not say.</summary>
    private const int BrokenEvery = 1_000;

    private readonly ITestOutputHelper _output;

    public ManyFilesTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Ten_thousand_fact_files_build_with_exactly_the_planted_diagnostics()
    {
        var files = new List<(string Path, string Text)>
        {
            (HostileCatalogue.SourcesPath, HostileCatalogue.Sources),
            (HostileCatalogue.DocumentPath, HostileCatalogue.Document),
        };
        for (int i = 0; i < FileCount; i++)
        {
            string number = i.ToString("D5", CultureInfo.InvariantCulture);
            string quote = i % BrokenEvery == BrokenEvery - 1 ? "about 10,001 troops were sent" : "about 10,000 troops were sent";
            files.Add(($"/project/facts/file-{number}.facts.yaml",
                $"facts:\n  troops-{number}:\n    statement: Troops sent, file {number}.\n    type: count\n    claims:\n" +
                $"      pentagon:\n        value: 10000\n        claimant: the Pentagon\n        source: report\n        quote: {quote}\n"));
        }
        const string probe = """
            public static class Probe
            {
                public static string Run() =>
                    Demo.Facts.All.Count + " " + Demo.Facts.File00000.Troops00000.Value + " " + Demo.Facts.Get("troops-09998").Statement
                    + " " + Demo.Facts.Get("troops-09999").Status;
            }
            """;
        var input = new CatalogueInput(files, Catalogues.Properties);

        (GeneratorRun run, _, TimeSpan elapsed) = HostileCatalogue.RunMeasured(input, probe);
        var compile = Stopwatch.StartNew();
        Diagnostic[] compileDiagnostics = run.CompileDiagnostics().ToArray();
        compile.Stop();
        _output.WriteLine($"{FileCount} fact files: driver {elapsed.TotalSeconds:0.0} s, {run.Files.Count} generated files, compiled in {compile.Elapsed.TotalSeconds:0.0} s");

        Assert.True(run.Exception is null, $"The generator threw {run.Exception}");
        Diagnostic[] reported = run.Diagnostics.ToArray();
        Assert.True(reported.Length == FileCount / BrokenEvery, HostileCatalogue.Describe(reported.Take(20)));
        for (int k = 0; k < reported.Length; k++)
        {
            string number = ((k * BrokenEvery) + BrokenEvery - 1).ToString("D5", CultureInfo.InvariantCulture);
            FileLinePositionSpan span = reported[k].Location.GetLineSpan();
            Assert.Equal(("FC0007", $"/project/facts/file-{number}.facts.yaml", 9, 15), (reported[k].Id, span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        }
        Assert.True(compileDiagnostics.Length == 0, string.Join("\n", compileDiagnostics.Take(10)));
        Assert.Equal("10000 10000 Troops sent, file 09998. Unsupported", GeneratorHarness.Execute(run.Output, "Probe", "Run"));
    }
}
