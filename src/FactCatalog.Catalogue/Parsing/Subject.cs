namespace FactCatalog.Catalogue.Parsing;

/// <summary>
/// What a mapping is, as messages name it: "fact 'x'", "claim 'y' of fact 'x'", "the fact file". Kept in parts
/// and put together only when a message needs it, since almost no mapping reports anything.
/// </summary>
internal readonly struct Subject
{
    private readonly string _kind;
    private readonly string? _id;
    private readonly string? _factId;

    public Subject(string kind, string? id = null, string? factId = null)
    {
        _kind = kind;
        _id = id;
        _factId = factId;
    }

    /// <summary>The subject in full, as it reads inside a sentence.</summary>
    public override string ToString() =>
        _id is null ? _kind : _factId is null ? $"{_kind} '{_id}'" : $"{_kind} '{_id}' of fact '{_factId}'";

    /// <summary>The subject in full, starting a sentence.</summary>
    public string Capitalized()
    {
        string text = ToString();
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }

    public static implicit operator Subject(string text) => new(text);
}
