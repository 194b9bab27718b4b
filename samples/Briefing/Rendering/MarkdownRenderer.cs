using System.Collections.Generic;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>Writes the briefing and single facts as Markdown: headings, tables of claims, quotes as block quotes.</summary>
internal static class MarkdownRenderer
{
    public static string Render(BriefingDocument briefing)
    {
        var lines = new Lines();
        lines.Add("# " + Markdown.Escape(briefing.Title)).Add();
        lines.Add(Markdown.Escape(briefing.Summary)).Add();
        lines.Add("## Headline").Add();
        foreach (string line in briefing.Headline)
        {
            lines.Add("- " + Markdown.Escape(line));
        }
        foreach (TopicSection topic in briefing.Topics)
        {
            lines.Add().Add("## " + Markdown.Escape(topic.Title));
            foreach (FactEntry fact in topic.Facts)
            {
                lines.Add();
                WriteFact(lines, fact);
            }
        }
        return lines.ToString();
    }

    public static string Render(FactDetail fact)
    {
        var lines = new Lines();
        lines.Add("# " + Markdown.Escape(fact.Statement)).Add();
        lines.Add("- **Fact:** " + Markdown.Code(fact.Id) + " (" + Markdown.Escape(fact.Kind) + ")");
        if (fact.Tags.Count > 0)
        {
            lines.Add("- **Tags:** " + Markdown.Escape(string.Join(", ", fact.Tags)));
        }
        lines.Add("- **Status:** " + Markdown.Escape(fact.Status));
        lines.Add().Add("## Claims");
        foreach (ClaimDetail claim in fact.Claims)
        {
            lines.Add();
            lines.Add("### " + Markdown.Code(claim.Claim.Id) + ": " + Markdown.Escape(claim.Claim.Value)
                + (claim.Rank is null ? string.Empty : " (" + claim.Rank + ")")).Add();
            lines.Add("- **Claimant:** " + Markdown.Escape(claim.Claim.Claimant));
            lines.Add("- **Citation:** " + Markdown.Escape(claim.Claim.Citation));
            if (claim.Source is not null)
            {
                lines.Add("- **Source:** " + Markdown.Escape(claim.Source));
            }
            if (claim.Claim.DeprecatedReason is not null)
            {
                lines.Add("- **Deprecated:** " + Markdown.Escape(claim.Claim.DeprecatedReason));
            }
            if (claim.Note is not null)
            {
                lines.Add("- **Note:** " + Markdown.Escape(claim.Note));
            }
            QuoteInContext context = claim.Context;
            lines.Add();
            lines.Add("> " + Markdown.Escape(context.Before) + "**" + Markdown.Escape(context.Quote) + "**" + Markdown.Escape(context.After)
                + (context.Found ? string.Empty : " *(the source text is not available)*"));
        }
        return lines.ToString();
    }

    private static void WriteFact(Lines lines, FactEntry fact)
    {
        lines.Add("### " + Markdown.Escape(fact.Statement)).Add();
        if (fact.Answer is ClaimEntry answer)
        {
            lines.Add(Markdown.Code(fact.Id) + " · " + fact.Status + ": **" + Markdown.Escape(answer.Value) + "** — "
                + Markdown.Escape(answer.Claimant) + "; " + Markdown.Escape(answer.Citation));
            if (fact.Claims.Count > 0)
            {
                lines.Add().Add("Other claims:");
            }
        }
        else
        {
            lines.Add(Markdown.Code(fact.Id) + " · " + fact.Status + ": " + Markdown.Escape(fact.Explanation ?? string.Empty) + ".");
        }
        WriteClaims(lines, fact.Claims);
    }

    /// <summary>The claims side by side in a table; a deprecated claim's reason follows its value.</summary>
    private static void WriteClaims(Lines lines, IReadOnlyList<ClaimEntry> claims)
    {
        if (claims.Count == 0)
        {
            return;
        }
        lines.Add().Add("| Value | Claimant | Citation |").Add("|---|---|---|");
        foreach (ClaimEntry claim in claims)
        {
            string value = Markdown.Escape(claim.Value)
                + (claim.DeprecatedReason is null ? string.Empty : " " + Markdown.Escape("[deprecated: " + claim.DeprecatedReason + "]"));
            lines.Add("| " + value + " | " + Markdown.Escape(claim.Claimant) + " | " + Markdown.Escape(claim.Citation) + " |");
        }
    }
}
