using System.Collections.Generic;
using System.Linq;
using System.Text;
using Briefing.Model;
using Briefing.Text;
using FactCatalog;

namespace Briefing;

/// <summary>Turns one fact into a <see cref="FactDetail"/>: every claim with its quote shown in the sentence it comes from.</summary>
internal static class FactDetailBuilder
{
    public static FactDetail Build(Fact fact, SourceTexts texts)
    {
        string status = fact.Preferred is Claim answer
            ? fact.Status + ": " + ValueText.Describe(fact, answer) + ", from claim " + answer.Id + "."
            : fact.Status + ": " + BriefingBuilder.Explanation(fact.Status) + ".";
        if (Caveats.Of(fact) is string caveat)
        {
            status += " [" + caveat + "]";
        }
        List<ClaimDetail> claims = fact.Claims
            .Select(c => new ClaimDetail(BriefingBuilder.Entry(fact, c), Rank(fact, c), Describe(c.Citation.Source), Context(c.Citation, texts), c.Note))
            .ToList();
        return new FactDetail(fact.Id, fact.Statement, ValueText.Kind(fact), fact.Tags, status, claims);
    }

    /// <summary>The quote inside its sentence, read from the source text; the quote alone when the text is not there.</summary>
    public static QuoteInContext Context(Citation citation, SourceTexts texts)
    {
        string? text = texts.Find(citation.Source.File);
        int end = citation.Offset + citation.Length;
        if (text is null || end > text.Length || text.Substring(citation.Offset, citation.Length) != citation.Quote)
        {
            return new QuoteInContext(string.Empty, Collapse(citation.Quote), string.Empty, Found: false);
        }

        (int start, int stop) = SentenceFinder.Find(text, citation.Offset, citation.Length);
        return new QuoteInContext(
            Collapse(text.Substring(start, citation.Offset - start)),
            Collapse(citation.Quote),
            Collapse(text.Substring(end, stop - end)),
            Found: true);
    }

    private static string? Rank(Fact fact, Claim claim) =>
        claim.IsDeprecated ? "deprecated"
            : claim.Rank == ClaimRank.Preferred || (fact.Status == FactStatus.Resolved && ReferenceEquals(claim, fact.Preferred)) ? "preferred"
            : null;

    /// <summary>What the short citation leaves out: the title (where the citation names the outlet instead), authors, and whether the text is a translation.</summary>
    private static string? Describe(Source source)
    {
        var parts = new List<string>();
        if (source.Title is not null && (source.ContainerTitle ?? source.Publisher) is not null)
        {
            parts.Add("“" + source.Title + "”");
        }
        if (source.Authors.Count > 0)
        {
            parts.Add("by " + string.Join(", ", source.Authors));
        }
        if (source.Translation != SourceTranslation.None)
        {
            string original = string.Join(", ", new[] { source.OriginalPublisher, source.OriginalDate?.ToString() }.Where(p => p is not null));
            parts.Add((source.Translation == SourceTranslation.Machine ? "machine translation" : "translation")
                + (original.Length == 0 ? string.Empty : " of " + original));
        }
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>Runs of white space, line breaks included, as single spaces.</summary>
    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        if (space)
        {
            builder.Append(' ');
        }
        return builder.ToString();
    }
}
