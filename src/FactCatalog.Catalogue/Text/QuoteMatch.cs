using System;
using System.Collections.Generic;

namespace FactCatalog.Catalogue.Text;

/// <summary>What looking for a quote in its source found: enough to cite it, or to say why it cannot be cited.</summary>
internal sealed class QuoteMatch
{
    public QuoteMatch(
        QuoteMatchKind kind,
        QuoteLocation? location,
        IReadOnlyList<QuoteLocation> occurrences,
        ClosestPassage? closest)
    {
        Kind = kind;
        Location = location;
        Occurrences = occurrences;
        Closest = closest;
    }

    public QuoteMatchKind Kind { get; }

    /// <summary>
    /// The cited occurrence when <see cref="QuoteMatchKind.Found"/>; when <see cref="QuoteMatchKind.Ambiguous"/>,
    /// the first occurrence that fits; otherwise null.
    /// </summary>
    public QuoteLocation? Location { get; }

    /// <summary>Every occurrence of the quote, prefix and suffix aside, in document order.</summary>
    public IReadOnlyList<QuoteLocation> Occurrences { get; }

    /// <summary>How often the quote occurs, prefix and suffix aside; overlapping occurrences count.</summary>
    public int OccurrenceCount => Occurrences.Count;

    /// <summary>The passage most like the quote, only when <see cref="QuoteMatchKind.NotFound"/> or <see cref="QuoteMatchKind.ContextNotFound"/>.</summary>
    public ClosestPassage? Closest { get; }

    /// <summary>A quote that normalises to nothing matches nothing, and nothing is like it.</summary>
    public static QuoteMatch Empty { get; } =
        new(QuoteMatchKind.NotFound, null, Array.Empty<QuoteLocation>(), null);
}
