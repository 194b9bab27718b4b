using FactCatalog.Catalogue.Model;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Resolution;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Catalogue.Tests;


public class RealCatalogueTests
{
    private static readonly CatalogueResult Result = CatalogueValidator.Validate(RepoFiles.Catalogue(), RepoFiles.Options);

    private static IEnumerable<(ResolvedFact Fact, ResolvedClaim Claim)> Claims() =>
        Result.Model.Groups.SelectMany(g => g.Facts).SelectMany(f => f.Claims.Select(c => (f, c)));

    private static SourceMetadata SourceOf(ResolvedClaim claim) => Result.Model.Sources.Single(s => s.Id == claim.SourceId);

    [Fact]
    public void Real_catalogue_has_no_errors_or_warnings_and_only_disputes_as_infos()
    {
        DiagnosticInfo[] problems = Result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || d.Id != "FC0012").ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));
        Assert.True(Result.Model.Groups.Sum(g => g.Facts.Count) > 50);
        Assert.All(Claims(), p => Assert.NotNull(p.Claim.Citation));
    }

    /// <summary>
    /// A date's year comes from its quote, from its source's own date (<c>year-from</c>, whose year must be the
    /// value's), or from the curator (<c>derived</c>, with a curator note saying so). Checked here independently of
    /// the checker's FC0031, so a date that takes a year from nowhere fails even if the diagnostic were switched off.
    /// </summary>
    [Fact]
    public void Every_date_takes_its_year_from_its_quote_its_sources_date_or_says_it_is_derived()
    {
        var unexplained = new List<string>();
        foreach ((ResolvedFact fact, ResolvedClaim claim) in Claims().Where(p => p.Fact.Type is FactValueType.Date or FactValueType.Year))
        {
            int year = ClaimChecks.YearOf(claim.Value)!.Value;
            if (claim.YearFrom is { } yearFrom)
            {
                string? date = ClaimChecks.SourceDate(SourceOf(claim), yearFrom);
                if (date is null || int.Parse(date.Substring(0, 4), CultureInfo.InvariantCulture) != year)
                {
                    unexplained.Add($"{fact.Id}#{claim.Id}: year-from {yearFrom} gives {date ?? "no date"}, the value is in {year}");
                }
            }
            else if (!claim.Derived && !ClaimChecks.QuoteStatesYear(claim.Value, claim.Citation!.Quote))
            {
                unexplained.Add($"{fact.Id}#{claim.Id}: the quote does not state {year}, and the claim has neither year-from nor derived: true");
            }
            if (claim.Derived && string.IsNullOrWhiteSpace(claim.CuratorNote))
            {
                unexplained.Add($"{fact.Id}#{claim.Id}: derived without a curator note");
            }
        }
        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained));
    }

    /// <summary>Sources that do not date themselves can give no year: every date from them whose quote lacks the year is the curator's.</summary>
    [Fact]
    public void Dates_from_undated_sources_without_a_written_year_are_derived()
    {
        var undated = Claims().Where(p => p.Fact.Type == FactValueType.Date && SourceOf(p.Claim) is { Issued: null, OriginalDate: null }
            && !ClaimChecks.QuoteStatesYear(p.Claim.Value, p.Claim.Citation!.Quote)).ToList();
        Assert.NotEmpty(undated);
        Assert.All(undated, p => Assert.True(p.Claim.Derived, $"{p.Fact.Id}#{p.Claim.Id}"));
    }

    /// <summary>A claimant is a person or body who said or wrote the words, never the curator.</summary>
    [Fact]
    public void No_claim_is_credited_to_the_curator()
    {
        Assert.All(Claims(), p => Assert.DoesNotContain("curator", p.Claim.Claimant, System.StringComparison.OrdinalIgnoreCase));
    }
}
