using System.Collections.Generic;
using System.Threading;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// Finds a claim's quote in its source document: an exact, ordinal match after <see cref="QuoteNormalizer"/>, with
/// an optional prefix and suffix to pick one of several occurrences.
/// </summary>
internal static class QuoteMatcher
{
    /// <summary>Looks for <paramref name="quote"/> in <paramref name="document"/>.</summary>
    /// <param name="document">The source.</param>
    /// <param name="quote">The quote as the curator typed it.</param>
    /// <param name="prefix">Text that must end just before the occurrence (one space between allowed), or null.</param>
    /// <param name="suffix">Text that must start just after the occurrence (one space between allowed), or null.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public static QuoteMatch Find(
        SourceDocument document,
        string quote,
        string? prefix,
        string? suffix,
        CancellationToken cancellationToken = default) =>
        FindNormalized(document, QuoteNormalizer.Normalize(quote), prefix, suffix, cancellationToken);

    /// <summary>As <see cref="Find"/>, for a quote the caller has already put through <see cref="QuoteNormalizer.Normalize"/>.</summary>
    public static QuoteMatch FindNormalized(
        SourceDocument document,
        string normalizedQuote,
        string? prefix,
        string? suffix,
        CancellationToken cancellationToken = default) =>
        FindNormalized(document, normalizedQuote, prefix, suffix, budget: null, cancellationToken);

    /// <summary>
    /// As <see cref="Find"/>, for a quote already in normalised form; the closest passage of a quote that is not found
    /// is looked for only while <paramref name="budget"/> (null: no limit) allows.
    /// </summary>
    public static QuoteMatch FindNormalized(
        SourceDocument document,
        string normalizedQuote,
        string? prefix,
        string? suffix,
        ClosestPassageBudget? budget,
        CancellationToken cancellationToken = default)
    {
        if (normalizedQuote.Length == 0)
        {
            return QuoteMatch.Empty;
        }

        string text = document.Normalized.Value;
        List<int> starts = document.Normalized.FindAll(normalizedQuote, cancellationToken);

        // Only the first few occurrences are placed (a message lists them); the others are only counted, so a quote
        // that occurs a million times costs a list of offsets, not a million located copies of itself.
        var occurrences = new QuoteLocation[System.Math.Min(starts.Count, Syntax.CatalogueLimits.MaxListedOccurrences)];
        for (int i = 0; i < occurrences.Length; i++)
        {
            occurrences[i] = QuoteLocation.FromNormalizedSpan(document, starts[i], normalizedQuote.Length);
        }

        if (starts.Count == 0)
        {
            var closest = ClosestPassageFinder.Find(document, normalizedQuote, budget, cancellationToken, out bool skipped);
            return new QuoteMatch(QuoteMatchKind.NotFound, null, occurrences, closest, 0, skipped);
        }

        if (prefix is null && suffix is null)
        {
            // Without context every occurrence fits: the first is cited.
            return new QuoteMatch(starts.Count == 1 ? QuoteMatchKind.Found : QuoteMatchKind.Ambiguous, occurrences[0], occurrences, null, starts.Count);
        }

        string normalizedPrefix = prefix is null ? string.Empty : QuoteNormalizer.Normalize(prefix);
        string normalizedSuffix = suffix is null ? string.Empty : QuoteNormalizer.Normalize(suffix);
        var fitting = new List<int>();
        for (int i = 0; i < starts.Count; i++)
        {
            if (EndsWithAt(text, starts[i], normalizedPrefix)
                && StartsWithAt(text, starts[i] + normalizedQuote.Length, normalizedSuffix))
            {
                fitting.Add(i);
            }
        }

        if (fitting.Count == 0)
        {
            // The hint is the passage most like the quote in its context, which shows how the context differs.
            string inContext = string.Join(" ", normalizedPrefix, normalizedQuote, normalizedSuffix).Trim(' ');
            // A caller with a budget (the resolver) reports where the quote itself is, not this hint: no search then.
            var closest = budget is null ? ClosestPassageFinder.Find(document, inContext, cancellationToken) : null;
            return new QuoteMatch(QuoteMatchKind.ContextNotFound, null, occurrences, closest, starts.Count);
        }

        var kind = fitting.Count == 1 ? QuoteMatchKind.Found : QuoteMatchKind.Ambiguous;
        QuoteLocation cited = fitting[0] < occurrences.Length
            ? occurrences[fitting[0]]
            : QuoteLocation.FromNormalizedSpan(document, starts[fitting[0]], normalizedQuote.Length);
        return new QuoteMatch(kind, cited, occurrences, null, starts.Count);
    }

    /// <summary>Whether <paramref name="value"/> ends at <paramref name="end"/>, or one space before it.</summary>
    private static bool EndsWithAt(string text, int end, string value)
    {
        return value.Length == 0
            || EndsExactlyAt(text, end, value)
            || (end > 0 && text[end - 1] == ' ' && EndsExactlyAt(text, end - 1, value));

        static bool EndsExactlyAt(string text, int end, string value) =>
            end >= value.Length && string.CompareOrdinal(text, end - value.Length, value, 0, value.Length) == 0;
    }

    /// <summary>Whether <paramref name="value"/> starts at <paramref name="start"/>, or one space after it.</summary>
    private static bool StartsWithAt(string text, int start, string value)
    {
        return value.Length == 0
            || StartsExactlyAt(text, start, value)
            || (start < text.Length && text[start] == ' ' && StartsExactlyAt(text, start + 1, value));

        static bool StartsExactlyAt(string text, int start, string value) =>
            text.Length - start >= value.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;
    }
}
