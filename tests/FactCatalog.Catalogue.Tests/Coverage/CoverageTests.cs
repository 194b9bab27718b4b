using FactCatalog.Catalogue.Model;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Coverage;
using FactCatalog.Catalogue.Text;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace FactCatalog.Catalogue.Tests.Coverage;


/// <summary>
/// How much of the seeds the catalogue covers: of the seed sentences that state a number or a date (see
/// <see cref="SeedSentences"/> and <see cref="NumberOrDate"/>), how many are quoted by a claim. A sentence is covered
/// when any claim's citation in the same source overlaps it. Sentences whose number-like words the detector's rules
/// exclude are not counted, and are listed with the rule. docs/coverage.md states the figure, explains every sentence
/// that is not covered and lists every sentence that is not counted; these tests keep it in step with the catalogue.
/// </summary>
public class CoverageTests
{
    /// <summary>The coverage the catalogue must reach, in percent.</summary>
    private const double Target = 95.0;

    /// <summary>How many characters of a sentence, after normalisation, docs/coverage.md must contain.</summary>
    private const int KeyLength = 60;

    /// <summary>The heading of the table of sentences that state a number or a date and that no claim quotes.</summary>
    private const string UncoveredHeading = "Sentences no claim quotes";

    /// <summary>The heading of the table of sentences the detector does not count, with the rule that excluded them.</summary>
    private const string NotCountedHeading = "Sentences not counted";

    private static readonly Regex TableRowPattern = new(
        @"^\|\s*`?(?<file>\d{3}_[0-9a-f]{16}\.txt)`?\s*\|\s*(?<line>\d+)\s*\|(?<rest>.*)\|\s*$",
        RegexOptions.CultureInvariant);

    private static readonly Lazy<CoverageMeasurement> Measured = new(Measure);

    /// <summary>The attribution coverage the catalogue must reach, in percent.</summary>
    private const double AttributionTarget = 90.0;

    /// <summary>The heading of the table of attributing sentences that no claim quotes.</summary>
    private const string UnquotedAttributionsHeading = "Attributions no claim quotes";

    private static readonly Lazy<AttributionMeasurement> Attributions = new(MeasureAttributions);

    private readonly ITestOutputHelper _output;

    public CoverageTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void At_least_95_percent_of_seed_sentences_that_state_a_number_or_a_date_are_quoted_by_a_claim()
    {
        CoverageMeasurement m = Measured.Value;
        _output.WriteLine(m.Report());

        Assert.True(m.Total > 0, "no seed sentence states a number or a date: the splitter or detector is broken");
        Assert.True(m.Percent >= Target, $"coverage {m.PercentText} % is below {Target} %:\n{m.Report()}");
    }

    [Fact]
    public void Every_uncovered_sentence_is_explained_in_docs_coverage()
    {
        CoverageMeasurement m = Measured.Value;
        TableRow[] rows = TableRows(UncoveredHeading);

        SeedSentence[] missing = m.Uncovered.Where(s => !rows.Any(r => r.Describes(s))).ToArray();
        Assert.True(
            missing.Length == 0,
            $"docs/coverage.md's table \"{UncoveredHeading}\" has no row for these uncovered sentences "
            + "(add a row with the reason, or quote them in a claim):\n"
            + string.Join("\n", missing.Select(s => $"  {s.SourceFile}:{s.Line}: {s.Text}")));
    }

    [Fact]
    public void Docs_coverage_lists_no_more_uncovered_sentences_than_there_are()
    {
        CoverageMeasurement m = Measured.Value;
        TableRow[] rows = TableRows(UncoveredHeading);

        TableRow[] stale = rows.Where(r => !m.Uncovered.Any(r.Describes)).ToArray();
        Assert.True(
            stale.Length == 0,
            $"docs/coverage.md's table \"{UncoveredHeading}\" has rows that match no uncovered sentence "
            + "(remove the rows of sentences a claim now quotes, or fix their file, line or text):\n"
            + string.Join("\n", stale.Select(r => "  " + r)) + "\n" + m.Report());
        Assert.True(
            rows.Length == m.Uncovered.Count,
            $"docs/coverage.md's table \"{UncoveredHeading}\" has {rows.Length} rows but {m.Uncovered.Count} sentences are "
            + "uncovered; keep exactly one row per uncovered sentence:\n" + m.Report());
    }

