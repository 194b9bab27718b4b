using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactCatalog.Generator;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Benchmarks;

/// <summary>
/// Runs the generator over catalogue files as the compiler does (additional files plus build properties), and
/// compiles what it produced against the framework and the runtime library.
/// </summary>
public static class CatalogueBuild
{
    /// <summary>The namespace of the generated catalogue (<c>Bench.Facts</c>).</summary>
    public const string RootNamespace = "Bench";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework)
            .Append(typeof(Fact).Assembly.Location)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <summary>The framework's reference assemblies as loaded here, and the runtime library.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static AdditionalText[] AdditionalTexts(IEnumerable<(string Path, string Text)> files) =>
        files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToArray();

    /// <summary>
    /// The same files as new texts. The pipeline keeps each text's parse as long as the text lives (so the analyzer and
    /// the generator parse a text once); a benchmark of a fresh run must hand it texts it has not seen, as a new build does.
    /// </summary>
    public static AdditionalText[] FreshTexts(IEnumerable<AdditionalText> files) =>
        files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.GetText()!.ToString())).ToArray();

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactCatalogGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = RootNamespace, ["ProjectDir"] = SyntheticCatalogue.ProjectDir }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A library of <paramref name="code"/> (none: an empty project) against <see cref="References"/>.</summary>
    public static CSharpCompilation Compilation(string name, bool optimize, params string[] code) =>
        CSharpCompilation.Create(
            name,
            code.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: SyntheticCatalogue.ProjectDir + "Code" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs")),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: optimize ? OptimizationLevel.Release : OptimizationLevel.Debug,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));

    /// <summary>Runs the generator into <paramref name="compilation"/>; throws when the catalogue has errors.</summary>
    public static Compilation Generate(IEnumerable<(string Path, string Text)> files, Compilation compilation, out ImmutableArray<Diagnostic> diagnostics)
    {
        CreateDriver(AdditionalTexts(files)).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out diagnostics);
        ThrowOnErrors("The generator reported errors", diagnostics);
        return output;
    }

    public static void ThrowOnErrors(string what, IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostic[] errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException(what + " (" + errors.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "):\n"
                + string.Join("\n", errors.Take(10)));
        }
    }
}
