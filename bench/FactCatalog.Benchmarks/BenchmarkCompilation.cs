using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using FactCatalog.Generator;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Benchmarks;

/// <summary>A consumer compilation with the synthetic catalogue generated into it, as the compiler hands it to analyzers.</summary>
public static class BenchmarkCompilation
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer(), new LiteralAnalyzer());

    /// <summary>Runs the generator over <paramref name="factCount"/> facts into a compilation citing them from <paramref name="memberCount"/> members.</summary>
    public static Compilation Create(int factCount, int memberCount)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        IEnumerable<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework)
            .Append(typeof(Fact).Assembly.Location)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
        CSharpCompilation consumer = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(SyntheticCatalogue.Consumer(factCount, memberCount), parseOptions, path: SyntheticCatalogue.ProjectDir + "Consumer.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FactCatalogGenerator().AsSourceGenerator() },
            SyntheticCatalogue.Files(factCount).Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)),
            parseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Bench", ["ProjectDir"] = SyntheticCatalogue.ProjectDir }));
        driver.RunGeneratorsAndUpdateCompilation(consumer, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Diagnostic[] errors = generatorDiagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("The synthetic catalogue does not build:\n" + string.Join("\n", errors.Take(10)));
        }
        return output;
    }

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logExecutionTime = false) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: true, logAnalyzerExecutionTime: logExecutionTime));
}
