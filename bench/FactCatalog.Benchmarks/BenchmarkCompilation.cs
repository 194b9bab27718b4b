using System.Collections.Immutable;
using FactCatalog.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Benchmarks;

/// <summary>A consumer compilation with the synthetic catalogue generated into it, as the compiler hands it to analyzers.</summary>
public static class BenchmarkCompilation
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer(), new LiteralAnalyzer());

    /// <summary>Runs the generator over <paramref name="factCount"/> facts into a compilation citing them from <paramref name="memberCount"/> members.</summary>
    public static Compilation Create(int factCount, int memberCount)
    {
        SyntheticModel model = SyntheticCatalogue.Create(factCount);
        CSharpCompilation consumer = CatalogueBuild.Compilation("Consumer", optimize: false, SyntheticCatalogue.Consumer(model, memberCount));
        Compilation output = CatalogueBuild.Generate(model.Files(), consumer, out _);
        CatalogueBuild.ThrowOnErrors("The synthetic catalogue does not build", output.GetDiagnostics());
        return output;
    }

    public static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logExecutionTime = false) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: true, logAnalyzerExecutionTime: logExecutionTime));
}
