using System.Linq;
using Briefing.Catalogue;
using Briefing.Model;
using Briefing.Tests.Infrastructure;
using Briefing.Text;
using FactCatalog;

namespace Briefing.Tests;

/// <summary>What the briefing must hold whatever the catalogue says: every fact once, every quote in its sentence.</summary>
public class BriefingContentTests
{
    [Fact]
    public void The_topics_hold_every_catalogued_fact_exactly_once()
    {
        string[] briefed = Topics.All.SelectMany(t => t.Facts).Select(f => f.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray();

        Assert.Equal(Facts.All.Select(f => f.Id), briefed);
    }

    [Fact]
    public void Every_fact_and_every_claim_appears_in_the_briefing()
    {
        BriefingDocument briefing = BriefingBuilder.Build(Topics.All, Sources.All.Count);
        string text = BriefingRun.Of().Output;

        foreach (FactEntry fact in briefing.Topics.SelectMany(t => t.Facts))
        {
            Assert.Contains("[" + fact.Id + "]", text);
            Assert.Equal(
                Facts.Get(fact.Id).Claims.Select(c => c.Id).OrderBy(id => id, System.StringComparer.Ordinal),
                fact.Claims.Append(fact.Answer).OfType<ClaimEntry>().Select(c => c.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Deprecated_claims_are_flagged_with_their_reason()
    {
        string text = BriefingRun.Of().Output;
        string markdown = BriefingRun.Of("--format", "markdown").Output;

        foreach (Claim claim in Facts.All.SelectMany(f => f.Claims).Where(c => c.IsDeprecated))
        {
            string firstWords = string.Join(" ", claim.Reason!.Split(' ').Take(4));
            Assert.Contains("[deprecated: " + firstWords, text);
            Assert.Contains("\\[deprecated: " + firstWords, markdown);
        }
    }

    [Fact]
    public void Every_quote_is_found_inside_a_sentence_of_its_source()
    {
        SourceTexts texts = SourceTexts.BesideApplication();
        foreach (Claim claim in Facts.All.SelectMany(f => f.Claims))
        {
            QuoteInContext context = FactDetailBuilder.Context(claim.Citation, texts);

            Assert.True(context.Found, claim.Citation.Source.File + " holds no quote of claim " + claim.Id);
            Assert.DoesNotContain('\n', context.Before + context.Quote + context.After);
        }
    }

    [Fact]
    public void The_headline_uses_the_catalogued_values()
    {
        string headline = string.Join("\n", Headline.Lines());

        Assert.Contains("from 3,000 (South Korean intelligence) to about 12,500 (unnamed reports)", headline);
        Assert.Contains("signed in June 2024", headline);
        Assert.Contains("dates it to 26 July 2024", headline);
    }
}
