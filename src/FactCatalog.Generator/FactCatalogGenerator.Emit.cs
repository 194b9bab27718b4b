using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Generator.Emit;
using FactCatalog.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Generator;

/// <summary>The last stage: splits the catalogue into one input per generated file, emits them, reports diagnostics.</summary>
public sealed partial class FactCatalogGenerator
{
    private static EmitModel CreateEmitModel(CatalogueResult result, GeneratorOptions options, CompilationFeatures features) =>
        new(new EmitOptions(options.Namespace, options.ClassName, features.NotNullWhen, features.Utf8Literals, features.LanguageVersion, options.StringHeapBytes, features.DocComments), result.Model);

    private static ImmutableArray<GroupEmitSpec> CreateGroupSpecs(EmitModel model, CancellationToken cancellation)
    {
        ISet<string> hints = ReservedHintNames(model.Options);
        var sources = model.Catalogue.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        int packedDataShare = PackedData.GroupShare(model.Options.StringHeapBytes, model.Catalogue.Groups.Count);
        return model.Catalogue.Groups
            .Select(group => cancellation.IsCancellationRequested ? throw new OperationCanceledException(cancellation) : new GroupEmitSpec(
                model.Options,
                CodeNames.HintName(model.Options.ClassName + "." + group.Identifier, hints),
                group,
                group.Facts.SelectMany(f => f.Claims).Select(c => c.SourceId).Distinct()
                    .Where(sources.ContainsKey).OrderBy(id => id, StringComparer.Ordinal).Select(id => sources[id]).ToEquatableArray(),
                packedDataShare))
            .ToImmutableArray();
    }

    private static RootIndexInput CreateRootIndexInput(EmitModel model, CancellationToken cancellation)
    {
        var facts = new List<RootFactEntry>();
        foreach (ResolvedGroup group in model.Catalogue.Groups)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (ResolvedFact fact in group.Facts)
            {
                facts.Add(new RootFactEntry(fact.Id, group.Identifier, fact.Identifier, fact.Tags));
            }
        }
        return new RootIndexInput(model.Options, facts.ToEquatableArray(), model.Catalogue.Groups.Count, model.Catalogue.Sources.Count);
    }

    private static RootEmitSpec CreateRootSpec(RootIndexInput input, CancellationToken cancellation)
    {
        // Stable, so the order never depends on the files' order, even for ids the catalogue has reported twice.
        RootFactEntry[] facts = input.Facts.OrderBy(f => f.Id, new CancellableOrdinalComparer(cancellation)).ToArray();

        // Facts are in id order, so each tag's list of fact indexes comes out sorted.
        var tags = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (string tag in facts[i].Tags)
            {
                if (!tags.TryGetValue(tag, out List<int>? indexes))
                {
                    tags.Add(tag, indexes = new List<int>());
                }
                if (indexes.Count == 0 || indexes[indexes.Count - 1] != i)
                {
                    indexes.Add(i);
                }
            }
        }
        return new RootEmitSpec(
            input.Options,
            input.Options.ClassName + ".g.cs",
            facts.Select(f => new FactIndexEntry(f.Id, f.Group, f.Fact)).ToEquatableArray(),
            tags.Select(t => new TagIndexEntry(t.Key, t.Value.ToEquatableArray())).ToEquatableArray(),
            input.GroupCount,
            input.SourceCount);
    }

    private static SourcesEmitSpec CreateSourcesSpec(EmitModel model) =>
        new(model.Options, GeneratorOptions.SourcesClassName + ".g.cs", model.Catalogue.Sources);

    /// <summary>The root and sources files' hint names, which group files must not take.</summary>
    private static ISet<string> ReservedHintNames(EmitOptions options)
    {
        ISet<string> hints = CodeNames.NewHintNameSet();
        hints.Add(options.ClassName + ".g.cs");
        hints.Add(GeneratorOptions.SourcesClassName + ".g.cs");
        return hints;
    }

    private static void EmitGroup(SourceProductionContext context, GroupEmitSpec spec) =>
        Emit(context, spec.HintName, "group " + spec.Group.Identifier, () => GroupEmitter.Emit(spec, context.CancellationToken),
            () => GroupEmitter.EmitPlaceholder(spec));

    private static void EmitRoot(SourceProductionContext context, RootEmitSpec spec) =>
        Emit(context, spec.HintName, "the catalogue class", () => RootEmitter.Emit(spec, context.CancellationToken));

    private static void EmitSources(SourceProductionContext context, SourcesEmitSpec spec) =>
        Emit(context, spec.HintName, "the sources class", () => SourcesEmitter.Emit(spec, context.CancellationToken));

    /// <summary>Emits a file; when that fails, reports FC0016 and adds <paramref name="placeholder"/>'s text instead, if it can.</summary>
    private static void Emit(SourceProductionContext context, string hintName, string what, Func<string> emit, Func<string>? placeholder = null)
    {
        string? text = StageGuard.Run<string?>("emitting " + what, string.Empty, emit, failure =>
        {
            context.ReportDiagnostic(failure.ToDiagnostic());
            return placeholder is null ? null : StageGuard.Run<string?>("emitting a placeholder for " + what, string.Empty, placeholder, _ => null);
        });
        if (text is not null)
        {
            context.AddSource(hintName, SourceText.From(text, Encoding.UTF8));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
