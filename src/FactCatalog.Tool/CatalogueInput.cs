using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactCatalog.Catalogue;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Tool;

/// <summary>
/// The catalogue files the build would hand to the generator, read from the folders the user named: every
/// <c>*.facts.yaml</c> under the facts folder, its <c>sources.yaml</c>, and every file under the sources folder (the
/// package's <c>FactCatalogFactsDir</c> and <c>FactCatalogSourcesDir</c>, whose default is <c>seeds</c> beside the facts
/// folder). Paths are kept as the user gave the folders
/// (relative to the working directory, or absolute), so diagnostics name files the way the user wrote them.
/// </summary>
internal sealed class CatalogueInput
{
    private readonly Progress _progress;

    private CatalogueInput(string factsDirectory, string sourcesDirectory, IReadOnlyList<CatalogueFile> files, Progress progress)
    {
        _progress = progress;
        FactsDirectory = factsDirectory;
        SourcesDirectory = sourcesDirectory;
        Files = files;
    }

    /// <summary>The facts folder, as given, with '/' separators.</summary>
    public string FactsDirectory { get; }

    /// <summary>The sources folder, as given, with '/' separators.</summary>
    public string SourcesDirectory { get; }

    public IReadOnlyList<CatalogueFile> Files { get; }

    public CatalogueOptions Options => new(FactsDirectory, SourcesDirectory);

    /// <summary>The number of fact files read.</summary>
    public int FactFileCount => Files.Count(f => CataloguePipeline.Classify(f.Path, Options) == CatalogueFileKind.FactFile);

    /// <summary>
    /// Reads the folders <paramref name="facts"/> and <paramref name="sources"/>. Returns null and writes why to the error
    /// stream when the facts folder does not exist (a usage error: the command runs in the wrong place).
    /// </summary>
    public static CatalogueInput? Read(ToolContext context, string facts, string? sources)
    {
        string factsDirectory = Display(facts);
        string sourcesDirectory = sources is null ? SeedsBeside(factsDirectory) : Display(sources);
        string factsFull = context.FullPath(facts);
        if (!Directory.Exists(factsFull))
        {
            context.Error.WriteLine(
                $"factcatalog: the facts folder '{factsDirectory}' does not exist (in {context.WorkingDirectory}); "
                + "run in the folder that holds facts/ and seeds/, or pass --facts and --seeds.");
            return null;
        }

        var paths = new List<string>();
        paths.AddRange(Under(context, factsDirectory, "*.facts.yaml"));
        string sourcesFile = factsDirectory + "/sources.yaml";
        if (File.Exists(context.FullPath(sourcesFile)))
        {
            paths.Add(sourcesFile);
        }

        if (Directory.Exists(context.FullPath(sourcesDirectory)))
        {
            paths.AddRange(Under(context, sourcesDirectory, "*"));
        }

        string[] ordered = paths
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        context.Progress.Stage($"reading {ordered.Length} files");
        var files = new CatalogueFile[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            files[i] = new CatalogueFile(ordered[i], SourceText.From(File.ReadAllText(context.FullPath(ordered[i]))));
            context.Progress.Item(i + 1, ordered.Length);
        }
        context.Progress.End();
        return new CatalogueInput(factsDirectory, sourcesDirectory, files, context.Progress);
    }

    /// <summary>Runs the catalogue pipeline, the generator's stages in sequence, over the files.</summary>
    public CatalogueResult Run()
    {
        _progress.Stage("checking the catalogue (parse, prepare sources, resolve, assemble)");
        CatalogueResult result = CataloguePipeline.Run(Files, Options);
        _progress.End();
        return result;
    }

    /// <summary>The text of the source document at <paramref name="file"/> (relative to the sources folder), with line endings normalised to LF as citations count them; null when absent.</summary>
    public string? DocumentText(string file)
    {
        string path = Catalogue.Resolution.CataloguePaths.Combine(SourcesDirectory, file);
        CatalogueFile? found = Files.FirstOrDefault(f => Catalogue.Resolution.CataloguePaths.Comparer.Equals(
            Catalogue.Resolution.CataloguePaths.Normalize(f.Path), path));
        return found?.Text is null ? null : NormalizeLineEndings(found.Text.ToString());
    }

    /// <summary>CRLF and a lone CR each become one LF (docs/format.md, Positions).</summary>
    public static string NormalizeLineEndings(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>The document path of <paramref name="file"/> (relative to the sources folder), as diagnostics name it.</summary>
    public string DocumentPath(string file) => Catalogue.Resolution.CataloguePaths.Combine(SourcesDirectory, file);

    /// <summary>The default sources folder: <c>seeds</c> beside the facts folder, as the package's FactCatalogSourcesDir defaults.</summary>
    private static string SeedsBeside(string factsDirectory)
    {
        int slash = factsDirectory.TrimEnd('/').LastIndexOf('/');
        return slash < 0 ? "seeds" : factsDirectory.Substring(0, slash + 1) + "seeds";
    }

    private static IEnumerable<string> Under(ToolContext context, string folder, string pattern)
    {
        string full = context.FullPath(folder);
        return Directory.EnumerateFiles(full, pattern, SearchOption.AllDirectories)
            .Select(f => Join(folder, Path.GetRelativePath(full, f)));
    }

    private static string Join(string folder, string relative)
    {
        string tail = relative.Replace('\\', '/');
        return folder.Length == 0 || folder == "." ? tail : folder.TrimEnd('/') + "/" + tail;
    }

    private static string Display(string folder)
    {
        string unified = folder.Replace('\\', '/');
        return unified.Length > 1 ? unified.TrimEnd('/') : unified;
    }
}
