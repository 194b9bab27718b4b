using System.Collections.Generic;
using System.Linq;
using Briefing.Catalogue;
using Briefing.Model;
using Briefing.Text;
using FactCatalog;

namespace Briefing;

/// <summary>Turns the catalogue's topics into a <see cref="BriefingDocument"/>: what to say, in order, before any formatting.</summary>
internal static class BriefingBuilder
{
    public const string Title = "Briefing: North Korean troops in Russia";

    /// <summary>What each status and mark means; the same words in every format.</summary>
    public static readonly IReadOnlyList<LegendEntry> Legend = new LegendEntry[]
    {
        new("Consistent", "the claims that count agree; the value shown is the preferred or latest one."),
        new("Resolved", "the claims differ (in value or only in precision), and the catalogue prefers one, for the reason in the fact's note."),
        new("Disputed", "the claims disagree and none is preferred: every claim is shown, side by side."),
        new("Unsupported", "no claim counts: each is deprecated or declines to answer."),
        new("(derived)", "the quote does not state the value in so many words; the curator's note says how it was read."),
        new("(denies)", "the claimant denies what others claim; the value is the claimant's answer."),
        new("declines to confirm or deny", "the claimant gave no answer; such a claim does not count."),
        new("[deprecated: ...]", "kept for the record, not counted, with the reason."),
        new("[machine translation: ...]", "quoted from a machine translation: the words are not the claimant's own."),
        new("[year from the text's own date]", "the quote does not write the year; it is the year of the text's date, which the build checked."),
        new("[curator: ...]", "the curator's reading or correction of the value, not the source's words."),
        new("Citations", "outlet or title, date, file and line of the text; \"untitled text\" and \"undated\" where the text says neither."),
    };

    /// <summary>The briefing over every topic and every attributed statement, with the headline and a summary of what it holds.</summary>
    public static BriefingDocument Build(IReadOnlyList<Topic> topics, IReadOnlyList<Fact> statements, int sourceCount)
    {
        int factCount = topics.Sum(t => t.Facts.Count);
        string summary = Count(factCount, "fact") + " in " + Count(topics.Count, "topic") + " and " + Count(statements.Count, "question") + " of who said what"
            + ", quoted from " + Count(sourceCount, "source")
            + ". Each figure names who claims it and where. Where the sources disagree, every claim stands side by side; claims the"
            + " catalogue deprecates are flagged with the reason. \"Who said what\" groups the statements by actor, each denial beside"
            + " the claims it denies. Show one fact with each quote in its sentence with --fact <id>.";
        List<TopicSection> sections = topics.Select(t => new TopicSection(t.Title, t.Facts.Select(Entry).ToList())).ToList();
        return new BriefingDocument(Title, summary, Legend, Headline.Lines(), sections, WhoSaidWhat(statements));
    }

    /// <summary>One fact: the answer when it has one, then every other claim; for a disputed fact, every claim.</summary>
    public static FactEntry Entry(Fact fact)
    {
        Claim? answer = fact.Preferred;
        List<ClaimEntry> others = fact.Claims.Where(c => !ReferenceEquals(c, answer)).Select(c => Entry(fact, c)).ToList();
        return new FactEntry(
            fact.Id, fact.Statement, fact.Status.ToString(), answer is null ? null : Entry(fact, answer), Explanation(fact.Status), others,
            Caveats.Of(fact));
    }

    /// <summary>One claim: its value in words, who claims it, the citation, and its caveats.</summary>
    public static ClaimEntry Entry(Fact fact, Claim claim) =>
        new(claim.Id, ValueText.Describe(fact, claim), claim.Claimant, CitationText.Of(claim.Citation), claim.IsDeprecated ? claim.Reason : null,
            Caveats.Of(claim));

    /// <summary>
    /// The statements grouped by actor (the claimant), actors by name and their statements in catalogue order; a denial carries the claims it denies: the fact's other claims that count and assert another value.
    /// </summary>
    public static IReadOnlyList<ActorSection> WhoSaidWhat(IReadOnlyList<Fact> statements)
    {
        var byActor = new Dictionary<string, List<StatementEntry>>(System.StringComparer.Ordinal);
        var order = new List<string>();
        foreach (Fact fact in statements)
        {
            foreach (Claim claim in fact.Claims)
            {
                List<ClaimEntry> denied = claim.Stance != ClaimStance.Denies
                    ? new List<ClaimEntry>()
                    : fact.Claims
                        .Where(c => c.Stance == ClaimStance.Asserts && !c.IsDeprecated && !Equals(c.BoxedValue, claim.BoxedValue))
                        .Select(c => Entry(fact, c))
                        .ToList();
                if (!byActor.TryGetValue(claim.Claimant, out List<StatementEntry>? entries))
                {
                    byActor.Add(claim.Claimant, entries = new List<StatementEntry>());
                    order.Add(claim.Claimant);
                }
                entries.Add(new StatementEntry(fact.Id, fact.Statement, Entry(fact, claim), denied));
            }
        }
        // Actors in alphabetical order of their names, "the" aside, so a reader can find one.
        return order
            .OrderBy(actor => actor.StartsWith("the ", System.StringComparison.Ordinal) ? actor.Substring(4) : actor, System.StringComparer.OrdinalIgnoreCase)
            .Select(actor => new ActorSection(actor, byActor[actor]))
            .ToList();
    }

    /// <summary>Why a fact has no value, for the statuses that have none.</summary>
    public static string? Explanation(FactStatus status) => status switch
    {
        FactStatus.Disputed => "the claims disagree and none is preferred",
        FactStatus.Unsupported => "every claim is deprecated, declines to answer, or lacks a verified quote",
        _ => null,
    };

    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
