using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using FactCatalog.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Ide.Tests.Infrastructure;

/// <summary>
/// The generator and every analyzer of its assembly as a project's analyzer reference, as the package's
/// <c>analyzers/dotnet/cs</c> folder gives them to an IDE; in memory, so the tests run the code they were built with.
/// </summary>
internal sealed class GeneratorReference : AnalyzerReference
{
    public static readonly GeneratorReference Instance = new();

    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly ImmutableArray<ISourceGenerator> _generators;

    private GeneratorReference()
    {
        Assembly assembly = typeof(FactCatalogGenerator).Assembly;
        _analyzers = assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        // One instance for every run, as an IDE keeps it: the incremental pipeline's caches live with it.
        _generators = ImmutableArray.Create(new FactCatalogGenerator().AsSourceGenerator());
    }

    public override string FullPath => typeof(FactCatalogGenerator).Assembly.Location;

    public override string Display => "FactCatalog.Generator";

    public override object Id => typeof(FactCatalogGenerator).Assembly;

    public ImmutableArray<DiagnosticAnalyzer> Analyzers => _analyzers;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) =>
        language == LanguageNames.CSharp ? _analyzers : ImmutableArray<DiagnosticAnalyzer>.Empty;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => _analyzers;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
        language == LanguageNames.CSharp ? _generators : ImmutableArray<ISourceGenerator>.Empty;

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;
}
