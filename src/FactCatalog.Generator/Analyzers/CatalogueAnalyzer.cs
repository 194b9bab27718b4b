using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactCatalog.Generator.Analyzers;

/// <summary>
/// The catalogue's diagnostics as the user types: those located in fact files, the sources file and source
/// documents (every FC00xx but FC0014 and invalid settings), reported from an additional-file action, which IDEs run on the file being edited. Generator
/// diagnostics reach IDEs late or on the project file; an analyzer's appear at the YAML line at once and go away
/// when fixed.
/// </summary>
/// <remarks>
/// The checks are <see cref="CataloguePipeline"/>'s, as the generator runs them, with the work of unchanged files
/// reused (<see cref="CataloguePipeline.Run"/>). It reports only when the build property
/// <c>FactCatalogDiagnosticsFrom</c> is <c>analyzer</c>, which the package sets whenever analyzers run; the generator
/// then leaves these diagnostics to it and reports only those without a file (FC0014, invalid settings). So the
/// command-line build prints each diagnostic once.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogueAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => CatalogueDiagnostics.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            GeneratorOptions options = GeneratorOptions.Create(start.Options.AnalyzerConfigOptionsProvider);
            if (!options.DiagnosticsFromAnalyzer || !options.Generate)
            {
                return;
            }
            ImmutableArray<AdditionalText> files = start.Options.AdditionalFiles;
            // Checked once per compilation, on the first file's action; every file's action reports its own share.
            var byFile = new System.Lazy<ILookup<string, DiagnosticInfo>>(
                () => Check(files, options, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file =>
            {
                foreach (DiagnosticInfo diagnostic in byFile.Value[file.AdditionalFile.Path])
                {
                    file.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        });
    }

    private static ILookup<string, DiagnosticInfo> Check(ImmutableArray<AdditionalText> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        CatalogueOptions catalogue = options.Catalogue;
        CatalogueResult result = CataloguePipeline.Run(
            files.Select(f => (File: f, Kind: CataloguePipeline.Classify(f.Path, catalogue)))
                .Where(f => f.Kind != CatalogueFileKind.Other)
                // A fact file outside the facts folder is only counted (FC0020); its text is not needed.
                .Select(f => new CatalogueFile(f.File.Path, f.Kind == CatalogueFileKind.MisplacedFactFile ? null : f.File.GetText(cancellationToken))),
            catalogue,
            cancellationToken);
        return result.Diagnostics.Where(d => d.Location.FilePath.Length > 0).ToLookup(d => d.Location.FilePath);
    }
}
