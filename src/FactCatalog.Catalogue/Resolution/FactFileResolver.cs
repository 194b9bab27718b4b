using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>
/// Stage 2 for one fact file: checks every claim against its source (FC0005), finds its quote in the
/// document (FC0007, FC0008), checks the quote states the value (FC0009), and derives each fact's status
/// (FC0012 for disputed facts).
/// </summary>
public static class FactFileResolver
{
    /// <summary>Resolves <paramref name="file"/> against <paramref name="sources"/>.</summary>
    public static ResolvedFactFile Resolve(ParsedFactFile file, SourceSet sources, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
        var facts = ImmutableArray.CreateBuilder<ResolvedFact>(file.Facts.Count);
        var locations = ImmutableArray.CreateBuilder<LocationInfo>(file.Facts.Count);
        var budget = new ClosestPassageBudget();
        foreach (ParsedFact fact in file.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claims = ImmutableArray.CreateBuilder<ResolvedClaim>(fact.Claims.Count);
            foreach (ParsedClaim claim in fact.Claims)
            {
                cancellationToken.ThrowIfCancellationRequested();
                claims.Add(ResolveClaim(file.Path, fact, claim, sources, budget, diagnostics, cancellationToken));
            }
            FactStatusResult status = FactStatusRules.Derive(fact, claims);
            if (status.Status == FactStatus.Disputed)
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.FactDisputed, fact.Id.Location,
                    fact.Id.Value, string.Join(", ", status.Disagreeing.Select(c => $"'{c.Id}' ({c.Value.Text})"))));
            }
            facts.Add(new ResolvedFact
            {
                Id = fact.Id.Value,
                Identifier = fact.Identifier,
                Statement = fact.Statement,
                Type = fact.Type,
                Unit = fact.Unit,
                Tags = fact.Tags,
                Status = status.Status,
                ValueClaimId = status.Answering?.Id,
                Note = fact.Note,
                Claims = claims.MoveToImmutable().ToEquatableArray(),
            });
            locations.Add(fact.Id.Location);
        }
        return new ResolvedFactFile(file.Path, file.Group, facts.MoveToImmutable().ToEquatableArray(),
            locations.MoveToImmutable().ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static ResolvedClaim ResolveClaim(
        string path, ParsedFact fact, ParsedClaim claim, SourceSet sources, ClosestPassageBudget budget, List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken)
    {
        ResolvedCitation? citation = null;
        string? normalizedQuote = null;
        if (sources.Find(claim.Source) is null)
        {
            if (sources.IsExcused(claim.Source))
            {
                return Model(fact, claim, citation: null);
            }
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.UnknownSource, claim.SourceAt.In(path),
                claim.Id.Value, claim.Source, Suggestions.DidYouMean(claim.Source, sources.Ids)));
        }
        else if (sources.DocumentOf(claim.Source) is { } document)
        {
            normalizedQuote = QuoteNormalizer.Normalize(claim.Quote);
            citation = FindQuote(path, claim, normalizedQuote, document, budget, diagnostics, cancellationToken);
        }

        // Only a quote that was found is worth checking: otherwise FC0007 already says what to fix.
        if (citation is not null && !claim.Derived && !ValueStatement.IsStated(claim.Value, normalizedQuote!))
        {
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.ValueNotInQuote, claim.ValueAt.In(path),
                ValueStatement.Describe(claim.Value, claim.Unit ?? fact.Unit), claim.Id.Value));
        }
        ClaimChecks.Check(path, fact, claim, sources, diagnostics);

        return Model(fact, claim, citation);
    }

    private static ResolvedClaim Model(ParsedFact fact, ParsedClaim claim, ResolvedCitation? citation) => new()
    {
        Id = claim.Id.Value,
        Identifier = claim.Identifier,
        Value = claim.Value,
        Literal = ValueLiterals.Literal(fact.Type, claim.Value),
        Bound = claim.Bound,
        Claimant = claim.Claimant,
        SourceId = claim.Source,
        Rank = claim.Rank,
        Reason = claim.Reason,
        Unit = claim.Unit ?? fact.Unit,
        AsOf = claim.AsOf,
        Derived = claim.Derived,
        Note = claim.Note,
        Stance = claim.Stance,
        YearFrom = claim.YearFrom,
        CuratorNote = claim.CuratorNote,
        Citation = citation,
    };

    private static ResolvedCitation? FindQuote(
        string path, ParsedClaim claim, string normalizedQuote, SourceDocument document, ClosestPassageBudget budget,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        bool refusedBefore = budget.RefusedBy is not null;
        QuoteMatch match = QuoteMatcher.FindNormalized(document, normalizedQuote, claim.Prefix, claim.Suffix, budget, cancellationToken);
        // Said once per fact file, at the first quote that gets no hint; the quotes after it are "not found" and no more.
        string? skippedHint = match.HintSkipped && !refusedBefore
            ? $"; no closest passage is shown: looking for them has spent the limit {budget.RefusedBy} of {Syntax.CatalogueLimits.Format(budget.RefusedLimit)} work units "
                + (budget.RefusedIn.Length == 0 ? "in this fact file" : $"on source '{claim.Source}' in this fact file")
                + ", and quotes not found after this one get none either; copy the words exactly as the source writes them"
            : null;
        string sourceFile = claim.Source;
        switch (match.Kind)
        {
            case QuoteMatchKind.Found:
                return Cite(claim, match.Location!);
            case QuoteMatchKind.Ambiguous:
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.QuoteAmbiguous, claim.QuoteAt.In(path),
                    claim.Id.Value, match.OccurrenceCount.ToString(CultureInfo.InvariantCulture), sourceFile,
                    Positions(match)));
                return Cite(claim, match.Location!);
            case QuoteMatchKind.ContextNotFound:
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.QuoteNotFound, claim.QuoteAt.In(path),
                    claim.Id.Value, sourceFile,
                    $" with the given prefix/suffix (the quote itself is at {Positions(match)}); make 'prefix'/'suffix' the words right before/after the one you mean"));
                return null;
            default:
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.QuoteNotFound, claim.QuoteAt.In(path),
                    claim.Id.Value, sourceFile, skippedHint ?? ClosestHint(match.Closest, normalizedQuote)));
                return null;
        }
    }

    /// <summary>
    /// "4:1, 4:22": line:column of each occurrence, so two on one line stay apart; past
    /// <see cref="Syntax.CatalogueLimits.MaxListedOccurrences"/>, the first ones and how many more there are.
    /// </summary>
    private static string Positions(QuoteMatch match)
    {
        string listed = string.Join(", ", match.Occurrences.Select(o => o.Line.ToString(CultureInfo.InvariantCulture) + ":" + o.Column.ToString(CultureInfo.InvariantCulture)));
        int more = match.OccurrenceCount - match.Occurrences.Count;
        return more > 0 ? $"{listed} and {Syntax.CatalogueLimits.Format(more)} more" : listed;
    }

    private static string ClosestHint(ClosestPassage? closest, string normalizedQuote)
    {
        if (closest is null)
        {
            return "; copy the words exactly as the source writes them";
        }
        if (string.Equals(QuoteNormalizer.Normalize(closest.Text), normalizedQuote, System.StringComparison.OrdinalIgnoreCase))
        {
            // The words are all there; only their letter case differs, which the message should say rather than a percentage.
            return $"; the source has these words at line {closest.Line}, column {closest.Column}, in other letter case: \"{Shorten(closest.Text)}\"; write them with the source's capitals";
        }
        if (PunctuationDifference(QuoteNormalizer.Normalize(closest.Text), normalizedQuote) is { } marks)
        {
            return $"; the source has these words at line {closest.Line}, column {closest.Column}, with other {marks}: \"{Shorten(closest.Text)}\"; write {marks} as the source does";
        }
        // Rounding never makes a passage that differs "100% similar".
        double rounded = System.Math.Round(closest.Similarity * 100, System.MidpointRounding.AwayFromZero);
        string percent = (closest.Similarity < 1 && rounded >= 100 ? 99 : rounded).ToString("0", CultureInfo.InvariantCulture);
        return $"; the closest passage ({percent}% similar) is at line {closest.Line}, column {closest.Column}: \"{Shorten(closest.Text)}\"; copy the words exactly as the source writes them";
    }

    /// <summary>
    /// What alone tells a passage from a quote, both normalised (so curly and straight marks, and any two dashes, are
    /// the same already): quote marks and apostrophes (a <c>"</c> for a <c>'</c>, or one added or left out), dashes
    /// and spacing (<c>--</c> for a dash, <c>10 - 12</c> for <c>10-12</c>), or both; null when the words differ.
    /// </summary>
    internal static string? PunctuationDifference(string passage, string quote)
    {
        if (Strip(passage, quotes: true, dashesAndSpaces: false) == Strip(quote, quotes: true, dashesAndSpaces: false))
        {
            return "quote marks or apostrophes";
        }
        if (Strip(passage, quotes: false, dashesAndSpaces: true) == Strip(quote, quotes: false, dashesAndSpaces: true))
        {
            return "dashes or spacing";
        }
        return Strip(passage, quotes: true, dashesAndSpaces: true) == Strip(quote, quotes: true, dashesAndSpaces: true)
            ? "quote marks, dashes or spacing"
            : null;
    }

    private static string Strip(string text, bool quotes, bool dashesAndSpaces)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            bool drop = (quotes && c is '\'' or '"' or '`' or '\u00B4') || (dashesAndSpaces && (c == '-' || c == ' '));
            if (!drop)
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    private static string Shorten(string text)
    {
        string oneLine = QuoteNormalizer.Normalize(text);
        return oneLine.Length <= 160 ? oneLine : oneLine.Substring(0, 157) + "...";
    }

    private static ResolvedCitation Cite(ParsedClaim claim, QuoteLocation at) =>
        new(claim.Source, at.OriginalText, at.Line, at.Column, at.Offset, at.Length);
}
