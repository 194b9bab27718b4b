using System.Collections.Generic;
using System.Linq;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>Writes the briefing and single facts as plain text for a terminal: underlined headings, aligned columns.</summary>
internal static class TextRenderer
{
    private const string ClaimIndent = "    ";

    public static string Render(BriefingDocument briefing)
    {
        var lines = new Lines();
        Heading(lines, briefing.Title, '=');
        lines.Add().Wrap(briefing.Summary, string.Empty, string.Empty);
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
        return lines.ToString();
    }

    public static string Render(FactDetail fact)
    {
        var lines = new Lines();
        Heading(lines, fact.Statement, '=');
        lines.Add("Fact:    " + fact.Id + " (" + fact.Kind + ")");
        if (fact.Tags.Count > 0)
        {
            lines.Add("Tags:    " + string.Join(", ", fact.Tags));
        }
        lines.Wrap(fact.Status, "Status:  ", "         ");
        foreach (ClaimDetail claim in fact.Claims)
        {
            lines.Add();
            lines.Add(claim.Claim.Id + (claim.Rank is null ? string.Empty : " (" + claim.Rank + ")") + ": " + claim.Claim.Value);
            lines.Add("  Claimant:   " + claim.Claim.Claimant);
            lines.Add("  Citation:   " + claim.Claim.Citation);
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
            if (claim.Note is not null)
            {
                lines.Wrap(claim.Note, "  Note:       ", "              ");
            }
        }
        return lines.ToString();
    }

    private static void WriteFact(Lines lines, FactEntry fact)
    {
        lines.Add(fact.Statement + "  [" + fact.Id + "]");
        if (fact.Answer is ClaimEntry answer)
        {
            lines.Add("  " + fact.Status + ": " + answer.Value + " — " + answer.Claimant + "; " + answer.Citation);
            if (fact.Claims.Count > 0)
            {
                lines.Add("  Other claims:");
            }
        }
        else
        {
            lines.Add("  " + fact.Status + ": " + fact.Explanation + ".");
        }
        WriteClaims(lines, fact.Claims);
    }

    /// <summary>The claims side by side: value, claimant and citation in columns, a deprecated claim's reason beneath it.</summary>
    private static void WriteClaims(Lines lines, IReadOnlyList<ClaimEntry> claims)
    {
        var table = new TextTable(claims.Select(c => new[] { c.Value, c.Claimant, c.Citation }).ToList());
        string reasonIndent = ClaimIndent + new string(' ', table.ColumnStart(1));
        int i = 0;
        foreach (string row in table.Format(ClaimIndent))
        {
            lines.Add(row);
            if (claims[i].DeprecatedReason is string reason)
            {
                lines.Wrap("[deprecated: " + reason + "]", reasonIndent, reasonIndent + " ");
            }
            i++;
        }
    }

    private static void Heading(Lines lines, string title, char underline) =>
        lines.Add(title).Add(new string(underline, title.Length));
}
