namespace FactCatalog.Catalog.Model;

/// <summary>A source as the emitter needs it: metadata only, ids and names resolved.</summary>
public sealed record SourceModel(
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
    TranslationKind Translation,
    string? Url,
    string? Note,
    string? OriginalTitle,
    string? OriginalPublisher,
    string? OriginalDate)
{
    /// <summary>Drops the spans of a parsed source.</summary>
    public static SourceModel From(SourceSpec spec) => new(
        spec.Id.Value, spec.Identifier, spec.File.Value, spec.Type, spec.Title, spec.ContainerTitle, spec.Publisher,
        spec.Authors, spec.Issued, spec.Language, spec.Translation, spec.Url, spec.Note,
        spec.OriginalTitle, spec.OriginalPublisher, spec.OriginalDate);
}
