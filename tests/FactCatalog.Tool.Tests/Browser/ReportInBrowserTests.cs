using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactCatalog.Benchmarks;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Model;
using Xunit.Abstractions;

namespace FactCatalog.Tool.Tests.Browser;

/// <summary>The HTML report opened in headless Chromium: it loads cleanly, marks every located claim once, works from the keyboard and shows something.</summary>
public class ReportInBrowserTests
{
    /// <summary>Set to a path to keep the real catalogue's screenshot there (how docs/report.png is made).</summary>
    public const string ScreenshotVariable = "FACTCATALOG_REPORT_SCREENSHOT";

    /// <summary>The colour of a quote's mark (--q in the report's style), which a screenshot of a document must show.</summary>
    private const uint MarkColour = 0xFFE28A;

    private readonly ITestOutputHelper _output;

    public ReportInBrowserTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task The_real_catalogues_report_loads_without_errors_marks_every_located_claim_and_is_not_blank()
    {
        string? chromium = BrowserRequirement.Executable();
        if (chromium is null)
        {
            _output.WriteLine($"skipped: {BrowserRequirement.OptOutVariable}=1");
            return;
        }

        string folder = NewFolder();
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "report", "-o", Path.Combine(folder, "report.html"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Dictionary<int, string> located = LocatedQuotes(ToolRunner.RealCatalogue);
        Assert.True(located.Count > 100, "the real catalogue has fewer located claims than expected: " + located.Count);

        await using HeadlessChromium browser = await HeadlessChromium.StartAsync(chromium, 1200, 900);
        await browser.OpenAsync(new Uri(Path.Combine(folder, "report.html")).AbsoluteUri);

        Assert.Empty(browser.Problems());
        Assert.Equal(located.Count, await browser.EvaluateAsync<int>("document.querySelectorAll('.doc mark.q:not(.cont)').length"));
        Assert.Equal(located.Count, await browser.EvaluateAsync<int>("document.querySelectorAll('.doc mark.q[tabindex=\"0\"][aria-describedby]').length"));
        Assert.Equal(located.Count, await browser.EvaluateAsync<int>("new Set(Array.from(document.querySelectorAll('.doc mark.q'), m => m.dataset.c)).size"));

        // Each claim's pieces, in document order, read exactly its quote as the source writes it.
        string marked = await browser.EvaluateAsync<string>(
            "JSON.stringify(Array.from(document.querySelectorAll('.doc mark.q')).reduce((t, m) => { t[m.dataset.c] = (t[m.dataset.c] || '') + m.textContent; return t; }, {}))");
        Dictionary<string, string> texts = JsonSerializer.Deserialize<Dictionary<string, string>>(marked)!;
        Assert.Equal(located.OrderBy(p => p.Key).Select(p => p.Value), located.OrderBy(p => p.Key).Select(p => texts[p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)]));

        int uncovered = await browser.EvaluateAsync<int>("document.querySelectorAll('.doc .u-num:not(.cont)').length");
        Assert.Equal(CoverageUncovered(ToolRunner.RealCatalogue, "Sentences no claim quotes:"), uncovered);
        int unattributed = await browser.EvaluateAsync<int>("document.querySelectorAll('.doc .u-att:not(.cont)').length");
        Assert.Equal(CoverageUncovered(ToolRunner.RealCatalogue, "Attributions no claim quotes:"), unattributed);
        Assert.True(unattributed > 0, "the real catalogue's uncovered attributed sentences are not marked");
        Assert.True(await browser.EvaluateAsync<int>("document.querySelectorAll('.doc mark.q.dep:not(.cont)').length") > 0, "no deprecated claim is struck through");
        Assert.Equal("line-through", await browser.EvaluateAsync<string>("getComputedStyle(document.querySelector('.doc mark.q.dep')).textDecorationLine"));
        Assert.True(await browser.EvaluateAsync<int>("document.querySelectorAll('.conflict .side > li').length") > 1, "no conflicting claims side by side");

        // The keyboard: Tab from the top reaches the skip links first; a focused mark shows its claim; Escape hides it; Enter goes to the entry.
        await browser.PressAsync("Tab", 9);
        Assert.Equal("Skip to the summary", await browser.EvaluateAsync<string>("document.activeElement.textContent"));
        string firstEntry = await browser.EvaluateAsync<string>("document.getElementById('c-' + document.querySelector('.doc mark.q').dataset.c).textContent");
        await browser.EvaluateAsync<bool>("(document.querySelector('.doc mark.q').focus(), true)");
        Assert.False(await browser.EvaluateAsync<bool>("document.getElementById('tip').hidden"));
        Assert.Equal(firstEntry, await browser.EvaluateAsync<string>("document.getElementById('tip').textContent"));
        await browser.PressAsync("Escape", 27);
        Assert.True(await browser.EvaluateAsync<bool>("document.getElementById('tip').hidden"));
        await browser.PressAsync("Enter", 13);
        Assert.Equal("#" + await browser.EvaluateAsync<string>("document.getElementById('c-' + document.querySelector('.doc mark.q').dataset.c).id"),
            await browser.EvaluateAsync<string>("location.hash"));

        // The tooltip stays in view: below a mark in the middle of the window, above one at its bottom edge.
        // Sections lay out as they come into view (content-visibility), which can move the mark after a scroll,
        // so the mark is scrolled again until a frame leaves it where the scroll put it.
        Assert.Equal("below,above", await browser.EvaluateAsync<string>(
            "(async () => { const settle = () => new Promise(d => requestAnimationFrame(() => requestAnimationFrame(d)));"
            + " const tip = document.getElementById('tip'), m = document.querySelectorAll('.doc mark.q:not(.cont)')[5];"
            + " const place = async block => { for (let i = 0; i < 20; i++) { m.scrollIntoView({ block }); const top = m.getBoundingClientRect().top;"
            + " await settle(); if (Math.abs(m.getBoundingClientRect().top - top) < 1) { break; } } m.blur(); m.focus({ preventScroll: true }); };"
            + " await place('center'); const below = tip.getBoundingClientRect().top >= m.getBoundingClientRect().bottom;"
            + " const where = 'mark ' + Math.round(m.getBoundingClientRect().top) + '-' + Math.round(m.getBoundingClientRect().bottom) + ', tip ' + (tip.hidden ? 'hidden' : 'height ' + tip.offsetHeight) + ', window ' + document.documentElement.clientHeight;"
            + " await place('end'); const above = tip.getBoundingClientRect().bottom <= m.getBoundingClientRect().top;"
            + " m.blur(); return below && above ? 'below,above' : (below ? 'below' : 'not below') + ',' + (above ? 'above' : 'not above') + ' (' + where + ')'; })()"));

        // Text keeps a contrast of at least 4.5:1 (WCAG AA) against the background it is drawn on, marks included.
        Assert.Equal(string.Empty, await browser.EvaluateAsync<string>(ContrastBelowAA));

        // In print: no tooltip, no skip links, every section laid out.
        await browser.EmulateMediaAsync("print");
        Assert.Equal("none", await browser.EvaluateAsync<string>("getComputedStyle(document.getElementById('tip')).display"));
        Assert.Equal("none", await browser.EvaluateAsync<string>("getComputedStyle(document.querySelector('.skip')).display"));
        Assert.Equal("visible", await browser.EvaluateAsync<string>("getComputedStyle(document.querySelector('section.source')).contentVisibility"));
        await browser.EmulateMediaAsync("screen");

        // The screenshot: the deprecated claim's mark with the most quotes around it in the middle of the view, focused, so its struck-through claim shows in the tooltip.
        await browser.EvaluateAsync<bool>("(() => { const near = d => Array.from(d.closest('.doc').querySelectorAll('mark.q:not(.dep)')).filter(o => Math.abs(o.getBoundingClientRect().top - d.getBoundingClientRect().top) < 300).length;"
            + " const m = Array.from(document.querySelectorAll('.doc mark.q.dep:not(.cont)')).reduce((a, b) => near(b) > near(a) ? b : a);"
            + " m.scrollIntoView({ block: 'center' }); m.classList.add('shot'); return true; })()");
        // Sections render as they come into view and take their real height; focus once the layout has settled.
        await browser.EvaluateAsync<bool>("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))");
        await browser.EvaluateAsync<bool>("(() => { const m = document.querySelector('mark.shot'); m.classList.remove('shot'); m.scrollIntoView({ block: 'center' }); m.focus({ preventScroll: true }); return true; })()");
        Assert.False(await browser.EvaluateAsync<bool>("document.getElementById('tip').hidden"));
        Assert.Contains("deprecated", await browser.EvaluateAsync<string>("document.getElementById('tip').textContent"), StringComparison.Ordinal);
        byte[] screenshot = await browser.ScreenshotAsync();
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } keep)
        {
            File.WriteAllBytes(keep, screenshot);
        }
        Png png = Png.Decode(screenshot);
        Assert.Equal((1200, 900), (png.Width, png.Height));
        Assert.True(png.DistinctColours() > 50, $"the screenshot has {png.DistinctColours()} colours: blank or nearly");
        Assert.True(png.ShareNotBackground() > 0.03, $"only {png.ShareNotBackground():P1} of the screenshot is not background");
        Assert.True(png.Contains(MarkColour), "the screenshot shows no quote's mark");
        Assert.Empty(browser.Problems());
    }

    [Fact]
    public async Task A_report_of_10000_facts_loads_without_errors_and_marks_every_claim()
    {
        string? chromium = BrowserRequirement.Executable();
        if (chromium is null)
        {
            _output.WriteLine($"skipped: {BrowserRequirement.OptOutVariable}=1");
            return;
        }

        string folder = NewFolder();
        SyntheticModel model = SyntheticCatalogue.Create(10_000);
        foreach ((string path, string text) in model.Files())
        {
            string target = Path.Combine(folder, path.Substring(SyntheticCatalogue.ProjectDir.Length));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        ToolRun run = ToolRunner.Run(folder, "report", "-o", "report.html");
        Assert.True(run.ExitCode == 0, run.ToString());
        int claims = model.Facts.Sum(f => f.Claims.Count);
        Assert.Equal(claims, LocatedQuotes(folder).Count);

        await using HeadlessChromium browser = await HeadlessChromium.StartAsync(chromium);
        double loaded = await browser.OpenAsync(new Uri(Path.Combine(folder, "report.html")).AbsoluteUri);
        _output.WriteLine($"{claims} claims, {new FileInfo(Path.Combine(folder, "report.html")).Length} bytes; load event ended after {loaded:F0} ms; "
            + await browser.EvaluateAsync<string>("JSON.stringify(performance.getEntriesByType('navigation')[0])"));

        Assert.Empty(browser.Problems());
        Assert.Equal(claims, await browser.EvaluateAsync<int>("document.querySelectorAll('.doc mark.q:not(.cont)').length"));
        Assert.Equal(model.Sources.Count, await browser.EvaluateAsync<int>("document.querySelectorAll('section.source').length"));
        // The page's size is bounded per claim: a mark and a list entry each, no per-claim script.
        int elements = await browser.EvaluateAsync<int>("document.getElementsByTagName('*').length");
        Assert.True(elements < 12 * claims, $"{elements} elements for {claims} claims");
        Assert.Equal(1, await browser.EvaluateAsync<int>("document.scripts.length"));
    }

    [Fact]
    public async Task Hostile_text_in_a_catalogue_runs_no_script_and_adds_no_element()
    {
        string? chromium = BrowserRequirement.Executable();
        if (chromium is null)
        {
            _output.WriteLine($"skipped: {BrowserRequirement.OptOutVariable}=1");
            return;
        }

        using var catalogue = new TempCatalogue(HostileReport.Facts, HostileReport.Sources, HostileReport.Document);
        ToolRun run = ToolRunner.Run(catalogue.Root, "report", "-o", "report.html");
        Assert.True(run.ExitCode == 0, run.ToString());

        await using HeadlessChromium browser = await HeadlessChromium.StartAsync(chromium);
        await browser.OpenAsync(new Uri(Path.Combine(catalogue.Root, "report.html")).AbsoluteUri);

        Assert.Empty(browser.Problems());
        Assert.Equal("undefined", await browser.EvaluateAsync<string>("typeof window.pwned"));
        Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('img, iframe, object, embed, [onerror], [onclick], [onload]').length"));
        Assert.Equal(1, await browser.EvaluateAsync<int>("document.scripts.length"));
        Assert.Equal(2, await browser.EvaluateAsync<int>("document.querySelectorAll('.doc mark.q:not(.cont)').length"));
        Assert.Contains("<script>window.pwned=1</script>", await browser.EvaluateAsync<string>("document.querySelector('.doc').textContent"), StringComparison.Ordinal);
    }

    /// <summary>Script that lists, one per line, each kind of text whose contrast with its background is below 4.5:1; empty when none is.</summary>
    private const string ContrastBelowAA =
        """
        (() => {
          const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const luminance = c => { const [r, g, b] = c.match(/[\d.]+/g).map(Number); return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
          const background = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
          const kinds = ['body', '.doc', '.doc mark.q', '.doc mark.q mark.q', '.doc mark.q.dep', '.doc .u', '.legend', '.meta', '.id', 'a', '.st', '.rank', 'thead th', '.card', '.claims li'];
          const low = [];
          for (const k of kinds) {
            const e = document.querySelector(k);
            if (!e) { low.push(k + ': not on the page'); continue; }
            const f = luminance(getComputedStyle(e).color), b = luminance(background(e));
            const ratio = (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
            if (ratio < 4.5) low.push(k + ': ' + ratio.toFixed(2));
          }
          return low.join('\n');
        })()
        """;

    /// <summary>The located claims' quotes as their documents write them, by the number the report gives each claim (model order).</summary>
    internal static Dictionary<int, string> LocatedQuotes(string root)
    {
        var context = new ToolContext(root, TextWriter.Null, TextWriter.Null);
        CatalogueInput input = CatalogueInput.Read(context, "facts", null)!;
        CatalogueResult result = input.Run();
        var quotes = new Dictionary<int, string>();
        int number = 0;
        foreach (ResolvedClaim claim in result.Model.Groups.SelectMany(g => g.Facts).SelectMany(f => f.Claims))
        {
            number++;
            if (claim.Citation is ResolvedCitation citation)
            {
                string file = result.Model.Sources.Single(s => s.Id == citation.SourceId).File;
                quotes[number] = input.DocumentText(file)!.Substring(citation.Offset, citation.Length);
            }
        }
        return quotes;
    }

    /// <summary>How many sentences the coverage command lists under <paramref name="heading"/> (up to the next blank line or list).</summary>
    private static int CoverageUncovered(string root, string heading)
    {
        ToolRun coverage = ToolRunner.Run(root, "coverage");
        Assert.Contains(heading, coverage.OutputLines);
        return coverage.OutputLines.SkipWhile(l => l != heading).Skip(1).TakeWhile(l => l.Length > 0 && !l.EndsWith(" no claim quotes:", StringComparison.Ordinal)).Count();
    }

    private static string NewFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "factcatalog-tool-tests", "browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
