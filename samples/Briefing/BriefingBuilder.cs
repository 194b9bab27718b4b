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

    /// <summary>The briefing over every topic, with the headline and a summary of what it holds.</summary>
    public static BriefingDocument Build(IReadOnlyList<Topic> topics, int sourceCount)
    {
        int factCount = topics.Sum(t => t.Facts.Count);
        string summary = Count(factCount, "fact") + " in " + Count(topics.Count, "topic") + ", quoted from " + Count(sourceCount, "source")
            + ". Each figure names who claims it and where (outlet, date, file and line). Where the sources disagree, every claim"
            + " stands side by side; claims the catalogue deprecates are flagged with the reason. Show one fact with each quote in"
            + " its sentence with --fact <id>.";
        List<TopicSection> sections = topics.Select(t => new TopicSection(t.Title, t.Facts.Select(Entry).ToList())).ToList();
        return new BriefingDocument(Title, summary, Headline.Lines(), sections);
    }

    /// <summary>One fact: the answer when it has one, then every other claim; for a disputed fact, every claim.</summary>
    public static FactEntry Entry(Fact fact)
    {
        Claim? answer = fact.Preferred;
        List<ClaimEntry> others = fact.Claims.Where(c => !ReferenceEquals(c, answer)).Select(c => Entry(fact, c)).ToList();
        return new FactEntry(
            fact.Id, fact.Statement, fact.Status.ToString(), answer is null ? null : Entry(fact, answer), Explanation(fact.Status), others);
    }

    /// <summary>One claim: its value in words, who claims it, and the short citation.</summary>
    public static ClaimEntry Entry(Fact fact, Claim claim) =>
        new(claim.Id, ValueText.Describe(fact, claim), claim.Claimant, claim.Citation.ToString(), claim.IsDeprecated ? claim.Reason : null);

    /// <summary>Why a fact has no value, for the statuses that have none.</summary>
    public static string? Explanation(FactStatus status) => status switch
    {
        FactStatus.Disputed => "the claims disagree and none is preferred",
        FactStatus.Unsupported => "every claim is deprecated or lacks a verified quote",
        _ => null,
    };

    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
