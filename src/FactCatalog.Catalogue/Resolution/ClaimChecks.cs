using System.Collections.Generic;
using System.Globalization;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Validation;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>
/// The checks of a claim's provenance that need its source: a year taken from the source's date (FC0031), a
/// stance that does not fit the value or the rank (FC0030), and a derived value the curator does not explain
/// (FC0032). Reported from resolution, since <c>year-from</c> reads the source's metadata.
/// </summary>
public static class ClaimChecks
{
    /// <summary>The year of a date or year value, or null for other types.</summary>
    public static int? YearOf(FactValue value) => value.Kind switch
    {
        FactValueType.Year => (int)value.AsInteger(),
        FactValueType.Date => int.Parse(value.Text.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>
    /// True when the quote writes the year of a date or year value itself (its four digits, or a numeric date
    /// holding them); false when the year must come from elsewhere (a month "this year", "last month").
    /// </summary>
    public static bool QuoteStatesYear(FactValue value, string quote) =>
        YearOf(value) is not { } year || ValueMentions.IsIntegerStated(year, Text.QuoteNormalizer.Normalize(quote));

    /// <summary>The source date <paramref name="yearFrom"/> names (<c>issued</c> or <c>original-date</c>), or null.</summary>
    public static string? SourceDate(SourceMetadata source, string yearFrom) =>
        yearFrom == "original-date" ? source.OriginalDate : source.Issued;

    internal static void Check(string path, ParsedFact fact, ParsedClaim claim, SourceSet sources, List<DiagnosticInfo> diagnostics)
    {
        if (claim.YearFrom is { } yearFrom)
        {
            CheckYearFrom(path, fact, claim, yearFrom, sources, diagnostics);
        }
        if (claim.Stance == ClaimStance.Denies && claim.Value.Kind == FactValueType.Boolean && claim.Value.Text == "true")
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.StanceProblem, claim.ValueAt.In(path),
                $"Claim '{claim.Id.Value}' of fact '{fact.Id.Value}' denies, but its value is true; a claim's value is the claimant's answer, so a denial of a yes/no question is 'false' (or the claim asserts, and the stance is 'asserts')"));
        }
        if (claim.Stance == ClaimStance.Declines && (claim.Rank == ClaimRank.Preferred || fact.Preferred?.Value == claim.Id.Value))
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.StanceProblem, claim.StanceAt.In(path),
                $"Claim '{claim.Id.Value}' of fact '{fact.Id.Value}' is preferred but declines to answer; a claim that declines never counts, so it cannot answer the fact: prefer a claim that asserts or denies"));
        }
        if (claim.Derived && claim.CuratorNote is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.DerivedWithoutCuratorNote, claim.DerivedAt.In(path), claim.Id.Value));
        }
    }

    private static void CheckYearFrom(string path, ParsedFact fact, ParsedClaim claim, string yearFrom, SourceSet sources, List<DiagnosticInfo> diagnostics)
    {
        if (YearOf(claim.Value) is not { } year)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.YearFromProblem, claim.YearFromAt.In(path),
                $"Claim '{claim.Id.Value}' of fact '{fact.Id.Value}' has 'year-from', but its value is not a date or a year; remove 'year-from'"));
            return;
        }
        if (sources.Find(claim.Source) is not { } source)
        {
            return; // FC0005 says the source is unknown.
        }
        string? date = SourceDate(source.Model, yearFrom);
        if (date is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.YearFromProblem, claim.YearFromAt.In(path),
                $"Claim '{claim.Id.Value}' takes its year from the '{yearFrom}' date of source '{claim.Source}', which has none; give the source its '{yearFrom}' if the text states it, or mark the claim 'derived: true' with a 'curator-note' saying where the year comes from"));
            return;
        }
        int sourceYear = int.Parse(date.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture);
        if (sourceYear != year)
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.YearFromProblem, claim.ValueAt.In(path),
                $"Claim '{claim.Id.Value}' takes its year from the '{yearFrom}' date of source '{claim.Source}' ({date}), but its value is in {year.ToString(CultureInfo.InvariantCulture)}; correct the value, or mark the claim 'derived: true' with a 'curator-note' if the year comes from elsewhere"));
        }
    }
}
