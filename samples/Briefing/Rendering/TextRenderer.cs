using System.Collections.Generic;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>Writes the briefing and single facts as plain text for a terminal: underlined headings, every line at most 100 columns.</summary>
internal static class TextRenderer
{
    public static string Render(BriefingDocument briefing)
    {
        var lines = new Lines();
        Heading(lines, briefing.Title, '=');
        lines.Add().Wrap(briefing.Summary, string.Empty, string.Empty);
        lines.Add();
        Heading(lines, "How to read this", '-');
        foreach (LegendEntry entry in briefing.Legend)
        {
            lines.Wrap(entry.Term + ": " + entry.Meaning, "- ", "  ");
        }
        lines.Add();
        Heading(lines, "Headline", '-');
        foreach (string line in briefing.Headline)
        {
            lines.Wrap(line, "- ", "  ");
        }
        foreach (TopicSection topic in briefing.Topics)
        {
            lines.Add();
            Heading(lines, topic.Title, '-');
            foreach (FactEntry fact in topic.Facts)
            {
                lines.Add();
                WriteFact(lines, fact);
            }
        }
        lines.Add();
        Heading(lines, "Who said what", '-');
        foreach (ActorSection actor in briefing.WhoSaidWhat)
        {
            lines.Add();
            lines.Wrap(actor.Actor, string.Empty, "  ");
            foreach (StatementEntry statement in actor.Statements)
            {
                lines.Wrap(statement.Question + "  [" + statement.FactId + "]", "- ", "  ");
                WriteClaim(lines, statement.Claim, "    ", withClaimant: false);
                if (statement.Denied.Count > 0)
                {
                    lines.Add("    Beside the claims it denies:");
                    foreach (ClaimEntry denied in statement.Denied)
                    {
                        WriteClaim(lines, denied, "      ", withClaimant: true);
                    }
                }
            }
        }
        return lines.ToString();
    }

    public static string Render(FactDetail fact)
    {
        var lines = new Lines();
        Heading(lines, fact.Statement, '=');
        lines.Add("Fact:    " + fact.Id + " (" + fact.Kind + ")");
        if (fact.Tags.Count > 0)
        {
            lines.Wrap(string.Join(", ", fact.Tags), "Tags:    ", "         ");
        }
        lines.Wrap(fact.Status, "Status:  ", "         ");
        foreach (ClaimDetail claim in fact.Claims)
        {
            lines.Add();
            lines.Wrap(claim.Claim.Id + (claim.Rank is null ? string.Empty : " (" + claim.Rank + ")") + ": " + claim.Claim.Value, string.Empty, "  ");
            lines.Wrap(claim.Claim.Claimant, "  Claimant:   ", "              ");
            lines.Wrap(claim.Claim.Citation, "  Citation:   ", "              ");
            if (claim.Source is not null)
            {
                lines.Wrap(claim.Source, "  Source:     ", "              ");
            }
            QuoteInContext context = claim.Context;
            lines.Wrap(
                context.Found ? context.Before + "»" + context.Quote + "«" + context.After : "»" + context.Quote + "« (the source text is not available)",
                "  In context: ",
                "              ");
            if (claim.Claim.DeprecatedReason is not null)
            {
                lines.Wrap(claim.Claim.DeprecatedReason, "  Deprecated: ", "              ");
            }
            foreach (string caveat in claim.Claim.Caveats)
            {
                lines.Wrap("[" + caveat + "]", "  Caveat:     ", "               ");
            }
            if (claim.Note is not null)
            {
                lines.Wrap(claim.Note, "  Note:       ", "              ");
            }
        }
        return lines.ToString();
    }

    private static void WriteFact(Lines lines, FactEntry fact)
    {
        lines.Wrap(fact.Statement + "  [" + fact.Id + "]", string.Empty, "  ");
        string status = fact.Status + (fact.Caveat is null ? string.Empty : " [" + fact.Caveat + "]");
        if (fact.Answer is ClaimEntry answer)
        {
            lines.Wrap(status + ": " + answer.Value + " — " + answer.Claimant + "; " + answer.Citation, "  ", "    ");
            WriteMarks(lines, answer, "    ");
            if (fact.Claims.Count > 0)
            {
                lines.Add("  Other claims:");
            }
        }
        else
        {
            lines.Wrap(status + ": " + fact.Explanation + ".", "  ", "    ");
        }
        foreach (ClaimEntry claim in fact.Claims)
        {
            WriteClaim(lines, claim, "    ", withClaimant: true);
        }
    }

    /// <summary>One claim on its own wrapped line, then its deprecation and caveats beneath it.</summary>
    private static void WriteClaim(Lines lines, ClaimEntry claim, string indent, bool withClaimant)
    {
        lines.Wrap(claim.Value + " — " + (withClaimant ? claim.Claimant + "; " : string.Empty) + claim.Citation, indent + "- ", indent + "  ");
        WriteMarks(lines, claim, indent + "  ");
    }

    private static void WriteMarks(Lines lines, ClaimEntry claim, string indent)
    {
        var marks = new List<string>();
        if (claim.DeprecatedReason is string reason)
        {
            marks.Add("deprecated: " + reason);
        }
        marks.AddRange(claim.Caveats);
        foreach (string mark in marks)
        {
            lines.Wrap("[" + mark + "]", indent, indent + " ");
        }
    }

    private static void Heading(Lines lines, string title, char underline) =>
        lines.Wrap(title, string.Empty, string.Empty).Add(new string(underline, System.Math.Min(title.Length, Lines.Width)));
}
