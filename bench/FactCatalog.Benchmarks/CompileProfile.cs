using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Benchmarks;

/// <summary>
/// Tools for finding where the compiler spends its time on generated code:
/// <list type="bullet">
/// <item><description><c>--write-generated &lt;facts&gt; &lt;folder&gt;</c>: runs the generator in this process over the synthetic
/// catalogue split into 100 fact files (as <c>--real-build</c> writes it) and writes the generated sources into the folder,
/// as <c>-p:EmitCompilerGeneratedFiles=true</c> would.</description></item>
/// <item><description><c>--compile-ab &lt;rounds&gt; &lt;folderA&gt; &lt;folderB&gt; [more folders]</c>: the parse and the emit (no XML file, then
/// with it) of folders of generated code in turn, the order rotating each round, after a warm-up pass of each; prints each
/// round's CPU time and the medians, each against A (the baseline).</description></item>
/// <item><description><c>--compile-profile &lt;folder&gt; [rounds]</c>: a warm-up pass (parse, emit), then prints <c>warm</c> and its
/// process id and waits until a file <c>&lt;folder&gt;.go</c> exists (a profiler attaches meanwhile), then parses and emits
/// <c>rounds</c> times: a trace taken from the signal on holds the warm compiler only.</description></item>
/// </list>
/// </summary>
public static class CompileProfile
{
    public static int WriteGenerated(int factCount, string folder)
    {
        var files = SyntheticCatalogue.Files(factCount, factFileCount: Math.Min(100, factCount));
        var driver = CatalogueBuild.CreateDriver(CatalogueBuild.AdditionalTexts(files));
        GeneratorDriverRunResult result = driver.RunGenerators(CatalogueBuild.Compilation("Catalogue", optimize: true)).GetRunResult();
        CatalogueBuild.ThrowOnErrors("The generator reported errors", result.Diagnostics);
        Directory.CreateDirectory(folder);
        long chars = 0;
        int count = 0;
        foreach (GeneratedSourceResult source in result.Results.SelectMany(r => r.GeneratedSources))
        {
            string text = source.SourceText.ToString();
            File.WriteAllText(Path.Combine(folder, source.HintName), text);
            chars += text.Length;
            count++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} files, {chars / 1e6:0.00} M chars written to {folder}"));
        return 0;
    }

    public static int AB(string[] folders, int rounds)
    {
        var sets = folders.Select(CompilePhases.Read).ToArray();
        for (int i = 0; i < sets.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Label(i)}: {folders[i]}: {sets[i].Length} files, {sets[i].Sum(f => (long)f.Text.Length) / 1e6:0.00} M chars"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} CPUs; load average {CompilePhases.LoadAverage()}"));
        Console.WriteLine("warm-up pass of each (not counted)");
        foreach (var set in sets)
        {
            Round(set);
        }
        var results = sets.Select(_ => new Dictionary<string, List<double>>()).ToArray();
        for (int i = 0; i < rounds; i++)
        {
            // Rotate which goes first, so none always follows the same other's garbage.
            foreach (int which in Enumerable.Range(0, sets.Length).Select(k => (k + i) % sets.Length))
            {
                var r = Round(sets[which]);
                foreach (var (name, cpu) in r)
                {
                    (results[which].TryGetValue(name, out var list) ? list : results[which][name] = new List<double>()).Add(cpu);
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  round {i + 1} {Label(which)}: {string.Join(", ", r.Select(x => $"{x.Name} {x.Cpu:0.00} s"))}; load average {CompilePhases.LoadAverage()}"));
            }
        }
        Console.WriteLine("medians of CPU time, and each against A:");
        foreach (string name in results[0].Keys)
        {
            double baseline = Median(results[0][name]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name}: {string.Join(", ", results.Select((r, k) => $"{Label(k)} {Median(r[name]):0.00} s" + (k == 0 ? "" : $" ({Median(r[name]) / baseline:0.000})")))}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average at the end {CompilePhases.LoadAverage()}"));
        return 0;
    }

    private static string Label(int index) => ((char)('A' + index)).ToString();

    public static int Profile(string folder, int rounds)
    {
        var files = CompilePhases.Read(folder);
        Round(files);
        string signal = folder.TrimEnd('/') + ".go";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm {Environment.ProcessId}"));
        var waited = Stopwatch.StartNew();
        while (!File.Exists(signal) && waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            System.Threading.Thread.Sleep(100);
        }
        for (int i = 0; i < rounds; i++)
        {
            var r = Round(files);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {i + 1}: {string.Join(", ", r.Select(x => $"{x.Name} {x.Cpu:0.00} s"))}; load average {CompilePhases.LoadAverage()}"));
        }
        return 0;
    }

    private static List<(string Name, double Cpu)> Round((string Path, string Text)[] files)
    {
        var list = new List<(string, double)>();
        SyntaxTree[] trees = null!;
        list.Add(("parse", CompilePhases.Time(() => trees = CompilePhases.Parse(files, CompilePhases.Diagnose)).Cpu));
        list.Add(("emit", CompilePhases.Time(() => CompilePhases.Emit(CompilePhases.Compile(trees), xml: false)).Cpu));
        list.Add(("emit+xml", CompilePhases.Time(() => CompilePhases.Emit(CompilePhases.Compile(trees), xml: true)).Cpu));
        return list;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
