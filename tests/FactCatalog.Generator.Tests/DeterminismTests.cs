using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;

namespace FactCatalog.Generator.Tests;

/// <summary>The output depends on the catalogue only: not on the order the compiler lists files in, nor on line endings.</summary>
public class DeterminismTests
{
    [Fact]
    public void Shuffled_file_order_and_CRLF_give_byte_identical_output()
    {
        CatalogueInput input = Catalogues.Representative();
        GeneratorRun baseline = GeneratorHarness.Run(input);
        string expectedDiagnostics = Describe(baseline);
        var random = new Random(20241107);
        for (int i = 0; i < 6; i++)
        {
            List<(string Path, string Text)> files = input.Files.OrderBy(_ => random.Next()).ToList();
            if (i % 2 == 1)
            {
                files = files.Select(f => (f.Path, f.Text.Replace("\n", "\r\n"))).ToList();
            }
            GeneratorRun run = GeneratorHarness.Run(input with { Files = files });
            Assert.Equal(baseline.Files.Keys.OrderBy(k => k, StringComparer.Ordinal), run.Files.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (KeyValuePair<string, string> file in baseline.Files)
            {
                Assert.Equal(file.Value, run.Files[file.Key]);
            }
            Assert.Equal(expectedDiagnostics, Describe(run));
        }
    }

    private static string Describe(GeneratorRun run) =>
        string.Join("\n", run.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage()}"));
}
