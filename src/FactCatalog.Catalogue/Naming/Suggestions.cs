using System.Collections.Generic;

namespace FactCatalog.Catalogue.Naming;

/// <summary>"Did you mean ...?" for unknown keys, sources and ids, by the same rule as the runtime's <c>Facts.Get</c>.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="input"/>, or null when none is close enough to suggest.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates) =>
        global::FactCatalog.EditDistance.Closest(candidates, input);

    /// <summary>"; did you mean 'x'?" or an empty string, to append to a message.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;
}
