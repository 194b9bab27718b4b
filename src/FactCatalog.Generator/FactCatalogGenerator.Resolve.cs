using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Resolution;
using FactCatalog.Generator.Model;

namespace FactCatalog.Generator;

/// <summary>The source set every fact file is resolved against, with what went wrong building it.</summary>
public sealed record GuardedSourceSet(SourceSet Set, EquatableArray<DiagnosticInfo> Failures);

/// <summary>Stages 2 and 3: pairs sources with documents, resolves each fact file, assembles the catalogue.</summary>
public sealed partial class FactCatalogGenerator
{
    private static GuardedSourceSet CreateSourceSet(
        ParsedSourcesFile? sourcesFile, ImmutableArray<DocumentInput> documents, GeneratorOptions options, CancellationToken token)
    {
        string directory = options.Catalog.EffectiveSourcesDirectory;
        // Sorted, so the set (and the document chosen when a path is listed twice) does not depend on file order.
        IEnumerable<DocumentInput> ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Text, StringComparer.Ordinal);
        return StageGuard.Run(
            "pairing sources with their documents", sourcesFile?.Path ?? string.Empty,
            () => new GuardedSourceSet(SourceSet.Create(sourcesFile, ordered, directory, token), EquatableArray<DiagnosticInfo>.Empty),
            failure => new GuardedSourceSet(SourceSet.Create(null, Array.Empty<DocumentInput>(), directory, token),
                ImmutableArray.Create(failure).ToEquatableArray()));
    }

    private static ResolvedFactFile ResolveFactFile(ParsedFactFile file, SourceSet sources, CancellationToken token) =>
        StageGuard.Run(
            "checking the fact file against its sources", file.Path,
            () => FactFileResolver.Resolve(file, sources, token),
            failure => new ResolvedFactFile(file.Path, file.Group, EquatableArray<ResolvedFact>.Empty,
                file.Diagnostics.Concat(new[] { failure }).ToEquatableArray()));

    private static CatalogueResult Assemble(
        ImmutableArray<ResolvedFactFile> files, GuardedSourceSet sources, GeneratorOptions options, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        if (!options.Generate)
        {
            // No catalogue in this project (FactCatalogGenerate=false): nothing to check or report.
            return new CatalogueResult(ResolvedCatalogue.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }
        IEnumerable<DiagnosticInfo> early = options.Diagnostics
            .Concat(sources.Set.File?.Diagnostics ?? EquatableArray<DiagnosticInfo>.Empty)
            .Concat(sources.Set.Diagnostics)
            .Concat(sources.Failures)
            .Concat(files.SelectMany(f => f.Diagnostics));
        return StageGuard.Run(
            "assembling the catalogue", string.Empty,
            () =>
            {
                (ResolvedCatalogue model, ImmutableArray<DiagnosticInfo> assembly) =
                    CatalogueAssembler.Assemble(files, sources.Set, options.ClassName, options.FactsDirectory, token);
                return new CatalogueResult(model, CatalogueValidator.Order(early.Concat(assembly)).ToEquatableArray());
            },
            failure => new CatalogueResult(ResolvedCatalogue.Empty, CatalogueValidator.Order(early.Concat(new[] { failure })).ToEquatableArray()));
    }
}
