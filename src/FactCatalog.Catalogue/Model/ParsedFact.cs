namespace FactCatalog.Catalogue.Model;

/// <summary>One fact as read and typed: its question, type and claims.</summary>
public sealed record ParsedFact(
    SpannedText Id,
    string Identifier,
    string Statement,
    FactValueType Type,
    string? Unit,
    EquatableArray<string> Tags,
    SpannedText? Preferred,
    SpannedText? Name,
    string? Note,
    EquatableArray<ParsedClaim> Claims);