    [Fact]
    public void Docs_coverage_lists_exactly_the_sentences_not_counted_with_the_rule_that_excluded_them()
    {
        CoverageMeasurement m = Measured.Value;
        _output.WriteLine("Sentences not counted, with the rule that excluded them:");
        foreach (NotCountedSentence n in m.NotCounted)
        {
            _output.WriteLine($"  {n.Sentence.SourceFile}:{n.Sentence.Line} [{n.Rules}]: {n.Sentence.Text}");
        }

        TableRow[] rows = TableRows(NotCountedHeading);
        NotCountedSentence[] missing = m.NotCounted
            .Where(n => !rows.Any(r => r.Describes(n.Sentence) && r.Last == n.Rules))
            .ToArray();
        TableRow[] stale = rows
            .Where(r => !m.NotCounted.Any(n => r.Describes(n.Sentence) && r.Last == n.Rules))
            .ToArray();

        Assert.True(
            missing.Length == 0 && stale.Length == 0 && rows.Length == m.NotCounted.Count,
            $"docs/coverage.md's table \"{NotCountedHeading}\" must have exactly one row per sentence the detector does "
            + "not count (source file, line, sentence, rule):\n"
            + "missing or with another rule:\n" + string.Join("\n", missing.Select(n => $"  | `{n.Sentence.SourceFile}` | {n.Sentence.Line} | {n.Sentence.Text} | {n.Rules} |"))
            + "\nrows that match no such sentence:\n" + string.Join("\n", stale.Select(r => "  " + r)));
    }

    [Fact]
    public void Docs_coverage_states_the_measured_figure()
    {
        CoverageMeasurement m = Measured.Value;
        var figure = new Regex(
            @"(\d+) of (\d+) sentences that state a number or a date are quoted by a claim: (\d+(?:\.\d+)?) %",
            RegexOptions.CultureInvariant);
        Match stated = figure.Match(QuoteNormalizer.Normalize(CoverageDoc()));

        Assert.True(stated.Success, "docs/coverage.md must state \"N of M sentences that state a number or a date are quoted by a claim: P %\"");
        string expected = $"{m.Covered} of {m.Total} sentences that state a number or a date are quoted by a claim: {m.PercentText} %";
        Assert.Equal(expected, stated.Value);
    }

    [Fact]
    public void The_splitter_keeps_abbreviations_decimals_and_list_numbers_inside_sentences()
    {
        const string Text =
            "  1. Home page\n"
            + "Mr. Kim met Gen. Lee in St. Petersburg. The U.S. Army sent 1.5 million shells. J. Smith agreed.\n"
            + "\u201CIt is war,\u201D he said. (Not so.) 2024 was long! Was it? Yes.\n"
            + "\n"
            + "  \u2022 A bullet point\n";

        string[] sentences = SeedSentences.Split("test.txt", Text).Select(s => s.Text).ToArray();

        Assert.Equal(
            new[]
            {
                "1. Home page",
                "Mr. Kim met Gen. Lee in St. Petersburg.",
                "The U.S. Army sent 1.5 million shells.",
                "J. Smith agreed.",
                "\u201CIt is war,\u201D he said.",
                "(Not so.)",
                "2024 was long!",
                "Was it?",
                "Yes.",
                "A bullet point",
            },
            sentences);
    }

