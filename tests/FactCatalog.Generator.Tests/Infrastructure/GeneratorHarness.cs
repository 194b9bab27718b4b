using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Generator.Tests.Infrastructure;

/// <summary>A catalogue as the build hands it to the generator: additional files and build properties.</summary>
internal sealed record CatalogueInput(IReadOnlyList<(string Path, string Text)> Files, IReadOnlyDictionary<string, string> Properties)
{
    public CatalogueInput With(string path, string text) =>
        this with { Files = Files.Where(f => f.Path != path).Append((path, text)).ToList() };

    public CatalogueInput Without(string path) => this with { Files = Files.Where(f => f.Path != path).ToList() };

    public CatalogueInput WithProperty(string name, string value) =>
        this with { Properties = new Dictionary<string, string>(Properties) { [name] = value } };
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    Compilation Output,
    GeneratorDriverRunResult Result)
{
    /// <summary>Generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Files =>
        Result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>What the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    public Exception? Exception => Result.Results.Single().Exception;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The compiler's diagnostics for the compilation with the generated code.</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics() => Output.GetDiagnostics();

    public string Describe() => string.Join("\n", Diagnostics.Select(d => d.ToString()));
}

/// <summary>Runs the generator the way the compiler does, and compiles and runs what it produced.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework)
            .Append(typeof(global::FactCatalog.Fact).Assembly.Location)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    private static readonly Lazy<CSharpCompilation> s_empty = new(() =>
        CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), s_references.Value, CompilationOptions));

    /// <summary>
    /// A compilation of <paramref name="sources"/> against the framework and the runtime library. Test code is
    /// parsed without documentation diagnostics, so that every warning left comes from generated code.
    /// </summary>
    public static CSharpCompilation Compilation(params string[] sources) =>
        s_empty.Value.AddSyntaxTrees(sources.Select((s, i) =>
            CSharpSyntaxTree.ParseText(s, ParseOptions.WithDocumentationMode(DocumentationMode.Parse), path: $"/project/Code{i}.cs")));

    public static GeneratorDriver CreateDriver(CatalogueInput input, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactCatalogGenerator().AsSourceGenerator() },
            input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)),
            ParseOptions,
            new TestOptionsProvider(input.Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator over <paramref name="input"/> with <paramref name="code"/> as the compilation's C#.</summary>
    public static GeneratorRun Run(CatalogueInput input, params string[] code) => Run(CreateDriver(input), Compilation(code));

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return new GeneratorRun(ran, output, ran.GetRunResult());
    }

    /// <summary>
    /// Emits <paramref name="compilation"/>, loads it in a collectible context (the runtime library is shared
    /// with the tests) and returns what the static method <paramref name="type"/>.<paramref name="method"/> returns.
    /// </summary>
    public static object? Execute(Compilation compilation, string type, string method)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, "Emit failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(stream);
            MethodInfo entry = assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
            try
            {
                return entry.Invoke(null, null);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
