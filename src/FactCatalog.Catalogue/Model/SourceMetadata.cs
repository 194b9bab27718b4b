namespace FactCatalog.Catalogue.Model;

/// <summary>A source as the emitter needs it: metadata only, ids and names resolved.</summary>
public sealed record SourceMetadata(
    string Id,
    string Identifier,
    string File,
    string? Type,
    string? Title,
    string? ContainerTitle,
    string? Publisher,
    EquatableArray<string> Authors,
    string? Issued,
    string? Language,
    SourceTranslation Translation,
    string? Url,
    string? Note,
    string? OriginalTitle,
    string? OriginalPublisher,
    string? OriginalDate);
