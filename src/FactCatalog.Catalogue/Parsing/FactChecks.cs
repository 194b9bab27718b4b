using System.Collections.Generic;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Catalogue.Syntax;

namespace FactCatalog.Catalogue.Parsing;

/// <summary>
/// Checks that need all the claims of one fact at once: one value type (FC0015), one unit (FC0015),
/// distinct C# member names (FC0010) and a consistent preference (FC0013).
/// </summary>
internal static class FactChecks
{
    /// <summary>
    /// Without a declared type, the claims' values decide it: whole numbers widen to number when
    /// mixed with decimals; any other mix is FC0015.
    /// </summary>
    public static FactValueType? UnifyInferredKinds(NodeReader reader, string factId, List<ParsedClaim> claims)
    {
        FactValueType? unified = null;
        ParsedClaim? first = null;
        foreach (ParsedClaim claim in claims)
        {
            FactValueType kind = claim.Value.Kind;
            if (unified is null)
            {
                unified = kind;
                first = claim;
                continue;
            }
            if (unified == kind)
            {
                continue;
            }
            if (IsNumeric(unified.Value) && IsNumeric(kind))
            {
                unified = Wider(unified.Value, kind);
                continue;
            }
            reader.Report(CatalogueDiagnostics.MixedValueKinds, claim.ValueAt.In(reader.Path),
                $"Claims of fact '{factId}' have values of different types: '{first!.Id.Value}' is {ValueParser.KindWord(first.Value.Kind)}, '{claim.Id.Value}' is {ValueParser.KindWord(kind)}; declare 'type:' on the fact and make every value fit it");
            return unified;
        }
        if (unified is not null && unified != FactValueType.Count && IsNumeric(unified.Value))
        {
            // Re-type every claim to the widened kind so equal values compare equal.
            for (int i = 0; i < claims.Count; i++)
            {
                FactValue value = claims[i].Value;
                claims[i] = claims[i] with { Value = new FactValue(unified.Value, value.Text) };
            }
        }
        return unified;
    }

    private static bool IsNumeric(FactValueType kind) => kind is FactValueType.Count or FactValueType.Integer or FactValueType.Number;

    private static FactValueType Wider(FactValueType a, FactValueType b) =>
        a == FactValueType.Number || b == FactValueType.Number ? FactValueType.Number : FactValueType.Integer;

    /// <summary>One unit per fact: a claim may restate the fact's unit but not change it (FC0015).</summary>
    public static void CheckUnits(NodeReader reader, string factId, string? factUnit, List<ParsedClaim> claims)
    {
        string? expected = factUnit;
        ParsedClaim? setter = null;
        foreach (ParsedClaim claim in claims)
        {
            string? unit = claim.Unit ?? factUnit;
            if (unit is null)
            {
                continue;
            }
            if (expected is null)
            {
                expected = unit;
                setter = claim;
                continue;
            }
            if (unit != expected)
            {
                string other = setter is null ? $"the fact's unit is '{expected}'" : $"'{setter.Id.Value}' is in '{expected}'";
                reader.Report(CatalogueDiagnostics.MixedValueKinds, claim.ValueAt.In(reader.Path),
                    $"Claims of fact '{factId}' have different units: {other}, '{claim.Id.Value}' is in '{unit}'; convert the value to one unit (and mark it derived: true)");
                return;
            }
        }
        if (factUnit is null && setter is not null && FirstWithoutUnit(claims) is { } missing)
        {
            reader.Report(CatalogueDiagnostics.MixedValueKinds, missing.ValueAt.In(reader.Path),
                $"Claims of fact '{factId}' have different units: '{setter.Id.Value}' is in '{expected}', '{missing.Id.Value}' has none; set 'unit:' on the fact instead");
        }
    }

    private static ParsedClaim? FirstWithoutUnit(List<ParsedClaim> claims)
    {
        foreach (ParsedClaim claim in claims)
        {
            if (claim.Unit is null)
            {
                return claim;
            }
        }
        return null;
    }

