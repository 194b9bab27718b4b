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
        ClosestPassage? closest,
        int occurrenceCount = -1,
        bool hintSkipped = false)
    {
        Kind = kind;
        Location = location;
        Occurrences = occurrences;
        Closest = closest;
        OccurrenceCount = occurrenceCount < 0 ? occurrences.Count : occurrenceCount;
        HintSkipped = hintSkipped;
    }

    public QuoteMatchKind Kind { get; }

    /// <summary>
    /// The cited occurrence when <see cref="QuoteMatchKind.Found"/>; when <see cref="QuoteMatchKind.Ambiguous"/>,
    /// the first occurrence that fits; otherwise null.
    /// </summary>
    public QuoteLocation? Location { get; }

    /// <summary>
    /// The first occurrences of the quote (at most <see cref="Syntax.CatalogueLimits.MaxListedOccurrences"/>), prefix and
    /// suffix aside, in document order: what a message lists. <see cref="OccurrenceCount"/> counts them all.
    /// </summary>
    public IReadOnlyList<QuoteLocation> Occurrences { get; }

    /// <summary>How often the quote occurs, prefix and suffix aside; overlapping occurrences count.</summary>
    public int OccurrenceCount { get; }

    /// <summary>True when the quote was not found and its closest passage was not looked for: the search budget was spent.</summary>
    public bool HintSkipped { get; }

    /// <summary>The passage most like the quote, only when <see cref="QuoteMatchKind.NotFound"/> or <see cref="QuoteMatchKind.ContextNotFound"/>.</summary>
    public ClosestPassage? Closest { get; }

    /// <summary>A quote that normalises to nothing matches nothing, and nothing is like it.</summary>
    public static QuoteMatch Empty { get; } =
        new(QuoteMatchKind.NotFound, null, Array.Empty<QuoteLocation>(), null);
}
