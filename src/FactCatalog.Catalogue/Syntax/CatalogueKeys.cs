using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Every key the fact and source formats know, in one table. The parsers use it to report unknown keys
/// (with the closest known one), and a test keeps <c>schema/*.schema.json</c> in step with it.
/// </summary>
public static class CatalogueKeys
{
    /// <summary>Top-level keys of a <c>*.facts.yaml</c> file.</summary>
    public static readonly ImmutableArray<string> FactFile = ImmutableArray.Create("group", "facts");

    /// <summary>Keys of one fact (an entry under <c>facts:</c>).</summary>
    public static readonly ImmutableArray<string> Fact = ImmutableArray.Create(
        "statement", "type", "unit", "tags", "preferred", "claims", "name", "note");

    /// <summary>Keys of one claim (an entry under a fact's <c>claims:</c>).</summary>
    public static readonly ImmutableArray<string> Claim = ImmutableArray.Create(
        "value", "bound", "claimant", "source", "quote", "prefix", "suffix", "as-of",
        "rank", "reason", "derived", "unit", "name", "note", "stance", "year-from", "curator-note");

    /// <summary>Top-level keys of <c>sources.yaml</c>.</summary>
    public static readonly ImmutableArray<string> SourcesFile = ImmutableArray.Create("sources");

    /// <summary>Keys of one source (an entry under <c>sources:</c>), a CSL-JSON-like subset.</summary>
    public static readonly ImmutableArray<string> Source = ImmutableArray.Create(
        "file", "name", "type", "title", "container-title", "publisher", "author", "issued",
        "language", "translation", "url", "note", "original-title", "original-publisher", "original-date");

    /// <summary>Value types a fact may declare in <c>type:</c>.</summary>
    public static readonly ImmutableArray<string> ValueTypes = ImmutableArray.Create(
        "count", "integer", "number", "percent", "date", "year", "text", "boolean");

    /// <summary>Values of a claim's <c>bound:</c>.</summary>
    public static readonly ImmutableArray<string> Bounds = ImmutableArray.Create(
        "exact", "about", "at-least", "at-most", "more-than");

    /// <summary>Values of a claim's <c>rank:</c>.</summary>
    public static readonly ImmutableArray<string> Ranks = ImmutableArray.Create("preferred", "normal", "deprecated");

    /// <summary>Values of a claim's <c>stance:</c>.</summary>
    public static readonly ImmutableArray<string> Stances = ImmutableArray.Create("asserts", "denies", "declines");

    /// <summary>Values of a claim's <c>year-from:</c>: the source dates a year may be taken from.</summary>
    public static readonly ImmutableArray<string> YearSources = ImmutableArray.Create("issued", "original-date");

    /// <summary>Values of a source's <c>translation:</c>.</summary>
    public static readonly ImmutableArray<string> Translations = ImmutableArray.Create("none", "human", "machine");

    /// <summary>Every mapping key above, by itself.</summary>
    private static readonly Dictionary<string, string> Keys = CreateKeys();

    /// <summary>
    /// The table's own instance of a known key, or <paramref name="key"/> itself. A file repeats its keys
    /// thousands of times: sharing one string per key lets the parser's copies be collected at once, and lets
    /// key lookups match by reference.
    /// </summary>
    internal static string Shared(string key) => Keys.TryGetValue(key, out string? shared) ? shared : key;

    /// <summary>The known key written at <c>text[start..start+length)</c>, or null; no string is made to look it up.</summary>
    internal static string? Find(string text, int start, int length)
    {
        if (length >= KeysByLength.Length)
        {
            return null;
        }
        foreach (string key in KeysByLength[length])
        {
            if (string.CompareOrdinal(text, start, key, 0, length) == 0)
            {
                return key;
            }
        }
        return null;
    }

    /// <summary>The keys above grouped by length, for <see cref="Find"/>.</summary>
    private static readonly string[][] KeysByLength = GroupByLength();

    private static string[][] GroupByLength()
    {
        int longest = 0;
        foreach (string key in Keys.Keys)
        {
            longest = Math.Max(longest, key.Length);
        }
        var groups = new List<string>[longest + 1];
        foreach (string key in Keys.Keys)
        {
            (groups[key.Length] ??= new List<string>()).Add(key);
        }
        var result = new string[longest + 1][];
        for (int length = 0; length <= longest; length++)
        {
            result[length] = groups[length]?.ToArray() ?? Array.Empty<string>();
        }
        return result;
    }

    private static Dictionary<string, string> CreateKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ImmutableArray<string> table in new[] { FactFile, Fact, Claim, SourcesFile, Source })
        {
            foreach (string key in table)
            {
                keys[key] = key;
            }
        }
        return keys;
    }
}