    [Fact]
    public void The_splitter_gives_positions_in_the_text()
    {
        const string Text = "First line. Second one.\n\n  Third, indented.";

        IReadOnlyList<SeedSentence> sentences = SeedSentences.Split("test.txt", Text);

        Assert.All(sentences, s => Assert.Equal(s.Text, Text.Substring(s.Offset, s.Length)));
        Assert.Equal(new[] { 1, 1, 3 }, sentences.Select(s => s.Line));
        Assert.Equal(new[] { true, false, true }, sentences.Select(s => s.StartsLine));
    }

    [Theory]
    [InlineData("About 10,000 troops.", "10,000")]
    [InlineData("It was signed on 26 July.", "26")]
    [InlineData("In June this year.", "June")]
    [InlineData("Three generals came.", "Three")]
    [InlineData("Thousands of soldiers.", "Thousands")]
    [InlineData("The fourth largest military.", "fourth")]
    [InlineData("Half of all shells.", "Half")]
    [InlineData("Six percent of the budget.", "Six")]
    [InlineData("A rise of per cent.", "per cent")]
    [InlineData("The 16th summit.", "16th")]
    [InlineData("It may work, and they march on.", null)]
    [InlineData("Someone is anyone, often.", null)]
    [InlineData("There is no figure here.", null)]
    public void The_detector_finds_numbers_and_dates(string sentence, string? expected)
    {
        Assert.Equal(expected, NumberOrDate.FirstMention(sentence));
        Assert.Equal(expected is not null, NumberOrDate.IsStatedIn(sentence));
    }

    [Fact]
    public void At_least_90_percent_of_seed_sentences_that_attribute_a_statement_to_a_named_actor_are_quoted_by_a_claim()
    {
        AttributionMeasurement m = Attributions.Value;
        _output.WriteLine(m.Report());

        Assert.True(m.Total > 0, "no seed sentence attributes a statement: the detector is broken");
        Assert.True(m.Percent >= AttributionTarget, $"attribution coverage {m.PercentText} % is below {AttributionTarget} %:\n{m.Report()}");
    }

