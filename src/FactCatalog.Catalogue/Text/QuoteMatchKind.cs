namespace FactCatalog.Catalogue.Text;

/// <summary>The outcome of looking for a quote in its source.</summary>
internal enum QuoteMatchKind
{
    /// <summary>Exactly one occurrence fits (the only one, or the only one with the given prefix and suffix).</summary>
    Found,

    /// <summary>The quote does not occur.</summary>
    NotFound,

    /// <summary>Several occurrences fit; a prefix or suffix must pick one.</summary>
    Ambiguous,

    /// <summary>The quote occurs, but no occurrence has the given prefix and suffix around it.</summary>
    ContextNotFound,
}
