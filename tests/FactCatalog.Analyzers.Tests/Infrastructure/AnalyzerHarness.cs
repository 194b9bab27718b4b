using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the FactCatalog analyzers the way the compiler does, on a compilation that holds the generated catalogue, for
/// the tests that look at a whole compilation (severity options, a catalogue in another assembly, the documentation's
/// examples, the catalogue index). The analyzer and code-fix tests of single files use the testing library
/// (<see cref="CatalogueAnalyzerTest"/>, <see cref="CatalogueCodeFixTest{TCodeFix}"/>).
/// </summary>
internal static class AnalyzerHarness
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer(), new LiteralAnalyzer());

    /// <summary>
    /// Generates <paramref name="input"/>'s catalogue into a compilation of <paramref name="code"/>, checks that it
    /// compiles without errors, and returns the compilation.
    /// </summary>
    public static Compilation Generate(CatalogueInput input, params string[] code)
    {
        GeneratorRun run = GeneratorHarness.Run(input, code);
        Assert.Null(run.Exception);
        Assert.False(run.HasErrors, run.Describe());
        Diagnostic[] errors = run.CompileDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "The code does not compile:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        return run.Output;
    }

    /// <summary>The analyzers' diagnostics, ordered by place; an analyzer exception fails the test.</summary>
    public static ImmutableArray<Diagnostic> Diagnose(Compilation compilation)
    {
        var failures = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => failures.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().Result;
        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>"Code0.cs(5,12): warning FC1001: message", the file without its folder.</summary>
    public static string[] Format(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Format).ToArray();

    public static string Format(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string severity = diagnostic.Severity == DiagnosticSeverity.Info ? "info" : diagnostic.Severity.ToString().ToLowerInvariant();
        return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
