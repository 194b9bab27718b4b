using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using FactCatalog.Tool.Report;

namespace FactCatalog.Tool.Tests;

/// <summary>The HTML report's builder, through <c>factcatalog report</c> on small catalogues: escaping, overlapping quotes, ranks, conflicts, determinism.</summary>
public class HtmlReportTests
{
    [Fact]
    public void Escape_turns_every_markup_character_into_text_and_control_characters_into_replacement_characters()
    {
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\uFFFD\t\n", HtmlReport.Escape("<a href=\"x\">'&'</a>\u0001\t\n"));
    }

    [Fact]
    public void Hostile_text_reaches_the_page_as_text_only()
    {
        using var catalogue = new TempCatalogue(HostileReport.Facts, HostileReport.Sources, HostileReport.Document);
        string html = Report(catalogue.Root);

        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</mark><script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("claimed by &lt;/mark&gt;&lt;script&gt;window.pwned=4&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("about 10,000 &quot;troops&quot; &amp; &#39;guns&#39;", html, StringComparison.Ordinal);
        // Only the page's own inline style and script may run.
        Assert.Matches("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'\">", html);
    }

    [Fact]
    public void Nested_and_crossing_quotes_nest_as_markup_and_each_claim_reads_its_quote()
    {
        const string document = "The Pentagon said about 10,000 North Korean troops are ready.\n";
        const string facts =
            "group: Test\n"
            + "facts:\n"
            + TempCatalogue.TroopsFact
            + "  figure:\n"
            + "    statement: The figure.\n"
            + "    type: count\n"
            + "    claims:\n"
            + "      pentagon:\n"
            + "        value: 10000\n"
            + "        claimant: the Pentagon\n"
            + "        source: report\n"
            + "        quote: \"10,000\"\n"
            + "  ready:\n"
            + "    statement: Whether they are ready.\n"
            + "    type: text\n"
            + "    claims:\n"
            + "      pentagon:\n"
            + "        value: ready\n"
            + "        claimant: the Pentagon\n"
            + "        source: report\n"
            + "        quote: North Korean troops are ready\n";
        using var catalogue = new TempCatalogue(facts, document: document);
        string html = Report(catalogue.Root);

        Dictionary<string, string> quotes = MarkedText(Document(html));
        // Claims are numbered in model order: groups, facts by id (figure, ready, troops), claims in order.
        Assert.Equal(new Dictionary<string, string>
        {
            ["1"] = "10,000",
            ["2"] = "North Korean troops are ready",
            ["3"] = "about 10,000 North Korean troops",
        }, quotes);
        Assert.Equal(3, Regex.Matches(html, "<mark class=\"q\" id=\"m-").Count);
        Assert.Contains("<mark class=\"q cont\" data-c=\"2\">", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"q\" id=\"m-3\" data-c=\"3\" tabindex=\"0\" aria-describedby=\"c-3\">about <mark class=\"q\" id=\"m-1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Deprecated_claims_are_struck_through_with_their_reason_and_conflicting_claims_stand_side_by_side()
    {
        const string facts =
            "group: Test\n"
            + "facts:\n"
            + TempCatalogue.TroopsFact
            + "      officials:\n"
            + "        value: 12000\n"
            + "        claimant: officials\n"
            + "        source: report\n"
            + "        quote: about 10,000 North Korean troops are ready\n"
            + "        derived: true\n"
            + "      old:\n"
            + "        value: 9000\n"
            + "        rank: deprecated\n"
            + "        reason: superseded by the Pentagon's figure\n"
            + "        claimant: an early report\n"
            + "        source: report\n"
            + "        quote: The Pentagon said about 10,000\n"
            + "        derived: true\n";
        using var catalogue = new TempCatalogue(facts);
        string html = Report(catalogue.Root);

        Assert.Contains("<mark class=\"q dep\" id=\"m-3\"", html, StringComparison.Ordinal);
        Assert.Contains("<del>9000</del>", html, StringComparison.Ordinal);
        Assert.Contains("deprecated: superseded by the Pentagon&#39;s figure", html, StringComparison.Ordinal);

        Match conflict = Regex.Match(html, "<div class=\"conflict\"[^>]*>\\s*<h3 id=\"f-1\">Troops sent\\. <span class=\"id\">troops</span> <span class=\"st st-Disputed\">Disputed</span></h3>\\s*<ul class=\"side\">(?<cards>.*?)</ul>", RegexOptions.Singleline);
        Assert.True(conflict.Success, "no conflict block for the disputed fact");
        string[] cards = Regex.Matches(conflict.Groups["cards"].Value, "<li class=\"card( dep)?\">(.*?)</li>", RegexOptions.Singleline).Select(m => m.Value).ToArray();
        Assert.Equal(3, cards.Length);
        Assert.Contains("about 10000", cards[0], StringComparison.Ordinal);
        Assert.Contains("12000", cards[1], StringComparison.Ordinal);
        Assert.StartsWith("<li class=\"card dep\">", cards[2], StringComparison.Ordinal);
        Assert.Contains("<a href=\"#m-2\">report line 1</a>", cards[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Uncovered_number_sentences_are_marked_and_listed_and_the_summary_counts_them()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.WarningFacts);
        string html = Report(catalogue.Root);

        // Line 2 states a date that no claim quotes.
        Assert.Contains("<span class=\"u u-num\" id=\"s-1-u-1\"><span class=\"sr\">[uncovered sentence, number or date] </span>The treaty was signed on 26 July 2024 in Pyongyang.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#s-1-u-1\">line 2</a> [26]: The treaty was signed on 26 July 2024 in Pyongyang.</li>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">1 of 2 (50.0 %)</td><td class=\"n\">1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Uncovered_attributed_sentences_are_marked_apart_from_number_sentences_and_counted()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.CleanFacts, document: TempCatalogue.Document + "Moscow denied the reports.\r\n");
        string html = Report(catalogue.Root);

        // Line 1 attributes a statement to the Pentagon and a claim quotes it; line 4 attributes one to Moscow and none does.
        Assert.Contains("<span class=\"u u-att\" id=\"s-1-u-1\"><span class=\"sr\">[uncovered sentence, attributed statement] </span>Moscow denied the reports.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#s-1-u-1\">line 4</a> [denied]: Moscow denied the reports.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("u u-att\" id=\"s-1-u-2\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">1 of 2 (50.0 %)</td><td class=\"n\">1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_the_same_for_the_same_catalogue_whatever_its_line_endings()
    {
        using var lf = new TempCatalogue(TempCatalogue.CleanFacts, document: TempCatalogue.Document.Replace("\r\n", "\n"));
        using var crlf = new TempCatalogue(TempCatalogue.CleanFacts.Replace("\n", "\r\n"), TempCatalogue.Sources.Replace("\n", "\r\n"), TempCatalogue.Document);

        string first = Report(lf.Root);
        Assert.Equal(first, Report(lf.Root));
        Assert.Equal(first, Report(crlf.Root));
    }

    [Fact]
    public void A_catalogue_with_errors_still_gets_its_page_and_exit_code_1()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.BrokenFacts);
        ToolRun run = ToolRunner.Run(catalogue.Root, "report", "-o", "out/report.html");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("facts/test.facts.yaml(12,16): error FC0007: ", run.Error, StringComparison.Ordinal);
        string html = File.ReadAllText(Path.Combine(catalogue.Root, "out", "report.html"));
        Assert.Contains("<span class=\"missing\">quote not found:</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark class=\"q\" id=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_of_an_unknown_source_is_listed_not_dropped()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.CleanFacts.Replace("        source: report\n        quote: signed on", "        source: elsewhere\n        quote: signed on"));
        ToolRun run = ToolRunner.Run(catalogue.Root, "report", "-o", "report.html");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(" error FC0005: ", run.Error, StringComparison.Ordinal);
        string html = File.ReadAllText(Path.Combine(catalogue.Root, "report.html"));
        Match unknown = Regex.Match(html, "<h2 id=\"unknown-h\">Claims of unknown sources</h2>\n<ol class=\"claims\">\n(?<entries>.*?)</ol>", RegexOptions.Singleline);
        Assert.True(unknown.Success, "no list of claims of unknown sources");
        Assert.Contains("When the treaty was signed. (signing / report): 2024-07-26, claimed by the report", unknown.Groups["entries"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_shows_on_a_terminal_and_not_with_quiet()
    {
        using var catalogue = new TempCatalogue(TempCatalogue.CleanFacts);
        var error = new StringWriter();
        int exit = Cli.Run(new[] { "report", "-o", "report.html" }, TextWriter.Null, error, catalogue.Root, showProgress: true);
        Assert.Equal(0, exit);
        string[] stages = Regex.Matches(error.ToString(), @"factcatalog: ([a-z0-9 ]+)[^:\r\n]*: done in \d+ ms").Select(m => m.Groups[1].Value.Trim()).ToArray();
        Assert.Equal(new[] { "reading 3 files", "checking the catalogue", "measuring coverage", "writing the report" }, stages);

        var quiet = new StringWriter();
        Assert.Equal(0, Cli.Run(new[] { "report", "-o", "report.html", "--quiet" }, TextWriter.Null, quiet, catalogue.Root, showProgress: true));
        Assert.Equal(string.Empty, quiet.ToString());

        // Not a terminal (the in-process runner, like a pipe): nothing either.
        Assert.Equal(string.Empty, ToolRunner.Run(catalogue.Root, "report", "-o", "report.html").Error);
    }

    private static string Report(string root)
    {
        ToolRun run = ToolRunner.Run(root, "report", "-o", "report.html");
        Assert.True(run.ExitCode == 0, run.ToString());
        return File.ReadAllText(Path.Combine(root, "report.html"));
    }

    private static string Document(string html)
    {
        Match doc = Regex.Match(html, "<div class=\"doc\">(.*?)</div>", RegexOptions.Singleline);
        Assert.True(doc.Success, "the page has no document");
        return doc.Groups[1].Value;
    }

    /// <summary>
    /// Walks the document's markup as a browser nests it, failing on a tag closed out of order, and returns the text
    /// each claim's marks (head and continuations) hold, by claim number.
    /// </summary>
    private static Dictionary<string, string> MarkedText(string fragment)
    {
        var open = new Stack<string?>();
        var text = new Dictionary<string, string>();
        foreach (Match token in Regex.Matches(fragment, "<(?<close>/)?(?<tag>mark|span)(?<attrs>[^>]*)>|(?<text>[^<]+)"))
        {
            if (token.Groups["text"].Success)
            {
                string decoded = WebUtility.HtmlDecode(token.Groups["text"].Value);
                foreach (string? claim in open.Where(c => c is not null))
                {
                    text[claim!] = (text.TryGetValue(claim!, out string? before) ? before : string.Empty) + decoded;
                }
            }
            else if (token.Groups["close"].Success)
            {
                Assert.True(open.Count > 0, "a tag closes that is not open");
                string? top = open.Pop();
                Assert.Equal(token.Groups["tag"].Value == "mark", top is not null);
            }
            else
            {
                Match claim = Regex.Match(token.Groups["attrs"].Value, "data-c=\"(\\d+)\"");
                open.Push(token.Groups["tag"].Value == "mark" ? claim.Groups[1].Value : null);
            }
        }
        Assert.Empty(open);
        return text;
    }
}
