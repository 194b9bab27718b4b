using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Parsing;
using FactCatalog.Catalogue.Resolution;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue;

/// <summary>A catalogue file handed to the validator: its path and text.</summary>
public sealed record CatalogueFile(string Path, SourceText Text);

/// <summary>The validated catalogue and every diagnostic, ordered by file, position and ID.</summary>
public sealed record CatalogueResult(ResolvedCatalogue Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Runs every stage over a set of files in one call: what tools and tests use. The generator runs the
/// same stages as separate incremental steps.
/// </summary>
public static class CatalogueValidator
{
    /// <summary>
    /// Sorts <paramref name="files"/> into fact files, the sources file and documents by path (see
    /// <see cref="CatalogueFileKinds"/>), then parses, resolves and assembles them.
    /// </summary>
    public static CatalogueResult Validate(IEnumerable<CatalogueFile> files, CatalogueOptions options, CancellationToken cancellationToken = default)
    {
        List<CatalogueFile> all = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var factFiles = new List<ParsedFactFile>();
        ParsedSourcesFile? sourcesFile = null;
        var documents = new List<DocumentInput>();
        foreach (CatalogueFile file in all)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (CatalogueFileKinds.Classify(file.Path, options))
            {
                case CatalogueFileKind.FactFile:
                    factFiles.Add(FactFileParser.Parse(file.Path, file.Text, cancellationToken));
                    break;
                case CatalogueFileKind.SourcesFile:
                    sourcesFile = SourcesFileParser.Parse(file.Path, file.Text, cancellationToken);
                    break;
                case CatalogueFileKind.Document:
                    documents.Add(new DocumentInput(file.Path, file.Text.ToString()));
                    break;
            }
        }

        SourceSet sources = SourceSet.Create(sourcesFile, documents, options.EffectiveSourcesDirectory, cancellationToken);
        List<ResolvedFactFile> resolved = factFiles.Select(f => FactFileResolver.Resolve(f, sources, cancellationToken)).ToList();
        (ResolvedCatalogue model, ImmutableArray<DiagnosticInfo> assembly) = CatalogueAssembler.Assemble(
            resolved, sources, options.ClassName, options.FactsDirectory, cancellationToken);

        IEnumerable<DiagnosticInfo> diagnostics = (sourcesFile?.Diagnostics ?? EquatableArray<DiagnosticInfo>.Empty)
            .Concat(sources.Diagnostics)
            .Concat(resolved.SelectMany(f => f.Diagnostics))
            .Concat(assembly);
        return new CatalogueResult(model, Order(diagnostics).ToEquatableArray());
    }

    /// <summary>Orders diagnostics by file, position and ID, so output is the same whatever the file order.</summary>
    public static ImmutableArray<DiagnosticInfo> Order(IEnumerable<DiagnosticInfo> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => string.Join("\n", d.Arguments), StringComparer.Ordinal)
            .ToImmutableArray();
}
