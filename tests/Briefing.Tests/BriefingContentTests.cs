using System.Linq;
using Briefing.Catalogue;
using Briefing.Rendering;
using Briefing.Model;
using Briefing.Tests.Infrastructure;
using Briefing.Text;
using FactCatalog;

namespace Briefing.Tests;

/// <summary>What the briefing must hold whatever the catalogue says: every fact once, every quote in its sentence.</summary>
public class BriefingContentTests
{
    /// <summary>Output with each run of white space, line breaks included, as one space: text output wraps its lines.</summary>
    private static string Flat(string output) => System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");

    private static BriefingDocument Briefing() => BriefingBuilder.Build(Topics.All, Facts.Statements.All, Sources.All.Count);

    [Fact]
    public void The_topics_and_who_said_what_hold_every_catalogued_fact_exactly_once()
    {
        string[] briefed = Topics.All.SelectMany(t => t.Facts).Concat(Facts.Statements.All).Select(f => f.Id)
            .OrderBy(id => id, System.StringComparer.Ordinal).ToArray();

        Assert.Equal(Facts.All.Select(f => f.Id), briefed);
    }

    [Fact]
    public void Every_fact_and_every_claim_appears_in_the_briefing()
    {
        BriefingDocument briefing = Briefing();
        string text = BriefingRun.Of().Output;

        foreach (FactEntry fact in briefing.Topics.SelectMany(t => t.Facts))
        {
            Assert.Contains("[" + fact.Id + "]", text);
            Assert.Equal(
                Facts.Get(fact.Id).Claims.Select(c => c.Id).OrderBy(id => id, System.StringComparer.Ordinal),
                fact.Claims.Append(fact.Answer).OfType<ClaimEntry>().Select(c => c.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        }
        foreach (Fact fact in Facts.Statements.All)
        {
            Assert.Contains("[" + fact.Id + "]", text);
            Assert.Equal(
                fact.Claims.Select(c => c.Claimant + "#" + c.Id).OrderBy(id => id, System.StringComparer.Ordinal),
                briefing.WhoSaidWhat.SelectMany(a => a.Statements.Where(s => s.FactId == fact.Id).Select(s => a.Actor + "#" + s.Claim.Id))
                    .OrderBy(id => id, System.StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Every_claim_from_a_machine_translated_source_is_marked_in_every_output()
    {
        BriefingDocument briefing = Briefing();
        ClaimEntry[] shown = briefing.Topics.SelectMany(t => t.Facts).SelectMany(f => f.Claims.Append(f.Answer)).OfType<ClaimEntry>()
            .Concat(briefing.WhoSaidWhat.SelectMany(a => a.Statements).SelectMany(s => s.Denied.Append(s.Claim)))
            .ToArray();
        Claim[] translated = Facts.All.SelectMany(f => f.Claims).Where(c => c.Citation.Source.Translation == SourceTranslation.Machine).ToArray();
        Assert.NotEmpty(translated);

        foreach (ClaimEntry entry in shown)
        {
            bool fromTranslation = entry.Citation.Contains(Sources.IppenMediaTranslation.File, System.StringComparison.Ordinal);
            Assert.Equal(fromTranslation, entry.Caveats.Contains(Caveats.MachineTranslation));
        }
        string text = Flat(BriefingRun.Of().Output);
        string markdown = BriefingRun.Of("--format", "markdown").Output;
        int marks = System.Text.RegularExpressions.Regex.Matches(text, System.Text.RegularExpressions.Regex.Escape("[" + Caveats.MachineTranslation + "]")).Count;
        Assert.Equal(shown.Count(e => e.Caveats.Contains(Caveats.MachineTranslation)), marks);
        Assert.Equal(marks, System.Text.RegularExpressions.Regex.Matches(markdown, System.Text.RegularExpressions.Regex.Escape("\\[" + Caveats.MachineTranslation + "\\]")).Count);
        foreach (Fact fact in Facts.All.Where(f => f.Claims.Any(c => translated.Contains(c))))
        {
            Assert.Contains("[" + Caveats.MachineTranslation + "]", Flat(BriefingRun.Of("--fact", fact.Id).Output));
            Assert.Contains("\\[" + Caveats.MachineTranslation + "\\]", BriefingRun.Of("--fact", fact.Id, "--format", "markdown").Output);
        }
    }

    [Fact]
    public void Every_figure_that_rests_only_on_a_machine_translation_says_so()
    {
        FactEntry[] entries = Briefing().Topics.SelectMany(t => t.Facts).ToArray();
        string[] onlyTranslated = Facts.All
            .Select(f => (f.Id, Counting: f.Claims.Where(c => !c.IsDeprecated && c.Stance != ClaimStance.Declines).ToArray()))
            .Where(f => f.Counting.Length > 0 && f.Counting.All(c => c.Citation.Source.Translation == SourceTranslation.Machine))
            .Select(f => f.Id)
            .ToArray();
        Assert.NotEmpty(onlyTranslated);
        Assert.Equal(
            onlyTranslated.Where(id => entries.Any(e => e.Id == id)).OrderBy(id => id, System.StringComparer.Ordinal),
            entries.Where(e => e.Caveat == Caveats.MachineTranslationOnly).Select(e => e.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        foreach (string id in onlyTranslated)
        {
            Assert.Contains(Caveats.MachineTranslationOnly, Flat(BriefingRun.Of("--fact", id).Output));
            Assert.Contains(Caveats.MachineTranslationOnly, Flat(BriefingRun.Of("--fact", id, "--format", "markdown").Output));
        }
    }

    [Fact]
    public void Curator_notes_and_years_from_a_texts_date_are_shown_wherever_the_claim_is()
    {
        string text = Flat(BriefingRun.Of().Output);
        string markdown = BriefingRun.Of("--format", "markdown").Output;
        foreach (Fact fact in Facts.All)
        {
            string detail = Flat(BriefingRun.Of("--fact", fact.Id).Output);
            string detailMarkdown = BriefingRun.Of("--fact", fact.Id, "--format", "markdown").Output;
            foreach (Claim claim in fact.Claims)
            {
                if (claim.CuratorNote is string note)
                {
                    string firstWords = "curator: " + string.Join(" ", note.Split(' ').Take(3));
                    Assert.Contains("[" + firstWords, text);
                    Assert.Contains("\\[" + Rendering.Markdown.Escape(firstWords), markdown);
                    Assert.Contains("[" + firstWords, detail);
                    Assert.Contains("\\[" + Rendering.Markdown.Escape(firstWords), detailMarkdown);
                }
                if (claim.YearFrom is not null)
                {
                    Assert.Contains("[year from the", detail);
                    Assert.Contains("\\[year from the", detailMarkdown);
                }
                Assert.True(!claim.Derived || claim.CuratorNote is not null, $"{fact.Id}#{claim.Id} is derived without a curator note");
            }
        }
    }

    [Fact]
    public void Text_output_is_wrapped_at_100_columns()
    {
        var outputs = new[] { BriefingRun.Of().Output }.Concat(Facts.All.Select(f => BriefingRun.Of("--fact", f.Id).Output));
        foreach (string output in outputs)
        {
            foreach (string line in output.Split('\n'))
            {
                Assert.True(line.Length <= 100, $"{line.Length} columns: {line}");
            }
        }
    }

    [Fact]
    public void Every_citation_names_outlet_or_title_date_file_and_line_and_no_source_id()
    {
        var pattern = new System.Text.RegularExpressions.Regex(
            @"^(?<name>.+), (?<date>\d{4}(-\d{2}(-\d{2})?)?|original \d{4}(-\d{2}(-\d{2})?)?|undated), (?<file>\d{3}_[0-9a-f]{16}\.txt):(?<line>\d+)$");
        string[] sourceIds = Sources.All.Select(s => s.Id).ToArray();
        foreach (Claim claim in Facts.All.SelectMany(f => f.Claims))
        {
            string citation = CitationText.Of(claim.Citation);
            System.Text.RegularExpressions.Match match = pattern.Match(citation);
            Assert.True(match.Success, citation);
            Assert.DoesNotContain(match.Groups["name"].Value, sourceIds);
            Assert.Equal(claim.Citation.Source.File, match.Groups["file"].Value);
        }
        string text = Flat(BriefingRun.Of().Output);
        foreach (string id in sourceIds)
        {
            Assert.DoesNotContain(id + ", ", text);
        }
    }

    [Fact]
    public void Who_said_what_sets_each_denial_beside_the_claims_it_denies()
    {
        StatementEntry[] statements = Briefing().WhoSaidWhat.SelectMany(a => a.Statements).ToArray();
        Claim[] denials = Facts.Statements.All.SelectMany(f => f.Claims).Where(c => c.Stance == ClaimStance.Denies).ToArray();
        Assert.True(denials.Length >= 4, "the catalogue records Pyongyang's, Russia's and Putin's denials");
        foreach (Fact fact in Facts.Statements.All)
        {
            foreach (Claim denial in fact.Claims.Where(c => c.Stance == ClaimStance.Denies))
            {
                StatementEntry entry = statements.Single(s => s.FactId == fact.Id && s.Claim.Id == denial.Id);
                Assert.Contains("(denies)", entry.Claim.Value);
                string[] asserted = fact.Claims.Where(c => c.Stance == ClaimStance.Asserts && !c.IsDeprecated && !Equals(c.BoxedValue, denial.BoxedValue))
                    .Select(c => c.Id).ToArray();
                Assert.NotEmpty(asserted);
                Assert.Equal(asserted, entry.Denied.Select(d => d.Id));
            }
        }
        Assert.All(statements.Where(s => !s.Claim.Value.Contains("(denies)")), s => Assert.Empty(s.Denied));
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
