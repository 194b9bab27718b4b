using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Catalogue.Resolution;
using FactCatalog.Generator.Emit;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Generator;

/// <summary>
/// The MSBuild properties the generator reads (made visible to it by the package's props):
/// <c>FactCatalogNamespace</c> (default: <c>RootNamespace</c>), <c>FactCatalogClassName</c> (default
/// <c>Facts</c>), <c>FactCatalogFactsDir</c> (default: <c>facts</c> in the project folder) and
/// <c>FactCatalogSourcesDir</c> (default: <c>seeds</c> beside the facts folder). Invalid names are
/// reported (FC0010) and replaced, so the rest of the catalogue is still checked.
/// <c>FactCatalogDiagnosticsFrom</c> says who reports catalogue diagnostics located in the catalogue's files:
/// <c>analyzer</c> (what the package sets when analyzers run: <see cref="Analyzers.CatalogueAnalyzer"/> reports
/// them live in the IDE) or anything else, the generator. Each is reported by one of the two, never both.
/// </summary>
/// <remarks>
/// <c>FactCatalogStringHeapBytes</c> bounds the bytes of the assembly's string heap the catalogue's data may take (see
/// <see cref="PackedData"/>); a value that is not a number of bytes the heap can hold is reported (FC0023) and the default used.
/// <c>FactCatalogGenerate</c> set to <c>false</c> turns the catalogue off: nothing is generated and nothing reported, while
/// the analyzers still check cited ids against referenced catalogues. The package's targets set it for a project that
/// gets the package only through a reference to a catalogue library and has no catalogue files of its own.
/// </remarks>
public sealed record GeneratorOptions(
    string Namespace,
    string ClassName,
    string FactsDirectory,
    string? SourcesDirectory,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool DiagnosticsFromAnalyzer = false,
    bool Generate = true,
    int StringHeapBytes = PackedData.DefaultTotalBytes)
{
    /// <summary>The class name used when none is set.</summary>
    public const string DefaultClassName = "Facts";

    /// <summary>The build property that moves located catalogue diagnostics from the generator to the analyzer.</summary>
    public const string DiagnosticsFromProperty = "FactCatalogDiagnosticsFrom";

    /// <summary>The build property that sets how much of the assembly's string heap the catalogue's data may take.</summary>
    public const string StringHeapBytesProperty = "FactCatalogStringHeapBytes";

    /// <summary>The name of the generated sources class, beside the catalogue class.</summary>
    public const string SourcesClassName = "Sources";

    /// <summary>The folder and class settings as the catalogue stages take them.</summary>
    public CatalogueOptions Catalogue => new(FactsDirectory, SourcesDirectory, ClassName) { Diagnostics = Diagnostics };

    /// <summary>Reads the options from the build properties.</summary>
    public static GeneratorOptions Create(AnalyzerConfigOptionsProvider provider)
    {
        AnalyzerConfigOptions global = provider.GlobalOptions;
        string? Property(string name) =>
            global.TryGetValue("build_property." + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var diagnostics = new List<DiagnosticInfo>();
        string projectDir = Property("ProjectDir") ?? string.Empty;
        string factsDir = Property("FactCatalogFactsDir") is { } facts ? Resolve(projectDir, facts) : CataloguePaths.Combine(projectDir, "facts");
        string? sourcesDir = Property("FactCatalogSourcesDir") is { } sources ? Resolve(projectDir, sources) : null;

        string className = Property("FactCatalogClassName") ?? DefaultClassName;
        if (IdentifierNames.ProblemWith(className) is { } classProblem)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.IdentifierConflict, LocationInfo.None,
                $"FactCatalogClassName {classProblem}; set it to a PascalCase name such as '{IdentifierNames.Suggestion(className)}'"));
            className = DefaultClassName;
        }
        else if (className == SourcesClassName)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.IdentifierConflict, LocationInfo.None,
                $"FactCatalogClassName '{className}' is taken by the generated sources class; choose another name"));
            className = DefaultClassName;
        }

        string? explicitNamespace = Property("FactCatalogNamespace");
        string ns = explicitNamespace ?? Property("RootNamespace") ?? string.Empty;
        if (NamespaceProblem(ns) is { } namespaceProblem)
        {
            string fixedNamespace = FixNamespace(ns);
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.IdentifierConflict, LocationInfo.None,
                $"The namespace '{ns}' (from {(explicitNamespace is null ? "RootNamespace" : "FactCatalogNamespace")}) {namespaceProblem}; set FactCatalogNamespace to a valid namespace such as '{fixedNamespace}'"));
            ns = fixedNamespace;
        }

        if (GeneratedMemberNames.RuntimeClash(ns, className, SourcesClassName) is { } clash)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.IdentifierConflict, LocationInfo.None,
                $"{clash}; set FactCatalogNamespace or FactCatalogClassName to another name"));
            ns = ns + "Catalogue";
        }

        bool fromAnalyzer = string.Equals(Property(DiagnosticsFromProperty), "analyzer", StringComparison.OrdinalIgnoreCase);
        bool generate = !string.Equals(Property("FactCatalogGenerate"), "false", StringComparison.OrdinalIgnoreCase);

        int stringHeapBytes = PackedData.DefaultTotalBytes;
        if (Property(StringHeapBytesProperty) is { } heap)
        {
            if (int.TryParse(heap, NumberStyles.None, CultureInfo.InvariantCulture, out int bytes) && bytes <= PackedData.MaxTotalBytes)
            {
                stringHeapBytes = bytes;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.PropertyNotValid, LocationInfo.None, StringHeapBytesProperty, heap,
                    $"a number of bytes from 0 to {PackedData.MaxTotalBytes.ToString(CultureInfo.InvariantCulture)} (the assembly's string heap), digits only; the default, {PackedData.DefaultTotalBytes.ToString(CultureInfo.InvariantCulture)}, is used until then"));
            }
        }
        return new GeneratorOptions(ns, className, factsDir, sourcesDir, diagnostics.ToEquatableArray(), fromAnalyzer, generate, stringHeapBytes);
    }

    private static string Resolve(string projectDir, string path) => CataloguePaths.Combine(projectDir, path);

    /// <summary>Why <paramref name="ns"/> cannot be a namespace, or null; empty means the global namespace.</summary>
    private static string? NamespaceProblem(string ns)
    {
        if (ns.Length == 0)
        {
            return null;
        }
        foreach (string part in ns.Split('.'))
        {
            if (IdentifierNames.ProblemWith(part) is { } problem)
            {
                return $"is not a valid C# namespace: {problem}";
            }
        }
        return null;
    }

    private static string FixNamespace(string ns) =>
        string.Join(".", ns.Split('.').Where(p => p.Length > 0).Select(p => IdentifierNames.ProblemWith(p) is null ? p : IdentifierNames.ToPascalCase(p)));
}
