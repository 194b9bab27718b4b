using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactCatalog.Tool.Tests;

public class CoverageTests
{
    [Fact]
    public void The_real_catalogue_reaches_both_figures_docs_coverage_states_and_passes_both_minimums()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "coverage", "--min", "95", "--min-attributed", "90");

        Assert.True(run.ExitCode == 0, run.ToString());
        string doc = File.ReadAllText(Path.Combine(ToolRunner.RealCatalogue, "docs", "coverage.md"));
        Match stated = Regex.Match(doc, @"(\d+) of (\d+) sentences that state a number or a date are quoted by a claim: (\d+(?:\.\d+)?) %");
        Assert.True(stated.Success, "docs/coverage.md states no figure");
        Assert.Equal(stated.Value, run.OutputLines[0]);
        Match attributed = Regex.Match(doc, @"(\d+) of (\d+) sentences that attribute a statement to a named actor are quoted by a claim: (\d+(?:\.\d+)?) %");
        Assert.True(attributed.Success, "docs/coverage.md states no attribution figure");
        Assert.Equal(attributed.Value, run.OutputLines[1]);

        // Every row of docs/coverage.md's tables of uncovered sentences is listed, at its file and line, and nothing else.
        foreach ((string heading, string listing) in new[] { ("Sentences no claim quotes", "Sentences no claim quotes:"), ("Attributions no claim quotes", "Attributions no claim quotes:") })
        {
            string[] documented = Regex.Matches(Section(doc, heading), @"^\| `(?<file>[^`]+)` \| (?<line>\d+) \|", RegexOptions.Multiline)
                .Select(m => $"seeds/{m.Groups["file"].Value}({m.Groups["line"].Value},")
                .ToArray();
            string[] listed = run.OutputLines.SkipWhile(l => l != listing).Skip(1).TakeWhile(l => l.StartsWith("seeds/", StringComparison.Ordinal)).ToArray();
            Assert.Equal(documented.Length, listed.Length);
            Assert.All(documented, d => Assert.Contains(listed, l => l.StartsWith(d, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Below_the_attribution_minimum_the_command_fails_and_says_so()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "coverage", "--min-attributed", "99.5");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("of attributed statements is below the minimum of 99.5 %", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Below_the_minimum_the_command_fails_and_says_so()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "coverage", "--min", "99.5");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("is below the minimum of 99.5 %", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_catalogue_is_measured_per_source_with_its_uncovered_and_not_counted_sentences_located()
    {
        const string document =
            "The Pentagon said about 10,000 North Korean troops are ready.\n"
            + "Pyongyang denied the reports.\n"
            + "Intro. The treaty was signed on 26 July 2024 in Pyongyang.\n"
            + "Officials met for one another. Three generals came.\n";
        const string facts =
            "group: Test\n"
            + "facts:\n"
            + TempCatalogue.TroopsFact;
        using var catalogue = new TempCatalogue(facts, document: document);

        ToolRun run = ToolRunner.Run(catalogue.Root, "coverage", "--not-counted");
        ToolRun strict = ToolRunner.Run(catalogue.Root, "coverage", "--min", "50");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("1 of 3 sentences that state a number or a date are quoted by a claim: 33.3 %", run.OutputLines[0]);
        Assert.Equal("1 of 2 sentences that attribute a statement to a named actor are quoted by a claim: 50.0 %", run.OutputLines[1]);
        string[] rows = run.OutputLines.Where(l => l.StartsWith("report ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Matches(@"^report\s+report\.txt\s+1\s+3\s+33\.3 %$", rows[0]);
        Assert.Matches(@"^report\s+report\.txt\s+1\s+2\s+50\.0 %$", rows[1]);
        Assert.Contains("seeds/report.txt(3,8): [26] The treaty was signed on 26 July 2024 in Pyongyang.", run.OutputLines);
        Assert.Contains("seeds/report.txt(4,32): [Three] Three generals came.", run.OutputLines);
        Assert.Contains("seeds/report.txt(4,1): [idiom] Officials met for one another.", run.OutputLines);
        Assert.Contains("seeds/report.txt(2,1): [Pyongyang: denied] Pyongyang denied the reports.", run.OutputLines);
        Assert.True(strict.ExitCode == 1, strict.ToString());
    }

    [Theory]
    [InlineData("150")]
    [InlineData("-1")]
    [InlineData("ninety")]
    public void A_minimum_that_is_not_a_percentage_is_bad_usage(string min)
    {
        foreach (string option in new[] { "--min", "--min-attributed" })
        {
            ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "coverage", option, min);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Empty(run.Output);
            Assert.Contains(option, run.Error, StringComparison.Ordinal);
        }
    }

    private static string Section(string doc, string heading)
    {
        int start = doc.IndexOf("## " + heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/coverage.md has no section {heading}");
        int end = doc.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? doc.Substring(start) : doc.Substring(start, end - start);
    }
}
