namespace FactCatalog.Catalogue.Model;

/// <summary>One fact as read and typed: its question, type and claims.</summary>
public sealed record ParsedFact
{
    /// <summary>The fact id, unique in the catalogue, and where it is written.</summary>
    public required SpannedText Id { get; init; }

    /// <summary>The C# name of the fact's class: its <c>name</c>, or the id in PascalCase.</summary>
    public required string Identifier { get; init; }

    /// <summary>The <c>name</c> key as written, when there is one.</summary>
    public SpannedText? Name { get; init; }

    /// <summary>The question the fact answers.</summary>
    public required string Statement { get; init; }

    public required FactValueType Type { get; init; }

    public string? Unit { get; init; }

    public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The <c>preferred</c> key: the id of the claim that answers when claims disagree.</summary>
    public SpannedText? Preferred { get; init; }

    public string? Note { get; init; }

    public required EquatableArray<ParsedClaim> Claims { get; init; }
}
