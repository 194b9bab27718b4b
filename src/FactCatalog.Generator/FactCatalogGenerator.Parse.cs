using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Parsing;
using FactCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Generator;

/// <summary>Stage 1: tells the additional files apart and reads each one on its own.</summary>
public sealed partial class FactCatalogGenerator
{
    private static bool IsFactFile(AdditionalText file, GeneratorOptions options) =>
        CatalogueFileKinds.Classify(file.Path, options.Catalog) == CatalogueFileKind.FactFile;

    private static bool IsSourcesFile(AdditionalText file, GeneratorOptions options) =>
        CatalogueFileKinds.Classify(file.Path, options.Catalog) == CatalogueFileKind.SourcesFile;

    private static bool IsDocument(AdditionalText file, GeneratorOptions options) =>
        CatalogueFileKinds.Classify(file.Path, options.Catalog) == CatalogueFileKind.Document;

    private static ParsedFactFile ParseFactFile(AdditionalText file, CancellationToken token)
    {
        string path = file.Path;
        return StageGuard.Run(
            "reading the fact file", path,
            () => file.GetText(token) is { } text
                ? FactFileParser.Parse(path, text, token)
                : new ParsedFactFile(path, FactFileParser.DefaultGroup(path), EquatableArray<ParsedFact>.Empty, Unreadable(path)),
            failure => new ParsedFactFile(path, FactFileParser.DefaultGroup(path), EquatableArray<ParsedFact>.Empty,
                ImmutableArray.Create(failure).ToEquatableArray()));
    }

    private static ParsedSourcesFile ParseSourcesFile(AdditionalText file, CancellationToken token)
    {
        string path = file.Path;
        return StageGuard.Run(
            "reading the sources file", path,
            () => file.GetText(token) is { } text
                ? SourcesFileParser.Parse(path, text, token)
                : new ParsedSourcesFile(path, EquatableArray<ParsedSource>.Empty, EquatableArray<string>.Empty, IsReadable: false, Unreadable(path)),
            failure => new ParsedSourcesFile(path, EquatableArray<ParsedSource>.Empty, EquatableArray<string>.Empty, IsReadable: false,
                ImmutableArray.Create(failure).ToEquatableArray()));
    }

    /// <summary>A document's text; an unreadable one counts as empty (its quotes are then reported as not found).</summary>
    private static DocumentInput ReadDocument(AdditionalText file, CancellationToken token) =>
        new(file.Path, file.GetText(token)?.ToString() ?? string.Empty);

    /// <summary>The compiler lists files in no particular order; the same path twice is one file.</summary>
    private static ParsedSourcesFile? FirstByPath(ImmutableArray<ParsedSourcesFile> parsed) =>
        parsed.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();

    private static EquatableArray<DiagnosticInfo> Unreadable(string path) =>
        ImmutableArray.Create(DiagnosticInfo.Create(CatalogueDiagnostics.YamlSyntaxError, LocationInfo.StartOf(path),
            "The file could not be read; check that it exists and is saved as UTF-8")).ToEquatableArray();

    private static CompilationFeatures DetectFeatures(Compilation compilation)
    {
        // The effective version: LangVersion 'default' or 'latest' is already mapped to a number here.
        LanguageVersion version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new(compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is { } attribute
                && compilation.IsSymbolAccessibleWithin(attribute, compilation.Assembly),
            version >= LanguageVersion.CSharp11,
            version);
    }
}
