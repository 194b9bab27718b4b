namespace FactCatalog.Catalog.Model;

/// <summary>One fact as read and typed: its question, type and claims.</summary>
public sealed record FactSpec(
    SpannedText Id,
    string Identifier,
    string Statement,
    ValueKind Type,
    string? Unit,
    EquatableArray<string> Tags,
    SpannedText? Preferred,
    SpannedText? Name,
    string? Note,
    EquatableArray<ClaimSpec> Claims);
