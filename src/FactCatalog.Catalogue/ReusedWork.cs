using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Catalogue;

/// <summary>
/// What <see cref="CataloguePipeline.Run"/> keeps between runs, so that the analyzer, run on every keystroke in the
/// IDE, does the work of the changed file only (the generator gets the same from its incremental steps): the last
/// prepared sources with the inputs they were made from, and each parsed fact file's resolution against them.
/// </summary>
public static class ReusedWork
{
    private static readonly ConditionalWeakTable<ParsedFactFile, Resolution> s_resolved = new();
    private static SourcesEntry? s_lastSources;
    private static AssemblyEntry? s_lastAssembly;
    private static int s_assemblies;

    private static int s_parses;
    private static int s_resolutions;
    private static int s_sourcePreparations;

    /// <summary>How many catalogue files (fact files and the sources file) were parsed, not taken from an earlier parse of the same text.</summary>
    public static int Parses => Volatile.Read(ref s_parses);

    internal static void CountParse() => Interlocked.Increment(ref s_parses);

    private static int s_groupChecks;

    /// <summary>How many groups had their facts' names checked in an assembly (a group whose facts are unchanged is not checked again).</summary>
    public static int GroupChecks => Volatile.Read(ref s_groupChecks);

    internal static void CountGroupCheck() => Interlocked.Increment(ref s_groupChecks);

    /// <summary>How many fact files were resolved: tests prove reuse with it.</summary>
    public static int Resolutions => Volatile.Read(ref s_resolutions);

    /// <summary>How many times sources were prepared.</summary>
    public static int SourcePreparations => Volatile.Read(ref s_sourcePreparations);

    internal static PreparedSources Sources(ParsedSourcesFile? file, List<DocumentInput> documents, CatalogueOptions options, CancellationToken cancellationToken)
    {
        string directory = options.EffectiveSourcesDirectory;
        SourcesEntry? last = Volatile.Read(ref s_lastSources);
        if (last is not null && last.Directory == directory && Equals(last.File, file) && last.Documents.SequenceEqual(documents))
        {
            return last.Prepared;
        }
        PreparedSources prepared = CataloguePipeline.PrepareSources(file, documents, options, cancellationToken);
        Interlocked.Increment(ref s_sourcePreparations);
        Volatile.Write(ref s_lastSources, new SourcesEntry(directory, file, documents.ToArray(), prepared));
        return prepared;
    }

    internal static ResolvedFactFile Resolve(ParsedFactFile file, PreparedSources sources, CancellationToken cancellationToken)
    {
        if (s_resolved.TryGetValue(file, out Resolution? done) && ReferenceEquals(done.Sources, sources))
        {
            return done.Resolved;
        }
        ResolvedFactFile resolved = CataloguePipeline.ResolveFactFile(file, sources, cancellationToken);
        Interlocked.Increment(ref s_resolutions);
        lock (s_resolved)
        {
            s_resolved.Remove(file);
            s_resolved.Add(file, new Resolution(sources, resolved));
        }
        return resolved;
    }

    /// <summary>
    /// The last catalogue, returned again when its inputs are the very same objects: a run in which no catalogue file
    /// changed (the analyzer runs once per compilation, and most compilations follow a C# edit) assembles nothing.
    /// </summary>
    internal static CatalogueResult Assemble(List<ResolvedFactFile> files, PreparedSources sources, CatalogueOptions options, CancellationToken cancellationToken)
    {
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        AssemblyEntry? last = Volatile.Read(ref s_lastAssembly);
        if (last is not null && ReferenceEquals(last.Sources, sources) && Equals(last.Options, options) && SameObjects(last.Files, files))
        {
            return last.Result;
        }
        CatalogueResult result = CataloguePipeline.Assemble(files, sources, options, cancellationToken);
        Interlocked.Increment(ref s_assemblies);
        Volatile.Write(ref s_lastAssembly, new AssemblyEntry(files.ToArray(), sources, options, result));
        return result;
    }

    /// <summary>How many catalogues were assembled.</summary>
    public static int Assemblies => Volatile.Read(ref s_assemblies);

    private static bool SameObjects(ResolvedFactFile[] last, List<ResolvedFactFile> files)
    {
        if (last.Length != files.Count)
        {
            return false;
        }
        for (int i = 0; i < last.Length; i++)
        {
            if (!ReferenceEquals(last[i], files[i]))
            {
                return false;
            }
        }
        return true;
    }

    private sealed record AssemblyEntry(ResolvedFactFile[] Files, PreparedSources Sources, CatalogueOptions Options, CatalogueResult Result);

    private sealed record SourcesEntry(string Directory, ParsedSourcesFile? File, DocumentInput[] Documents, PreparedSources Prepared);

    private sealed record Resolution(PreparedSources Sources, ResolvedFactFile Resolved);
}
