namespace FactCatalog.Catalog.Model;

/// <summary>One entry of the sources file, as read (stage 1 output for sources).</summary>
public sealed record SourceSpec(
    SpannedText Id,
    string Identifier,
    SpannedText File,
    SpannedText? Name,
    string? Type,
    string? Title,
    string? ContainerTitle,
    string? Publisher,
    EquatableArray<string> Authors,
    string? Issued,
    string? Language,
    TranslationKind Translation,
    string? Url,
    string? Note,
    string? OriginalTitle,
    string? OriginalPublisher,
    string? OriginalDate);
