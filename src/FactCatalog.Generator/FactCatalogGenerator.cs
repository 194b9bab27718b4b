using System.Collections.Immutable;
using System.Linq;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator;

/// <summary>
/// Turns the fact catalogue (fact files, <c>sources.yaml</c> and the source documents, all additional files)
/// into typed C#: <c>Facts.&lt;Group&gt;.&lt;Fact&gt;</c>, the root lookups and <c>Sources</c>.
/// The stages are <see cref="CataloguePipeline"/>'s; this file only wraps each in an incremental step, and
/// <c>FactCatalogGenerator.Emit.cs</c> splits the catalogue into generated files (the emitters are in <c>Emit/</c>).
/// </summary>
/// <remarks>
/// Data flows one way: classify → parse each file → prepare the sources → resolve each fact file against them →
/// assemble → emit. Every step output is equatable, so an unchanged input stops the flow: editing one fact file
/// re-parses and re-resolves that file only, and a C# edit re-runs nothing. Code and diagnostics are separate
/// outputs, so a diagnostic-only change re-emits no code.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class FactCatalogGenerator : IIncrementalGenerator
{
    private static readonly CatalogueResult NoCatalogue = new(ResolvedCatalogue.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.Create(provider))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValueProvider<CompilationFeatures> features = context.CompilationProvider
            .Combine(context.ParseOptionsProvider)
            .Select((input, _) => DetectFeatures(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Features);

        // Stage 1: each additional file classified once; files that are not the catalogue's stop here.
        IncrementalValuesProvider<ClassifiedFile> files = context.AdditionalTextsProvider
            .Combine(options)
            .Select(static (pair, _) => new ClassifiedFile(pair.Left, CataloguePipeline.Classify(pair.Left.Path, pair.Right.Catalogue)))
            .Where(static file => file.Kind != CatalogueFileKind.Other)
            .WithTrackingName(TrackingNames.ClassifiedFile);

        // Stage 2: one parse per file, so editing a file re-parses that file alone.
        IncrementalValuesProvider<ParsedFactFile> factFiles = files
            .Where(static file => file.Kind is CatalogueFileKind.FactFile or CatalogueFileKind.MisplacedFactFile)
            .Select(static (file, token) => file.Kind == CatalogueFileKind.MisplacedFactFile
                ? CataloguePipeline.MisplacedFactFile(file.Text.Path)
                : CataloguePipeline.ParseFactFile(file.Text.Path, file.Text.GetText(token), token))
            .WithTrackingName(TrackingNames.ParsedFactFile);

        IncrementalValueProvider<ParsedSourcesFile?> sourcesFile = files
            .Where(static file => file.Kind == CatalogueFileKind.SourcesFile)
            .Select(static (file, token) => CataloguePipeline.ParseSourcesFile(file.Text.Path, file.Text.GetText(token), token))
            .Collect()
            .Select(static (parsed, _) => CataloguePipeline.ChooseSourcesFile(parsed))
            .WithTrackingName(TrackingNames.ParsedSourcesFile);

        IncrementalValueProvider<ImmutableArray<DocumentInput>> documents = files
            .Where(static file => file.Kind == CatalogueFileKind.Document)
            .Select(static (file, token) => CataloguePipeline.ReadDocument(file.Text.Path, file.Text.GetText(token)))
            .WithTrackingName(TrackingNames.Document)
            .Collect();

        // Stage 3.
        IncrementalValueProvider<PreparedSources> sources = sourcesFile
            .Combine(documents)
            .Combine(options)
            .Select(static (input, token) => CataloguePipeline.PrepareSources(input.Left.Left, input.Left.Right, input.Right.Catalogue, token))
            .WithTrackingName(TrackingNames.SourceSet);

        // Stage 4: each fact file against the shared sources; an unchanged file with unchanged sources stays cached.
        IncrementalValuesProvider<ResolvedFactFile> resolved = factFiles
            .Combine(sources)
            .Select(static (input, token) => CataloguePipeline.ResolveFactFile(input.Left, input.Right, token))
            .WithTrackingName(TrackingNames.ResolvedFactFile);

        // Stage 5.
        IncrementalValueProvider<CatalogueResult> catalogue = resolved
            .Collect()
            .Combine(sources)
            .Combine(options)
            .Select(static (input, token) => input.Right.Generate
                ? CataloguePipeline.Assemble(input.Left.Left, input.Left.Right, input.Right.Catalogue, token)
                : NoCatalogue) // FactCatalogGenerate=false: nothing to check or report
            .WithTrackingName(TrackingNames.Catalogue);

        // Emit: the model holds no positions, so an edit that only moves YAML text (or only changes diagnostics) stops here
        // for everything but the #line mappings of the moved file's group.
        IncrementalValueProvider<EmitModel> emitModel = catalogue
            .Combine(options)
            .Combine(features)
            .Select(static (input, _) => CreateEmitModel(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.EmitModel);

        // Where each fact is written, beside the model: moving text in one fact file re-emits that file's group only,
        // so its #line mappings stay true, and every other group file stays cached.
        IncrementalValueProvider<PlaceTable> places = factFiles
            .Select(static (file, _) => FilePlaces.Of(file))
            .WithTrackingName(TrackingNames.FactPlaces)
            .Collect()
            .Select(static (files, _) => new PlaceTable(files))
            .WithTrackingName(TrackingNames.PlaceTable);

        IncrementalValuesProvider<GroupEmitSpec> groupFiles = emitModel
            .SelectMany(static (model, token) => CreateGroupSpecs(model, token))
            .WithTrackingName(TrackingNames.GroupModel)
            .Combine(places)
            .Select(static (input, _) => input.Left with { Places = input.Right.For(input.Left.Group) })
            .WithTrackingName(TrackingNames.GroupFile);
        IncrementalValueProvider<RootEmitSpec> rootFile = emitModel
            .Select(static (model, token) => CreateRootIndexInput(model, token))
            .WithTrackingName(TrackingNames.RootIndex)
            .Select(static (input, token) => CreateRootSpec(input, token))
            .WithTrackingName(TrackingNames.RootFile);
        IncrementalValueProvider<SourcesEmitSpec> sourcesOutput = emitModel
            .Select(static (model, _) => CreateSourcesSpec(model))
            .WithTrackingName(TrackingNames.SourcesFile);
        // When the analyzer reports the diagnostics located in catalogue files (live, in the IDE), the generator
        // reports only those without a file, which no additional-file action can carry: each is reported once.
        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = catalogue
            .Combine(options)
            .Select(static (input, _) => input.Right.DiagnosticsFromAnalyzer
                ? input.Left.Diagnostics.Where(d => d.Location.FilePath.Length == 0).ToEquatableArray()
                : input.Left.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // A project without a catalogue of its own (FactCatalogGenerate=false) gets no empty Facts and Sources classes.
        IncrementalValueProvider<bool> generate = options.Select(static (o, _) => o.Generate);

        context.RegisterSourceOutput(groupFiles, static (output, spec) => EmitGroup(output, spec));
        context.RegisterSourceOutput(rootFile.Combine(generate), static (output, input) =>
        {
            if (input.Right)
            {
                EmitRoot(output, input.Left);
            }
        });
        context.RegisterSourceOutput(sourcesOutput.Combine(generate), static (output, input) =>
        {
            if (input.Right)
            {
                EmitSources(output, input.Left);
            }
        });
        context.RegisterSourceOutput(diagnostics, static (output, list) => Report(output, list));
    }
}
