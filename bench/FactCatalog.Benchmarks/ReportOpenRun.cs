using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactCatalog.Tool;
using FactCatalog.Tool.Tests.Browser;

namespace FactCatalog.Benchmarks;

/// <summary>
/// <c>--report-open [facts] [runs]</c>: writes <c>factcatalog report</c> for a synthetic catalogue, then opens it in headless
/// Chromium (a fresh browser per run, the page read from disk) and prints, per run and as the median, the page's own
/// Navigation Timing and paint figures: the end of its load event, DOMContentLoaded and the first contentful paint,
/// all in milliseconds from the navigation's start, and the CPU time of the page's main thread until the load event, which
/// a busy machine inflates far less than it does the wall-clock figures.
/// </summary>
internal static class ReportOpenRun
{
    public static int Run(int factCount, int runs) => RunAsync(factCount, runs).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(int factCount, int runs)
    {
        string chromium = HeadlessChromium.Find() ?? throw new InvalidOperationException("headless Chromium not found (install chromium or set " + HeadlessChromium.BrowserVariable + ")");
        string folder = Path.Combine(Path.GetTempPath(), "factcatalog-report-open-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticModel model = SyntheticCatalogue.Create(factCount);
            foreach ((string path, string text) in model.Files())
            {
                string target = Path.Combine(folder, path.Substring(SyntheticCatalogue.ProjectDir.Length));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }
            var write = Stopwatch.StartNew();
            int exit = Cli.Run(new[] { "report", "-o", "report.html" }, TextWriter.Null, Console.Error, folder);
            write.Stop();
            if (exit != 0)
            {
                throw new InvalidOperationException("factcatalog report failed on the synthetic catalogue");
            }
            string page = Path.Combine(folder, "report.html");
            int claims = model.Facts.Sum(f => f.Claims.Count);
            Console.WriteLine($"{factCount} facts, {claims} claims, {model.Sources.Count} sources: report.html {new FileInfo(page).Length / 1024.0 / 1024.0:F1} MB, written in {write.ElapsedMilliseconds} ms (first run of the tool in this process)");
            Console.WriteLine($"load average before the runs: {LoadAverage()}");

            var loads = new List<double>();
            var ready = new List<double>();
            var paints = new List<double>();
            var cpus = new List<double>();
            for (int i = 0; i < runs; i++)
            {
                await using HeadlessChromium browser = await HeadlessChromium.StartAsync(chromium);
                Dictionary<string, double> before = await browser.MetricsAsync();
                double load = await browser.OpenAsync(new Uri(page).AbsoluteUri);
                Dictionary<string, double> after = await browser.MetricsAsync();
                // CPU time of the page's main thread; the page may have moved to a renderer of its own, whose count starts at 0.
                double cpu = (after["ThreadTime"] - (after["ThreadTime"] >= before["ThreadTime"] ? before["ThreadTime"] : 0)) * 1000;
                double dom = await browser.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
                double paint = await browser.EvaluateAsync<double>("(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime");
                int elements = await browser.EvaluateAsync<int>("document.getElementsByTagName('*').length");
                if (browser.Problems().Count > 0)
                {
                    throw new InvalidOperationException("the page reported problems: " + string.Join("\n", browser.Problems()));
                }
                loads.Add(load);
                ready.Add(dom);
                paints.Add(paint);
                cpus.Add(cpu);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {i + 1}: load event end {load:F0} ms, DOMContentLoaded {dom:F0} ms, first contentful paint {paint:F0} ms, main-thread CPU {cpu:F0} ms (tasks {after["TaskDuration"] * 1000:F0} ms: script {after["ScriptDuration"] * 1000:F0}, style {after["RecalcStyleDuration"] * 1000:F0}, layout {after["LayoutDuration"] * 1000:F0}), {elements} elements"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of {runs}: load event end {Median(loads):F0} ms, DOMContentLoaded {Median(ready):F0} ms, first contentful paint {Median(paints):F0} ms, main-thread CPU {Median(cpus):F0} ms; load average after: {LoadAverage()}"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Median(List<double> values)
    {
        double[] sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