    [Fact]
    public void Docs_coverage_explains_exactly_the_attributions_no_claim_quotes()
    {
        AttributionMeasurement m = Attributions.Value;
        TableRow[] rows = TableRows(UnquotedAttributionsHeading);

        SeedSentence[] missing = m.Uncovered.Where(s => !rows.Any(r => r.Describes(s))).ToArray();
        TableRow[] stale = rows.Where(r => !m.Uncovered.Any(r.Describes)).ToArray();
        Assert.True(
            missing.Length == 0 && stale.Length == 0 && rows.Length == m.Uncovered.Count,
            $"docs/coverage.md's table \"{UnquotedAttributionsHeading}\" must have exactly one row, with the reason, per attributing "
            + "sentence no claim quotes:\nmissing:\n"
            + string.Join("\n", missing.Select(s => $"  | `{s.SourceFile}` | {s.Line} | {s.Text} | |"))
            + "\nrows that match no such sentence:\n" + string.Join("\n", stale.Select(r => "  " + r)) + "\n" + m.Report());
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Last), $"no reason given: {r}"));
    }

    [Fact]
    public void Docs_coverage_states_the_measured_attribution_figure()
    {
        AttributionMeasurement m = Attributions.Value;
        var figure = new Regex(
            @"(\d+) of (\d+) sentences that attribute a statement to a named actor are quoted by a claim: (\d+(?:\.\d+)?) %",
            RegexOptions.CultureInvariant);
        Match stated = figure.Match(QuoteNormalizer.Normalize(CoverageDoc()));

        Assert.True(stated.Success, "docs/coverage.md must state \"N of M sentences that attribute a statement to a named actor are quoted by a claim: P %\"");
        Assert.Equal(m.Figure, stated.Value);
    }

    [Theory]
    [InlineData("Pyongyang, again, denied all such reports.", "Pyongyang", "denied")]
    [InlineData("According to South Korean intelligence, its northern neighbour has sent 3,000 troops.", "South", "According to")]
    [InlineData("The deployment was \u201Ca significant escalation,\u201D warned Rutte.", "Rutte", "warned")]
    [InlineData("He did not deny claims of the presence of North Korean troops in Russia.", "North", "deny")]
    [InlineData("President Joe Biden replied: \u201CIf they invade Ukraine, yes.\u201D", "President", "replied")]
    [InlineData("The US believes it is a violation of UN resolutions.", "US", "believes")]
    public void The_attribution_detector_finds_a_cue_and_a_name(string sentence, string name, string cue)
    {
        Assert.Equal((name, cue), (Attribution.FirstName(sentence), Attribution.FirstCue(sentence)));
        Assert.True(Attribution.IsAttributedIn(sentence));
    }

    [Theory]
    [InlineData("They said it would rain.")] // no name: the pronoun and the opening word are not names
    [InlineData("The presence of North Korean troops would confirm the existence of the alliance.")] // "confirm", not a report
    [InlineData("Moscow needs nations considered pariah states by the West.")] // "states", a noun
    [InlineData("However, this is unlikely to occur.")] // neither
    public void The_attribution_detector_passes_over_sentences_that_attribute_nothing(string sentence)
    {
        Assert.False(Attribution.IsAttributedIn(sentence));
    }

    /// <summary>The part of a sentence that docs/coverage.md must contain: its first characters after the quote normalisation.</summary>
    private static string Key(string sentence)
    {
        string normalized = QuoteNormalizer.Normalize(sentence);
        return normalized.Length <= KeyLength ? normalized : normalized.Substring(0, KeyLength);
    }

    private static string CoverageDoc() => File.ReadAllText(Path.Combine(RepoFiles.Root, "docs", "coverage.md"));

    /// <summary>The rows of the table under the level-2 heading <paramref name="heading"/> in docs/coverage.md.</summary>
    private static TableRow[] TableRows(string heading)
    {
        string[] lines = CoverageDoc().Replace("\r\n", "\n").Split('\n');
        int start = Array.FindIndex(lines, l => l.TrimEnd() == "## " + heading);
        Assert.True(start >= 0, $"docs/coverage.md has no section \"## {heading}\"");

        var rows = new List<TableRow>();
        for (int i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            Match row = TableRowPattern.Match(lines[i]);
            if (row.Success)
            {
                string[] cells = row.Groups["rest"].Value.Split('|').Select(c => c.Trim()).ToArray();
                rows.Add(new TableRow(
                    row.Groups["file"].Value,
                    int.Parse(row.Groups["line"].Value, CultureInfo.InvariantCulture),
                    cells[0],
                    cells[^1],
                    lines[i]));
            }
        }

        return rows.ToArray();
    }

    /// <summary>A table row of docs/coverage.md: source file, line, sentence, and the last cell (reason or rule).</summary>
    private sealed record TableRow(string File, int Line, string Sentence, string Last, string Raw)
    {
        /// <summary>Whether the row names <paramref name="s"/>: same file and line, and a sentence cell that starts with its key.</summary>
        public bool Describes(SeedSentence s) =>
            File == s.SourceFile
            && Line == s.Line
            && QuoteNormalizer.Normalize(Sentence).StartsWith(Key(s.Text), StringComparison.Ordinal);

        public override string ToString() => Raw;
    }

    private static AttributionMeasurement MeasureAttributions()
    {
        CatalogueResult result = CatalogueValidator.Validate(RepoFiles.Catalogue(), RepoFiles.Options);
        return CatalogueCoverage.MeasureAttributions(result.Model, source => RepoFiles.Seed(source.File));
    }

    private static CoverageMeasurement Measure()
    {
        CatalogueResult result = CatalogueValidator.Validate(RepoFiles.Catalogue(), RepoFiles.Options);
        DiagnosticInfo[] errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "the catalogue has errors:\n" + string.Join("\n", errors.Select(d => d.ToString())));

        return CatalogueCoverage.Measure(result.Model, source => RepoFiles.Seed(source.File));
    }
}
