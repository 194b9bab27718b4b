using System.Collections.Generic;
using System.Linq;
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
        lines.Add("## How to read this").Add();
        foreach (LegendEntry entry in briefing.Legend)
        {
            lines.Add("- **" + Markdown.Escape(entry.Term) + "**: " + Markdown.Escape(entry.Meaning));
        }
        lines.Add().Add("## Headline").Add();
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
        lines.Add().Add("## Who said what");
        foreach (ActorSection actor in briefing.WhoSaidWhat)
        {
            lines.Add().Add("### " + Markdown.Escape(actor.Actor)).Add();
            foreach (StatementEntry statement in actor.Statements)
            {
                lines.Add("- " + Markdown.Escape(statement.Question) + " " + Markdown.Code(statement.FactId) + ": **"
                    + Markdown.Escape(statement.Claim.Value) + "** — " + Markdown.Escape(statement.Claim.Citation) + Marks(statement.Claim));
                if (statement.Denied.Count > 0)
                {
                    lines.Add("  - Beside the claims it denies:");
                    foreach (ClaimEntry denied in statement.Denied)
                    {
                        lines.Add("    - " + Markdown.Escape(denied.Value) + " — " + Markdown.Escape(denied.Claimant) + "; "
                            + Markdown.Escape(denied.Citation) + Marks(denied));
                    }
                }
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
            foreach (string caveat in claim.Claim.Caveats)
            {
                lines.Add("- **Caveat:** " + Markdown.Escape("[" + caveat + "]"));
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
        string status = fact.Status + (fact.Caveat is null ? string.Empty : " " + Markdown.Escape("[" + fact.Caveat + "]"));
        if (fact.Answer is ClaimEntry answer)
        {
            lines.Add(Markdown.Code(fact.Id) + " · " + status + ": **" + Markdown.Escape(answer.Value) + "** — "
                + Markdown.Escape(answer.Claimant) + "; " + Markdown.Escape(answer.Citation) + Marks(answer));
            if (fact.Claims.Count > 0)
            {
                lines.Add().Add("Other claims:");
            }
        }
        else
        {
            lines.Add(Markdown.Code(fact.Id) + " · " + status + ": " + Markdown.Escape(fact.Explanation ?? string.Empty) + ".");
        }
        WriteClaims(lines, fact.Claims);
    }

    /// <summary>The claims side by side in a table; a deprecated claim's reason and the claim's caveats follow its value.</summary>
    private static void WriteClaims(Lines lines, IReadOnlyList<ClaimEntry> claims)
    {
        if (claims.Count == 0)
        {
            return;
        }
        lines.Add().Add("| Value | Claimant | Citation |").Add("|---|---|---|");
        foreach (ClaimEntry claim in claims)
        {
            lines.Add("| " + Markdown.Escape(claim.Value) + Marks(claim) + " | " + Markdown.Escape(claim.Claimant) + " | " + Markdown.Escape(claim.Citation) + " |");
        }
    }

    /// <summary>The deprecation and caveats of a claim, each in brackets, as the text output writes them.</summary>
    private static string Marks(ClaimEntry claim)
    {
        IEnumerable<string> marks = (claim.DeprecatedReason is null ? Enumerable.Empty<string>() : new[] { "deprecated: " + claim.DeprecatedReason })
            .Concat(claim.Caveats);
        return string.Concat(marks.Select(m => " " + Markdown.Escape("[" + m + "]")));
    }
}
