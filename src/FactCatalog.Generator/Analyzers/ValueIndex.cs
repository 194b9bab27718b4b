using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Manifest;

namespace FactCatalog.Generator.Analyzers;

/// <summary>A fact whose value a literal equals: the constant code should use instead, and the id to cite.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Member">The constant: <c>Value</c> when the literal is the fact's value, otherwise the claim's member.</param>
/// <param name="CiteId">The fact id when <paramref name="Member"/> is <c>Value</c>, otherwise <c>fact#claim</c>.</param>
internal sealed record ValueMatch(IndexedFact Fact, string Member, string CiteId)
{
    public bool IsFactValue => CiteId == Fact.Id;
}

/// <summary>
/// The catalogued values a literal in code may repeat, for FC1005: whole numbers (count, year, integer), numbers
/// (number, percent) and text, each from the fact's value and from every claim that counts (not deprecated), of
/// facts that are not unsupported. Only distinctive values are kept: a whole number from -10 to 10, a text shorter
/// than four characters, a boolean or a date would match far too much ordinary code to mean anything.
/// </summary>
internal sealed class ValueIndex
{
    /// <summary>Whole numbers with a magnitude up to this are too common to flag.</summary>
    public const int LargestCommonWholeNumber = 10;

    /// <summary>Texts shorter than this are too common to flag.</summary>
    public const int ShortestDistinctiveText = 4;

    private readonly Dictionary<long, List<ValueMatch>> _wholeNumbers = new();
    private readonly Dictionary<double, List<ValueMatch>> _numbers = new();
    private readonly Dictionary<string, List<ValueMatch>> _texts = new(StringComparer.Ordinal);

    public ValueIndex(IEnumerable<IndexedFact> facts)
    {
        foreach (IndexedFact fact in facts.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (fact.Fact.Status == FactStatus.Unsupported)
            {
                continue;
            }
            // Per value, one match per fact: its Value when that is the value, else the first claim that has it.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (ManifestClaim claim in Answering(fact).Concat(fact.Fact.Claims))
            {
                if (claim.Rank == ClaimRank.Deprecated || claim.Member is null || claim.Value is null || !seen.Add(claim.Value))
                {
                    continue;
                }
                bool isValue = claim.Id == fact.Fact.ValueClaimId;
                Add(fact, claim.Value, isValue ? new ValueMatch(fact, "Value", fact.Id) : new ValueMatch(fact, claim.Member, fact.Id + "#" + claim.Id));
            }
        }
    }

    /// <summary>The facts whose value <paramref name="literal"/> (a constant of a C# literal) equals, ordered by fact id.</summary>
    public IReadOnlyList<ValueMatch> Find(object? literal)
    {
        switch (literal)
        {
            case string text:
                return text.Length >= ShortestDistinctiveText && _texts.TryGetValue(text, out List<ValueMatch>? texts) ? texts : Array.Empty<ValueMatch>();
            case int or long or uint or short or ushort or byte or sbyte:
                return FindWhole(Convert.ToInt64(literal, CultureInfo.InvariantCulture));
            case ulong whole:
                return whole <= long.MaxValue ? FindWhole((long)whole) : Array.Empty<ValueMatch>();
            case double or float or decimal:
                double number = Convert.ToDouble(literal, CultureInfo.InvariantCulture);
                return IsWhole(number, out long asWhole) ? FindWhole(asWhole) : FindNumber(number);
            default:
                return Array.Empty<ValueMatch>();
        }
    }

    private static IEnumerable<ManifestClaim> Answering(IndexedFact fact) =>
        fact.Fact.ValueClaimId is { } id && fact.Claim(id) is { } claim ? new[] { claim } : Array.Empty<ManifestClaim>();

    private IReadOnlyList<ValueMatch> FindWhole(long value)
    {
        if (Math.Abs(value) <= LargestCommonWholeNumber)
        {
            return Array.Empty<ValueMatch>();
        }
        _wholeNumbers.TryGetValue(value, out List<ValueMatch>? whole);
        _numbers.TryGetValue(value, out List<ValueMatch>? number);
        return whole is null ? number ?? (IReadOnlyList<ValueMatch>)Array.Empty<ValueMatch>()
            : number is null ? whole
            : whole.Concat(number).OrderBy(m => m.Fact.Id, StringComparer.Ordinal).ToList();
    }

    private IReadOnlyList<ValueMatch> FindNumber(double value) =>
        _numbers.TryGetValue(value, out List<ValueMatch>? numbers) ? numbers : Array.Empty<ValueMatch>();

    private void Add(IndexedFact fact, string value, ValueMatch match)
    {
        switch (fact.Fact.Type)
        {
            case FactValueType.Count or FactValueType.Year or FactValueType.Integer
                when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole)
                    && Math.Abs(whole) > LargestCommonWholeNumber:
                Append(_wholeNumbers, whole, match);
                break;
            case FactValueType.Number or FactValueType.Percent
                when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                    && (!IsWhole(number, out long asWhole) || Math.Abs(asWhole) > LargestCommonWholeNumber):
                Append(_numbers, number, match);
                break;
            case FactValueType.Text when value.Length >= ShortestDistinctiveText:
                Append(_texts, value, match);
                break;
        }
    }

    private static bool IsWhole(double number, out long whole)
    {
        whole = 0;
        if (Math.Abs(number) >= 9e15 || Math.Floor(number) != number)
        {
            return false;
        }
        whole = (long)number;
        return true;
    }

    private static void Append<TKey>(Dictionary<TKey, List<ValueMatch>> index, TKey key, ValueMatch match)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out List<ValueMatch>? matches))
        {
            index.Add(key, matches = new List<ValueMatch>());
        }
        matches.Add(match);
    }
}
