using FactCatalog.Catalogue;
using System.Collections.Immutable;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Model;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator;

/// <summary>
/// Turns the fact catalogue (fact files, <c>sources.yaml</c> and the source documents, all additional files)
/// into typed C#: <c>Facts.&lt;Group&gt;.&lt;Fact&gt;</c>, the root lookups and <c>Sources</c>.
/// This file only wires the pipeline; each stage is in its own file (<c>FactCatalogGenerator.*.cs</c>) and
/// the emitters are in <c>Emit/</c>.
/// </summary>
/// <remarks>
/// Data flows one way: classify → parse each file (stage 1) → pair sources with their documents → resolve
/// each fact file against them (stage 2) → assemble (stage 3) → emit. Every step output is equatable, so an
/// unchanged input stops the flow: editing one fact file re-parses and re-resolves that file only, and a C#
/// edit re-runs nothing. Code and diagnostics are separate outputs, so a diagnostic-only change re-emits no code.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class FactCatalogGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorOptions.Create(provider))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValueProvider<CompilationFeatures> features = context.CompilationProvider
            .Select((compilation, _) => DetectFeatures(compilation))
            .WithTrackingName(TrackingNames.Features);

        IncrementalValuesProvider<(AdditionalText File, GeneratorOptions Options)> files = context.AdditionalTextsProvider.Combine(options);

        // Stage 1: one parse per file, so editing a file re-parses that file alone.
        IncrementalValuesProvider<ParsedFactFile> factFiles = files
            .Where(static pair => IsFactFile(pair.File, pair.Options))
            .Select(static (pair, token) => ParseFactFile(pair.File, token))
            .WithTrackingName(TrackingNames.ParsedFactFile);

        IncrementalValueProvider<ParsedSourcesFile?> sourcesFile = files
            .Where(static pair => IsSourcesFile(pair.File, pair.Options))
            .Select(static (pair, token) => ParseSourcesFile(pair.File, token))
            .Collect()
            .Select(static (parsed, _) => FirstByPath(parsed))
            .WithTrackingName(TrackingNames.ParsedSourcesFile);

        IncrementalValueProvider<ImmutableArray<DocumentInput>> documents = files
            .Where(static pair => IsDocument(pair.File, pair.Options))
            .Select(static (pair, token) => ReadDocument(pair.File, token))
            .WithTrackingName(TrackingNames.Document)
            .Collect();

        IncrementalValueProvider<GuardedSourceSet> sourceSet = sourcesFile
            .Combine(documents)
            .Combine(options)
            .Select(static (input, token) => CreateSourceSet(input.Left.Left, input.Left.Right, input.Right, token))
            .WithTrackingName(TrackingNames.SourceSet);

        // Stage 2: each fact file against the shared sources; an unchanged file with unchanged sources stays cached.
        IncrementalValuesProvider<ResolvedFactFile> resolved = factFiles
            .Combine(sourceSet)
            .Select(static (input, token) => ResolveFactFile(input.Left, input.Right.Set, token))
            .WithTrackingName(TrackingNames.ResolvedFactFile);

        // Stage 3.
        IncrementalValueProvider<CatalogueResult> catalogue = resolved
            .Collect()
            .Combine(sourceSet)
            .Combine(options)
            .Select(static (input, token) => Assemble(input.Left.Left, input.Left.Right, input.Right, token))
            .WithTrackingName(TrackingNames.Catalogue);

        IncrementalValueProvider<EmitModel> emitModel = catalogue
            .Combine(options)
            .Combine(features)
            .Select(static (input, token) => CreateEmitModel(input.Left.Left, input.Left.Right, input.Right, token))
            .WithTrackingName(TrackingNames.EmitModel);

        IncrementalValuesProvider<GroupEmitSpec> groupFiles = emitModel
            .SelectMany(static (model, token) => CreateGroupSpecs(model, token))
            .WithTrackingName(TrackingNames.GroupFile);
        IncrementalValueProvider<RootEmitSpec> rootFile = emitModel
            .Select(static (model, token) => CreateRootIndexInput(model, token))
            .WithTrackingName(TrackingNames.RootIndex)
            .Select(static (input, token) => CreateRootSpec(input, token))
            .WithTrackingName(TrackingNames.RootFile);
        IncrementalValueProvider<SourcesEmitSpec> sourcesOutput = emitModel
            .Select(static (model, _) => CreateSourcesSpec(model))
            .WithTrackingName(TrackingNames.SourcesFile);
        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = catalogue
            .Select(static (result, _) => result.Diagnostics)
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
