namespace FactCatalog.Generator;

/// <summary>
/// Names of the pipeline steps, so that tests can ask the driver how each step ran (Cached, Unchanged,
/// Modified, New) and prove that an edit re-runs only what it must.
/// </summary>
public static class TrackingNames
{
    /// <summary>The build properties the generator reads.</summary>
    public const string Options = nameof(Options);

    /// <summary>What the compilation offers generated code (attributes that exist there).</summary>
    public const string Features = nameof(Features);

    /// <summary>Stage 1, one per catalogue file: the additional file and what it is (others are dropped here).</summary>
    public const string ClassifiedFile = nameof(ClassifiedFile);

    /// <summary>Stage 2, one per fact file: the parsed <c>*.facts.yaml</c>.</summary>
    public const string ParsedFactFile = nameof(ParsedFactFile);

    /// <summary>Stage 2: the parsed <c>sources.yaml</c> (null when there is none).</summary>
    public const string ParsedSourcesFile = nameof(ParsedSourcesFile);

    /// <summary>Stage 2, one per file under the sources folder: its path and text.</summary>
    public const string Document = nameof(Document);

    /// <summary>Stage 3: the sources with their documents, shared by every fact file.</summary>
    public const string SourceSet = nameof(SourceSet);

    /// <summary>Stage 4, one per fact file: facts resolved against the sources.</summary>
    public const string ResolvedFactFile = nameof(ResolvedFactFile);

    /// <summary>Stage 5: the assembled catalogue and every diagnostic.</summary>
    public const string Catalogue = nameof(Catalogue);

    /// <summary>The catalogue as emitted code sees it: the model and the emit options, no diagnostics.</summary>
    public const string EmitModel = nameof(EmitModel);

    /// <summary>One per fact file: where its facts and claims are written, for the <c>#line</c> mappings.</summary>
    public const string FactPlaces = nameof(FactPlaces);

    /// <summary>Every fact file's places, by group and fact id.</summary>
    public const string PlaceTable = nameof(PlaceTable);

    /// <summary>One per group: the group and the sources it cites, before its places are added.</summary>
    public const string GroupModel = nameof(GroupModel);

    /// <summary>One per group: the input of a group file, places included.</summary>
    public const string GroupFile = nameof(GroupFile);

    /// <summary>The ids, names and tags the root catalogue file is made from.</summary>
    public const string RootIndex = nameof(RootIndex);

    /// <summary>The input of the root catalogue file (All, TryGet, Get, WithTag).</summary>
    public const string RootFile = nameof(RootFile);

    /// <summary>The input of the Sources file.</summary>
    public const string SourcesFile = nameof(SourcesFile);

    /// <summary>The diagnostics to report.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>Every step name, for tests that check them all.</summary>
    public static readonly string[] All =
    {
        Options, Features, ClassifiedFile, ParsedFactFile, ParsedSourcesFile, Document, SourceSet, ResolvedFactFile,
        Catalogue, EmitModel, FactPlaces, PlaceTable, GroupModel, GroupFile, RootIndex, RootFile, SourcesFile, Diagnostics,
    };
}
