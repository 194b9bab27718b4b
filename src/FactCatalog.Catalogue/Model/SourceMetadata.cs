namespace FactCatalog.Catalogue.Model;

/// <summary>A source's metadata as the sources file gives it, with its C# name settled.</summary>
public sealed record SourceMetadata
{
    /// <summary>The source id that claims cite.</summary>
    public required string Id { get; init; }

    /// <summary>The C# name of the source's member of <c>Sources</c>.</summary>
    public required string Identifier { get; init; }

    /// <summary>The document's path, relative to the sources folder.</summary>
    public required string File { get; init; }

    public string? Type { get; init; }

    public string? Title { get; init; }

    public string? ContainerTitle { get; init; }

    public string? Publisher { get; init; }

    public EquatableArray<string> Authors { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The publication date, as written (<c>2024</c>, <c>2024-06</c>, <c>2024-06-19</c>).</summary>
    public string? Issued { get; init; }

    public string? Language { get; init; }

    public SourceTranslation Translation { get; init; }

    public string? Url { get; init; }

    public string? Note { get; init; }

    public string? OriginalTitle { get; init; }

    public string? OriginalPublisher { get; init; }

    public string? OriginalDate { get; init; }
}
