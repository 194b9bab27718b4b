using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>The doc-comment text of claims and facts: what a tooltip shows about who said what, where.</summary>
public sealed class CitationText
{
    private readonly Dictionary<string, SourceMetadata> _sources;

    /// <summary>Uses <paramref name="sources"/> to name the source of each claim.</summary>
    public CitationText(IEnumerable<SourceMetadata> sources) =>
        _sources = sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());

    /// <summary>"about 10,000 troops, claimed by the Pentagon", escaped.</summary>
    public static string ValueAndClaimant(ResolvedFact fact, ResolvedClaim claim) =>
        DocComment.Text(ValueCode.Describe(fact.Type, claim.Value, claim.Bound, claim.Unit)) + ", claimed by " + DocComment.Text(claim.Claimant);

    /// <summary>The quote as the source writes it, in typographic quotes and escaped; a note when it was not found.</summary>
    public static string Quote(ResolvedClaim claim) =>
        claim.Citation is { } citation ? DocComment.Quote(citation.Quote) : DocComment.Text("(quote not found in its source)");

    /// <summary>
    /// The short citation, escaped: outlet (container title, else publisher, else title, else id), date of
    /// issue, file and line; or why there is none.
    /// </summary>
    public string Short(ResolvedClaim claim)
    {
        if (!_sources.TryGetValue(claim.SourceId, out SourceMetadata? source))
        {
            return DocComment.Text($"Unknown source '{claim.SourceId}'");
        }
        var parts = new List<string> { source.ContainerTitle ?? source.Publisher ?? source.Title ?? source.Id };
        if (source.Issued is not null)
        {
            parts.Add(source.Issued);
        }
        parts.Add(claim.Citation is { } citation
            ? source.File + " line " + citation.Line.ToString(CultureInfo.InvariantCulture)
            : source.File + " (quote not found in it)");
        return DocComment.Text(string.Join(", ", parts));
    }

    /// <summary>Everything about a claim beyond its value and citation (id, date, rank, derivation, note), escaped; empty when there is nothing.</summary>
    public static string Details(ResolvedFact fact, ResolvedClaim claim)
    {
        var parts = new List<string> { "Claim " + DocComment.Code(claim.Id) + " of fact " + DocComment.Code(fact.Id) + "." };
        if (claim.AsOf is not null)
        {
            parts.Add("As of " + DocComment.Text(claim.AsOf) + ".");
        }
        if (claim.Rank == ClaimRank.Deprecated)
        {
            parts.Add("Deprecated: " + DocComment.Text(Sentence(claim.Reason ?? "no reason given")));
        }
        else if (claim.Rank == ClaimRank.Preferred)
        {
            parts.Add("Preferred by the catalogue.");
        }
        if (claim.Derived)
        {
            parts.Add("Derived: the quote does not state the value in so many words.");
        }
        if (claim.Citation is null)
        {
            parts.Add("The quote was not found in its source, so the claim does not count.");
        }
        if (claim.Note is not null)
        {
            parts.Add("Note: " + DocComment.Text(claim.Note));
        }
        return string.Join(" ", parts);
    }

    /// <summary>The text with a full stop, unless it already ends a sentence.</summary>
    public static string Sentence(string text)
    {
        string trimmed = text.TrimEnd();
        return trimmed.EndsWith(".", System.StringComparison.Ordinal) || trimmed.EndsWith("!", System.StringComparison.Ordinal)
            || trimmed.EndsWith("?", System.StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
