using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalog.Diagnostics;
using FactCatalog.Catalog.Model;
using FactCatalog.Catalog.Parsing;
using FactCatalog.Catalog.Resolution;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalog;

/// <summary>A catalogue file handed to the validator: its path and text.</summary>
public sealed record CatalogFile(string Path, SourceText Text);

/// <summary>The validated catalogue and every diagnostic, ordered by file, position and ID.</summary>
public sealed record CatalogResult(CatalogModel Model, ImmutableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Runs every stage over a set of files in one call: what tools and tests use. The generator runs the
/// same stages as separate incremental steps.
/// </summary>
public static class CatalogValidator
{
    /// <summary>
    /// Sorts <paramref name="files"/> into fact files, the sources file and documents by path (see
    /// <see cref="CatalogFileKinds"/>), then parses, resolves and assembles them.
    /// </summary>
    public static CatalogResult Validate(IEnumerable<CatalogFile> files, CatalogOptions options, CancellationToken cancellationToken = default)
    {
        List<CatalogFile> all = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var factFiles = new List<FactFileSpec>();
        SourcesFileSpec? sourcesFile = null;
        var documents = new List<DocumentInput>();
        foreach (CatalogFile file in all)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (CatalogFileKinds.Classify(file.Path, options))
            {
                case CatalogFileKind.FactFile:
                    factFiles.Add(FactFileParser.Parse(file.Path, file.Text, cancellationToken));
                    break;
                case CatalogFileKind.SourcesFile:
                    sourcesFile = SourcesFileParser.Parse(file.Path, file.Text, cancellationToken);
                    break;
                case CatalogFileKind.Document:
                    documents.Add(new DocumentInput(file.Path, file.Text.ToString()));
                    break;
            }
        }

        SourceSet sources = SourceSet.Create(sourcesFile, documents, options.EffectiveSourcesDirectory, cancellationToken);
        List<ResolvedFactFile> resolved = factFiles.Select(f => FactFileResolver.Resolve(f, sources, cancellationToken)).ToList();
        (CatalogModel model, ImmutableArray<DiagnosticInfo> assembly) = CatalogAssembler.Assemble(
            resolved, sources, options.ClassName, options.FactsDirectory, cancellationToken);

        IEnumerable<DiagnosticInfo> diagnostics = (sourcesFile?.Diagnostics ?? EquatableArray<DiagnosticInfo>.Empty)
            .Concat(sources.Diagnostics)
            .Concat(resolved.SelectMany(f => f.Diagnostics))
            .Concat(assembly);
        return new CatalogResult(model, Order(diagnostics));
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
