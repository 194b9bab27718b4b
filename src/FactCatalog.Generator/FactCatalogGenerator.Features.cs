using FactCatalog.Catalogue;
using FactCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Generator;

/// <summary>An additional file and what it is to the catalogue (stage 1's output).</summary>
/// <param name="Text">The file as the compiler lists it.</param>
/// <param name="Kind">Fact file, sources file or source document.</param>
public sealed record ClassifiedFile(AdditionalText Text, CatalogueFileKind Kind);

/// <summary>What the compilation offers the generated code.</summary>
public sealed partial class FactCatalogGenerator
{
    private static CompilationFeatures DetectFeatures(Compilation compilation, ParseOptions parseOptions)
    {
        // The effective version: LangVersion 'default' or 'latest' is already mapped to a number here.
        LanguageVersion version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        return new(compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is { } attribute
                && compilation.IsSymbolAccessibleWithin(attribute, compilation.Assembly),
            version >= LanguageVersion.CSharp11,
            version,
            // The options generated trees are parsed with: None only in a command-line build without a documentation file.
            parseOptions.DocumentationMode != DocumentationMode.None);
    }
}
