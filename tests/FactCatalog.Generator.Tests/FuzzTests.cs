using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCatalog.Catalog.Tests.Fuzzing;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// No input makes the generator throw. Random and mutated catalogue files (fixed seed, so a failure
/// reproduces) go through the real driver: there must be no generator exception (CS8785), no internal-error
/// diagnostic, and whenever the catalogue has no error the generated code must compile.
/// </summary>
public class FuzzTests
{
    private const int Mutations = 1500;
    private const int RandomFiles = 400;

    [Fact]
    public void Random_and_mutated_catalogues_never_break_the_generator_and_clean_ones_compile()
    {
        var random = new Random(20241116);
        var mutator = new YamlMutator(seed: 20241116);
        CatalogueInput baseline = Catalogues.Representative();
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        int clean = 0;
        for (int i = 0; i < Mutations + RandomFiles; i++)
        {
            string path = i < Mutations
                ? random.Next(10) switch { < 7 => Catalogues.DeploymentPath, < 9 => Catalogues.ValuesPath, _ => Catalogues.SourcesPath }
                : Catalogues.DeploymentPath;
            string text = i < Mutations ? mutator.Mutate(baseline.Files.Single(f => f.Path == path).Text) : mutator.Generate();
            GeneratorRun run = GeneratorHarness.Run(baseline.With(path, text));
            string context = $"case {i} ({path}):\n{text}\n--- diagnostics:\n{run.Describe()}";

            Assert.True(run.Exception is null, $"Generator threw {run.Exception}\n{context}");
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage().StartsWith(StageGuard.InternalErrorPrefix, StringComparison.Ordinal));
            if (run.HasErrors)
            {
                continue;
            }
            clean++;
            string key = string.Join("\n", run.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "\n" + f.Value));
            if (compiled.Add(key))
            {
                Diagnostic[] errors = run.CompileDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                Assert.True(errors.Length == 0, $"Generated code does not compile:\n{string.Join("\n", errors.Take(5))}\n{context}");
            }
        }
        // The corpus must exercise both paths: inputs rejected with errors, and inputs that produce code.
        Assert.InRange(clean, 50, Mutations + RandomFiles - 50);
    }
}