    /// <summary>
    /// Claim members share a class with Id, Value and Fact, and must differ from the class name and each
    /// other (FC0010). A clashing claim is reported and left out, so the generated class stays valid.
    /// </summary>
    public static List<ParsedClaim> CheckClaimIdentifiers(NodeReader reader, string factId, string factIdentifier, List<ParsedClaim> claims)
    {
        // The claims kept so far hold the names taken; most facts have a few, so they are scanned, not hashed.
        Dictionary<string, ParsedClaim>? taken = claims.Count > 8 ? new Dictionary<string, ParsedClaim>(System.StringComparer.Ordinal) : null;
        var kept = new List<ParsedClaim>(claims.Count);
        for (int i = 0; i < claims.Count; i++)
        {
            ParsedClaim claim = claims[i];
            LocationInfo at = claim.Name?.Location ?? claim.Id.Location;
            string? clash = null;
            if (GeneratedMemberNames.OfFact.Contains(claim.Identifier) || GeneratedMemberNames.FactReaders.Contains(claim.Identifier)
                || claim.Identifier == factIdentifier)
            {
                clash = claim.Identifier == factIdentifier ? "the fact's own class" : $"the generated member '{claim.Identifier}'";
            }
            else if (FindTaken(claim.Identifier, kept, taken) is { } other)
            {
                clash = $"claim '{other.Id.Value}'";
            }
            if (clash is not null)
            {
                reader.Report(CatalogueDiagnostics.IdentifierConflict, at,
                    $"Claim '{claim.Id.Value}' of fact '{factId}' becomes the C# name '{claim.Identifier}', which {clash} already uses; give the claim a 'name:' or rename it");
                continue;
            }
            taken?.Add(claim.Identifier, claim);
            kept.Add(claim);
        }
        return kept;
    }

    private static ParsedClaim? FindTaken(string identifier, List<ParsedClaim> kept, Dictionary<string, ParsedClaim>? taken)
    {
        if (taken is not null)
        {
            return taken.TryGetValue(identifier, out ParsedClaim? other) ? other : null;
        }
        foreach (ParsedClaim claim in kept)
        {
            if (claim.Identifier == identifier)
            {
                return claim;
            }
        }
        return null;
    }

    /// <summary>
    /// <c>preferred</c> must name a claim that is not deprecated; a claim ranked preferred counts as the
    /// fact's preferred claim, and two preferences must not disagree (FC0013). A preferred claim that is
    /// written but was left out for its own error is not reported again.
    /// </summary>
    public static void CheckRanks(
        NodeReader reader, string factId, SpannedText? preferred, List<ParsedClaim> claims, List<(SpannedText Id, YamlNode Value)> writtenClaims)
    {
        if (preferred is not null)
        {
            ParsedClaim? named = null;
            foreach (ParsedClaim claim in claims)
            {
                if (claim.Id.Value == preferred.Value)
                {
                    named = claim;
                    break;
                }
            }
            if (named is null && !IsWritten(writtenClaims, preferred.Value))
            {
                reader.Report(CatalogueDiagnostics.RankProblem, preferred.Location,
                    $"Fact '{factId}' prefers claim '{preferred.Value}', which it does not have; name one of its claims: {string.Join(", ", claims.Select(c => c.Id.Value))}{Closest(preferred.Value, claims)}");
            }
            else if (named?.Rank == ClaimRank.Deprecated)
            {
                reader.Report(CatalogueDiagnostics.RankProblem, preferred.Location,
                    $"Fact '{factId}' prefers claim '{preferred.Value}', which is deprecated; prefer a claim that is not, or remove 'preferred'");
            }
        }
        ParsedClaim? firstRankedPreferred = null;
        foreach (ParsedClaim claim in claims)
        {
            if (claim.Rank != ClaimRank.Preferred)
            {
                continue;
            }
            firstRankedPreferred ??= claim;
            if (preferred is not null && claim.Id.Value != preferred.Value)
            {
                reader.Report(CatalogueDiagnostics.RankProblem, claim.RankAt.In(reader.Path),
                    $"Claim '{claim.Id.Value}' is ranked preferred but fact '{factId}' prefers '{preferred.Value}'; keep one preference");
            }
            else if (preferred is null && claim != firstRankedPreferred)
            {
                reader.Report(CatalogueDiagnostics.RankProblem, claim.RankAt.In(reader.Path),
                    $"Claims '{firstRankedPreferred.Id.Value}' and '{claim.Id.Value}' of fact '{factId}' are both ranked preferred; prefer one");
            }
        }
    }

    private static bool IsWritten(List<(SpannedText Id, YamlNode Value)> writtenClaims, string id)
    {
        foreach ((SpannedText written, _) in writtenClaims)
        {
            if (written.Value == id)
            {
                return true;
            }
        }
        return false;
    }

    private static string Closest(string preferred, List<ParsedClaim> claims) =>
        Suggestions.Closest(preferred, claims.Select(c => c.Id.Value)) is { } closest ? $" (did you mean '{closest}'?)" : string.Empty;
}
