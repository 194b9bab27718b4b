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

/// <summary>A catalogue file handed to the pipeline: its path and text (null when it could not be read).</summary>
public sealed record CatalogueFile(string Path, SourceText? Text);

/// <summary>The assembled catalogue and every diagnostic of every stage, in <see cref="CataloguePipeline.Order"/>.</summary>
public sealed record CatalogueResult(ResolvedCatalogue Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The sources every fact file is resolved against, and every diagnostic about them: the sources file's own, the
/// set's (missing documents, hidden characters) and a failure while building it.
/// </summary>
public sealed record PreparedSources(SourceSet Set, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The catalogue's stages, in the order data flows through them, and the one way their diagnostics merge. Every
/// driver calls these functions: the generator wraps each one in an incremental step (so an unchanged input stops
/// the flow), <see cref="Run"/> calls them in sequence for tools and tests. Each stage is guarded: an unexpected
/// exception becomes FC0016 at the file being processed instead of escaping into the caller.
/// </summary>
/// <remarks>
/// 1. <see cref="Classify"/> each file by path. 2. <see cref="ParseFactFile"/>, <see cref="ParseSourcesFile"/> and
/// <see cref="ReadDocument"/>, one file at a time. 3. <see cref="PrepareSources"/>: pair sources with documents and
/// index the documents once. 4. <see cref="ResolveFactFile"/>, one fact file at a time against the prepared sources.
/// 5. <see cref="Assemble"/>: cross-file checks, ordering, and the merged, ordered diagnostics.
/// </remarks>
public static class CataloguePipeline
{
    /// <summary>Stage 1: what the file at <paramref name="path"/> is to the catalogue.</summary>
    public static CatalogueFileKind Classify(string path, CatalogueOptions options) => CatalogueFileKinds.Classify(path, options);

    /// <summary>
    /// Stage 2: parses one fact file; null <paramref name="text"/> means the file could not be read. A text parsed
    /// before at the same path is not parsed again: the compiler and the IDE hand the generator and the analyzer the
    /// same <see cref="SourceText"/>, so one keystroke parses the edited file once for both.
    /// </summary>
    public static ParsedFactFile ParseFactFile(string path, SourceText? text, CancellationToken cancellationToken) =>
        ParseOnce(path, text, "reading the fact file",
            t => FactFileParser.Parse(path, t, cancellationToken),
            diagnostics => new ParsedFactFile(path, FactFileParser.DefaultGroup(path), EquatableArray<ParsedFact>.Empty, diagnostics));

    /// <summary>
    /// Stage 2 for a fact file outside the facts folder: not read (its text is not even fetched), only counted, so that the
    /// assembly reports each such folder once (FC0020).
    /// </summary>
    public static ParsedFactFile MisplacedFactFile(string path) =>
        new(path, FactFileParser.DefaultGroup(path), EquatableArray<ParsedFact>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>Stage 2: parses the sources file; null <paramref name="text"/> means the file could not be read. Parsed once per text, as fact files are.</summary>
    public static ParsedSourcesFile ParseSourcesFile(string path, SourceText? text, CancellationToken cancellationToken) =>
        ParseOnce(path, text, "reading the sources file",
            t => SourcesFileParser.Parse(path, t, cancellationToken),
            diagnostics => new ParsedSourcesFile(path, EquatableArray<ParsedSource>.Empty, EquatableArray<string>.Empty, IsReadable: false, diagnostics));

    /// <summary>The parse of <paramref name="text"/> from before, or a new one, guarded; <paramref name="empty"/> stands for a file that gives nothing.</summary>
    private static T ParseOnce<T>(string path, SourceText? text, string what, Func<SourceText, T> parse, Func<EquatableArray<DiagnosticInfo>, T> empty)
        where T : class =>
        text is not null && ParsedTexts.Get(text, path) is T parsed
            ? parsed
            : ParsedTexts.Remember(text, path, StageGuard.Run(
                what, path,
                () =>
                {
                    ReusedWork.CountParse();
                    return text is null ? empty(Unreadable(path)) : parse(text);
                },
                failure => empty(ImmutableArray.Create(failure).ToEquatableArray())));

    /// <summary>Stage 2: a document's text; an unreadable one counts as empty (its quotes are then reported as not found).</summary>
    /// <remarks>Kept per text like a parse, so an unchanged document is not copied out of its text again on every run.</remarks>
    public static DocumentInput ReadDocument(string path, SourceText? text) =>
        text is not null && ParsedTexts.Get(text, path) is DocumentInput read
            ? read
            : ParsedTexts.Remember(text, path, Document(path, text));

    private static DocumentInput Document(string path, SourceText? text)
    {
        string content = text?.ToString() ?? string.Empty;
        return new DocumentInput(path, content) { EncodingProblem = Text.DocumentEncoding.Problem(path, text?.Encoding, content) };
    }

    /// <summary>The sources file when the compiler lists more than one at its path: the first by path, whatever their order.</summary>
    public static ParsedSourcesFile? ChooseSourcesFile(IEnumerable<ParsedSourcesFile> parsed) =>
        parsed.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Stage 3: pairs each source with its document and prepares each document once.</summary>
    public static PreparedSources PrepareSources(
        ParsedSourcesFile? sourcesFile, IEnumerable<DocumentInput> documents, CatalogueOptions options, CancellationToken cancellationToken)
    {
        string directory = options.EffectiveSourcesDirectory;
        EquatableArray<DiagnosticInfo> fileDiagnostics = sourcesFile?.Diagnostics ?? EquatableArray<DiagnosticInfo>.Empty;
        // Sorted, so the set (and the document chosen when a path is listed twice) does not depend on file order.
        IEnumerable<DocumentInput> ordered = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Text, StringComparer.Ordinal);
        return StageGuard.Run(
            "pairing sources with their documents", sourcesFile?.Path ?? string.Empty,
            () =>
            {
                SourceSet set = SourceSet.Create(sourcesFile, ordered, directory, cancellationToken);
                return new PreparedSources(set, fileDiagnostics.Concat(set.Diagnostics).ToEquatableArray());
            },
            failure => new PreparedSources(
                SourceSet.Create(null, Array.Empty<DocumentInput>(), directory, cancellationToken),
                fileDiagnostics.Concat(new[] { failure }).ToEquatableArray()));
    }

    /// <summary>Stage 4: checks one fact file's claims against the prepared sources and derives each fact's status.</summary>
    public static ResolvedFactFile ResolveFactFile(ParsedFactFile file, PreparedSources sources, CancellationToken cancellationToken) =>
        StageGuard.Run(
            "checking the fact file against its sources", file.Path,
            () => FactFileResolver.Resolve(file, sources.Set, cancellationToken),
            failure => new ResolvedFactFile(file.Path, file.Group, EquatableArray<ResolvedFact>.Empty, EquatableArray<LocationInfo>.Empty,
                file.Diagnostics.Concat(new[] { failure }).ToEquatableArray()));

    /// <summary>
    /// Stage 5: joins the resolved fact files into the catalogue and merges every diagnostic: the options', the
    /// sources', each fact file's and the cross-file checks', in <see cref="Order"/>.
    /// </summary>
    public static CatalogueResult Assemble(
        IEnumerable<ResolvedFactFile> files, PreparedSources sources, CatalogueOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ResolvedFactFile> all = files as IReadOnlyList<ResolvedFactFile> ?? files.ToList();
        IEnumerable<DiagnosticInfo> early = options.Diagnostics
            .Concat(sources.Diagnostics)
            .Concat(all.SelectMany(f => f.Diagnostics));
        return StageGuard.Run(
            "assembling the catalogue", string.Empty,
            () =>
            {
                (ResolvedCatalogue model, ImmutableArray<DiagnosticInfo> assembly) =
                    CatalogueAssembler.Assemble(all, sources.Set, options.ClassName, options.FactsDirectory, cancellationToken);
                return new CatalogueResult(model, Order(early.Concat(assembly)));
            },
            failure => new CatalogueResult(ResolvedCatalogue.Empty, Order(early.Concat(new[] { failure }))));
    }

    /// <summary>
    /// Every stage over a set of files in one call: what the analyzer, tools and tests use. Gives what the generator
    /// reports for the same files: the same stages, the same merge. Work already done for the same inputs is reused,
    /// as the generator's incremental steps reuse it: a text parsed before is not parsed again
    /// (<see cref="ParseFactFile"/>), equal sources are prepared once, and an unchanged fact file against the same
    /// prepared sources is not resolved again, and the same resolved files are not assembled again; so a keystroke in one
    /// fact file re-parses and re-resolves that file, and a run in which no catalogue file changed does neither.
    /// </summary>
    public static CatalogueResult Run(IEnumerable<CatalogueFile> files, CatalogueOptions options, CancellationToken cancellationToken = default)
    {
        var factFiles = new List<ParsedFactFile>();
        var sourcesFiles = new List<ParsedSourcesFile>();
        var documents = new List<DocumentInput>();
        foreach (CatalogueFile file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (Classify(file.Path, options))
            {
                case CatalogueFileKind.FactFile:
                    factFiles.Add(ParseFactFile(file.Path, file.Text, cancellationToken));
                    break;
                case CatalogueFileKind.MisplacedFactFile:
                    factFiles.Add(MisplacedFactFile(file.Path));
                    break;
                case CatalogueFileKind.SourcesFile:
                    sourcesFiles.Add(ParseSourcesFile(file.Path, file.Text, cancellationToken));
                    break;
                case CatalogueFileKind.Document:
                    documents.Add(ReadDocument(file.Path, file.Text));
                    break;
            }
        }

        PreparedSources sources = ReusedWork.Sources(ChooseSourcesFile(sourcesFiles), documents, options, cancellationToken);
        List<ResolvedFactFile> resolved = factFiles.Select(f => ReusedWork.Resolve(f, sources, cancellationToken)).ToList();
        return ReusedWork.Assemble(resolved, sources, options, cancellationToken);
    }

    /// <summary>Orders diagnostics by file, position and ID, so output is the same whatever the file order.</summary>
    public static EquatableArray<DiagnosticInfo> Order(IEnumerable<DiagnosticInfo> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => string.Join("\n", d.Arguments), StringComparer.Ordinal)
            .ToEquatableArray();

    private static EquatableArray<DiagnosticInfo> Unreadable(string path) =>
        ImmutableArray.Create(DiagnosticInfo.Create(CatalogueDiagnostics.YamlSyntaxError, LocationInfo.StartOf(path),
            "The file could not be read; check that it exists and is saved as UTF-8")).ToEquatableArray();
}
