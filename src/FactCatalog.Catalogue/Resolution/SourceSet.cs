using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Syntax;
using FactCatalog.Catalogue.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>
/// The sources every fact file is resolved against: the parsed sources file and each source's document.
/// Compared by content (the parsed file and the document texts), so an unchanged set keeps stage 2 cached;
/// the prepared <see cref="SourceDocument"/>s are built once per set and shared by all fact files.
/// </summary>
public sealed class SourceSet : IEquatable<SourceSet>
{
    private readonly Dictionary<string, ParsedSource> _byId;
    private readonly Dictionary<string, SourceDocument> _documents;

    private SourceSet(ParsedSourcesFile? file, EquatableArray<DocumentInput> documents, Dictionary<string, ParsedSource> byId,
        Dictionary<string, SourceDocument> prepared, EquatableArray<DiagnosticInfo> diagnostics)
    {
        File = file;
        Documents = documents;
        _byId = byId;
        _documents = prepared;
        Diagnostics = diagnostics;
    }

    /// <summary>The parsed sources file, or null when the compilation has none.</summary>
    public ParsedSourcesFile? File { get; }

    /// <summary>The source documents that sources name and the compilation holds, ordered by path.</summary>
    public EquatableArray<DocumentInput> Documents { get; }

    /// <summary>Problems of the set itself: documents missing (FC0006) and hidden characters in documents (FC0011).</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>Source ids, for suggestions.</summary>
    public IEnumerable<string> Ids => _byId.Keys;

    /// <summary>
    /// Pairs each source of <paramref name="file"/> with its document: the additional file at
    /// <c>sourcesDirectory/file</c>. Documents no source names are ignored.
    /// </summary>
    public static SourceSet Create(ParsedSourcesFile? file, IEnumerable<DocumentInput> candidates, string sourcesDirectory, CancellationToken cancellationToken = default)
    {
        var byPath = new Dictionary<string, DocumentInput>(CataloguePaths.Comparer);
        foreach (DocumentInput candidate in candidates)
        {
            byPath[CataloguePaths.Normalize(candidate.Path)] = candidate;
        }
        var byId = new Dictionary<string, ParsedSource>(StringComparer.Ordinal);
        var prepared = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        // Several sources may name one document: prepare and scan it once.
        var byDocument = new Dictionary<string, SourceDocument>(CataloguePaths.Comparer);
        var used = new List<DocumentInput>();
        var badEncodings = new HashSet<string>(CataloguePaths.Comparer);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (ParsedSource source in file?.Sources ?? EquatableArray<ParsedSource>.Empty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            byId[source.Id.Value] = source;
            string expected = CataloguePaths.Combine(sourcesDirectory, source.File.Value);
            if (CatalogueFileNames.BinaryKind(source.File.Value) is { } binary)
            {
                // The package does not add such files to the build (the compiler would fail on them with CS2015).
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.SourceNotText, source.File.Location,
                    source.Id.Value, source.File.Value, binary));
                continue;
            }
            if (!byPath.TryGetValue(expected, out DocumentInput? document))
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.SourceFileMissing, source.File.Location,
                    source.Id.Value, source.File.Value, expected));
                continue;
            }
            if (document.EncodingProblem is { } encoding)
            {
                // Reported once per document; its quotes are not checked against a text that is not the document's.
                if (badEncodings.Add(expected))
                {
                    diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.DocumentEncoding,
                        LocationInfo.Create(document.Path, SourceText.From(document.Text), new TextSpan(encoding.Offset, 0)), encoding.Message));
                }
                continue;
            }
            if (!byDocument.TryGetValue(expected, out SourceDocument? ready))
            {
                byDocument.Add(expected, ready = SourceDocument.Create(document.Path, document.Text));
                ready.Prepare(cancellationToken);
                used.Add(document);
                TextHazards.ScanSourceDocument(document.Path, document.Text, diagnostics);
            }
            prepared[source.Id.Value] = ready;
        }
        return new SourceSet(file, used.OrderBy(d => d.Path, StringComparer.Ordinal).ToImmutableArray().ToEquatableArray(),
            byId, prepared, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// True when a claim citing <paramref name="id"/> must not get FC0005: there is no sources file (FC0021 or FC0020
    /// says so once), it could not be read, or it holds that id but the entry was rejected; each time another
    /// diagnostic says what to fix.
    /// </summary>
    public bool IsExcused(string id) =>
        File is null || !File.IsReadable || File.RejectedIds.Contains(id);

    /// <summary>The source with this id, or null.</summary>
    public ParsedSource? Find(string id) => _byId.TryGetValue(id, out ParsedSource? source) ? source : null;

    /// <summary>The prepared document of a source, or null when it is missing (already reported as FC0006).</summary>
    public SourceDocument? DocumentOf(string id) => _documents.TryGetValue(id, out SourceDocument? document) ? document : null;

    /// <inheritdoc />
    public bool Equals(SourceSet? other) =>
        other is not null && Equals(File, other.File) && Documents.Equals(other.Documents) && Diagnostics.Equals(other.Diagnostics);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceSet);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((File?.GetHashCode() ?? 0) * 31) + Documents.GetHashCode());
}
