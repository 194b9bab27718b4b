using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Tests.Fuzzing;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// The generator and <see cref="CatalogueValidator"/> are two drivers of one <see cref="CataloguePipeline"/>: for
/// the same files they give the same diagnostics (id, location, message) in the same order, and the same catalogue.
/// </summary>
public class PipelineEquivalenceTests
{
    private const int MutatedCases = 300;

    public static TheoryData<string> Inputs => new() { "representative", "odd-names", "broken", "newcomer-mistakes", "no-sources-file" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Validator_and_generator_report_the_same_diagnostics_in_the_same_order(string name)
    {
        CatalogueInput input = name switch
        {
            "representative" => Catalogues.Representative(),
            "odd-names" => Catalogues.OddNames(),
            "newcomer-mistakes" => Catalogues.NewcomerMistakes(),
            "no-sources-file" => Catalogues.Representative().Without(Catalogues.SourcesPath),
            _ => Broken(),
        };
        AssertSame(input);
    }

    [Fact]
    public void Validator_and_generator_agree_on_mutated_catalogues()
    {
        var mutator = new YamlMutator(20261205);
        var random = new Random(20261205);
        string[] paths = { Catalogues.DeploymentPath, Catalogues.ValuesPath, Catalogues.SourcesPath, Catalogues.ReportPath };
        int withErrors = 0;
        for (int i = 0; i < MutatedCases; i++)
        {
            CatalogueInput input = Catalogues.Representative();
            string path = paths[random.Next(paths.Length)];
            input = input.With(path, mutator.Mutate(input.Files.Single(f => f.Path == path).Text));
            withErrors += AssertSame(input) ? 1 : 0;
        }
        // Both paths are exercised: catalogues the pipeline rejects and catalogues it accepts.
        Assert.InRange(withErrors, MutatedCases / 20, MutatedCases - MutatedCases / 20);
    }

    /// <summary>A catalogue with an error in every stage: parse, sources, resolution and assembly.</summary>
    private static CatalogueInput Broken() => Catalogues.Representative()
        .With(Catalogues.ValuesPath, """
            facts:
              troops-in-russia:
                statement: A fact id the deployment file also uses.
                type: count
                claims:
                  again:
                    value: 1
                    claimant: someone
                    source: nowhere
                    quote: not in any source
              bad value:
                statement: An id that is not kebab-case.
                claims:
                  a:
                    value: 2
                    claimant: someone
                    source: report
                    quote: this quote is not in the report
            """)
        .With(Catalogues.SourcesPath, Catalogues.Representative().Files.Single(f => f.Path == Catalogues.SourcesPath).Text
            + "\n  missing-document:\n    file: missing.txt\n    title: Missing\n");

    /// <summary>Asserts both drivers agree on <paramref name="input"/>; true when it has errors.</summary>
    private static bool AssertSame(CatalogueInput input)
    {
        GeneratorRun run = GeneratorHarness.Run(input);
        Assert.Null(run.Exception);
        GeneratorOptions options = GeneratorOptions.Create(new TestOptionsProvider(input.Properties));
        CatalogueResult validated = CatalogueValidator.Validate(
            input.Files.Select(f => new CatalogueFile(f.Path, SourceText.From(f.Text))), options.Catalogue);

        string[] generator = run.Diagnostics.Select(Describe).ToArray();
        string[] validator = validated.Diagnostics.Select(d => Describe(d.ToDiagnostic())).ToArray();
        Assert.Equal(validator, generator);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == CatalogueDiagnostics.InternalError.Id);
        return run.HasErrors;
    }

    private static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) "
            + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }
}
