using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FactCatalog.Benchmarks;

/// <summary>
/// The cost of a real build: packs the package, makes a console project that uses it with a synthetic catalogue of N
/// facts and the same project with no facts, and rebuilds them alternately with
/// <c>dotnet build -c Release --no-restore --no-incremental</c>, each build under <c>/usr/bin/time</c>. Every build runs
/// the compiler in a process of its own (no build server, no node reuse), so the build's CPU time (user + system, the
/// compiler's included) and its largest process's peak resident set are those of that build alone.
/// </summary>
/// <remarks>
/// <c>--real-build [--no-doc] N...</c>: <c>--no-doc</c> builds without <c>GenerateDocumentationFile</c> (the compiler then
/// treats doc comments as plain comments). Each N gets its own pair of projects; the medians of each series and their
/// ratios are printed at the end. Each N also gets the split that big catalogues need: the facts in a library built
/// once, and an app that references it, rebuilt alone (<c>-p:BuildProjectReferences=false</c>) in the same rotation.
/// Exits non-zero if a build fails or a built program does not see the whole catalogue.
/// </remarks>
public static class RealBuildRun
{
    public static int Run(string[] arguments)
    {
        bool documentation = !arguments.Contains("--no-doc");
        int runs = 3;
        int[] counts = arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal))
            .Select(a => int.Parse(a, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        if (counts.Length == 0)
        {
            counts = new[] { 1_000, 10_000 };
        }

        string root = RepositoryRoot();
        string stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        string work = Path.Combine(Path.GetTempPath(), "factcatalog-bench", "real-build-" + stamp);
        string packages = Path.Combine(work, "packages");
        Directory.CreateDirectory(packages);
        string version = Pack(root, packages, "bench." + stamp);
        Console.WriteLine($"real build: package {version}, {Environment.ProcessorCount} CPUs, GenerateDocumentationFile={documentation}, {runs} runs each, alternating; work folder {work}");

        // Nothing above the work folder may change the builds; the machine's package sources stay, the folder is added.
        File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(work, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(work, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n" +
            $"    <add key=\"factcatalog-bench\" value=\"{packages}\" />\n  </packageSources>\n</configuration>\n");

        var summary = new StringBuilder();
        try
        {
            foreach (int count in counts)
            {
                string folder = Path.Combine(work, Int(count));
                string empty = Consumer(Path.Combine(folder, "none", "Bench"), version, documentation, 0);
                string full = Consumer(Path.Combine(folder, "facts", "Bench"), version, documentation, count);
                // The split for big catalogues: the facts in a library built once, and an app that references it.
                string library = Consumer(Path.Combine(folder, "library", "Bench"), version, documentation, count, library: true);
                string app = App(Path.Combine(folder, "app", "App"), documentation);
                Restore(empty);
                Restore(full);
                Restore(app);
                Build(library, $"{count} facts: the catalogue library, built once");
                var noFacts = new List<BuildFigures>();
                var withFacts = new List<BuildFigures>();
                var apps = new List<BuildFigures>();
                for (int run = 1; run <= runs; run++)
                {
                    noFacts.Add(Build(empty, $"{count} facts, run {run}: no facts"));
                    withFacts.Add(Build(full, $"{count} facts, run {run}: {count} facts"));
                    apps.Add(Build(app, $"{count} facts, run {run}: app referencing the {count}-fact library", "-p:BuildProjectReferences=false"));
                }
                Check(empty, "Bench", "0");
                Check(full, "Bench", Int(count));
                Check(app, "App", Int(count));
                BuildFigures none = BuildFigures.Median(noFacts);
                BuildFigures some = BuildFigures.Median(withFacts);
                BuildFigures split = BuildFigures.Median(apps);
                summary.AppendLine($"| no facts | {none.WallSeconds:0.0} s | {none.CpuSeconds:0.0} s | {none.PeakMegabytes:0} MB |");
                summary.AppendLine($"| {count:N0} facts | {some.WallSeconds:0.0} s | {some.CpuSeconds:0.0} s | {some.PeakMegabytes:0} MB |");
                summary.AppendLine($"| ratio | {some.WallSeconds / none.WallSeconds:0.0}x | {some.CpuSeconds / none.CpuSeconds:0.0}x | {some.PeakMegabytes / none.PeakMegabytes:0.0}x |");
                summary.AppendLine($"| app referencing a {count:N0}-fact library | {split.WallSeconds:0.0} s | {split.CpuSeconds:0.0} s | {split.PeakMegabytes:0} MB |");
                summary.AppendLine($"| ratio to no facts | {split.WallSeconds / none.WallSeconds:0.0}x | {split.CpuSeconds / none.CpuSeconds:0.0}x | {split.PeakMegabytes / none.PeakMegabytes:0.0}x |");
            }
        }
        finally
        {
            // The unique version would otherwise stay in the global packages folder for good.
            string restored = Path.Combine(GlobalPackagesFolder(), "factcatalog", version);
            if (Directory.Exists(restored))
            {
                Directory.Delete(restored, recursive: true);
            }
        }
        Console.WriteLine("medians (wall, CPU = user + system of the build and its compiler, peak resident set of its largest process):");
        Console.Write(summary.ToString());
        return 0;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FactCatalog.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Run from the repository (no FactCatalog.sln in this folder or above).");
    }

    private static string Pack(string root, string packages, string suffix)
    {
        Require(Dotnet(root, "pack", "src/FactCatalog.Package", "-c", "Release", "-o", packages, "--version-suffix", suffix, "-nodeReuse:false"));
        string package = Directory.GetFiles(packages, "FactCatalog.*.nupkg").Single();
        return Path.GetFileNameWithoutExtension(package)["FactCatalog.".Length..];
    }

    /// <summary>A console project named Bench (so the catalogue is <c>Bench.Facts</c>) with the package and <paramref name="factCount"/> facts.</summary>
    private static string Consumer(string directory, string version, bool documentation, int factCount, bool library = false)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Bench.csproj"),
            $"<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>{(library ? "Library" : "Exe")}</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n" +
            "    <ImplicitUsings>enable</ImplicitUsings>\n    <Nullable>enable</Nullable>\n" +
            $"    <GenerateDocumentationFile>{(documentation ? "true" : "false")}</GenerateDocumentationFile>\n" +
            "    <!-- The generated catalogue's members are documented; the program's are not. -->\n    <NoWarn>$(NoWarn);CS1591</NoWarn>\n" +
            "  </PropertyGroup>\n  <ItemGroup>\n" +
            $"    <PackageReference Include=\"FactCatalog\" Version=\"{version}\" />\n  </ItemGroup>\n</Project>\n");
        if (factCount > 0)
        {
            // 100 fact files, as a catalogue of this size would be split.
            foreach ((string path, string text) in SyntheticCatalogue.Files(factCount, factFileCount: Math.Min(100, factCount)))
            {
                string target = Path.Combine(directory, path[SyntheticCatalogue.ProjectDir.Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }
        }
        if (!library)
        {
            File.WriteAllText(Path.Combine(directory, "Program.cs"), factCount > 0
                ? "Console.WriteLine(Bench.Facts.All.Count);\n"
                : "Console.WriteLine(0);\n");
        }
        return directory;
    }

    /// <summary>A console app with no facts of its own that references the catalogue library beside it (and gets the package through it).</summary>
    private static string App(string directory, bool documentation)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "App.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n" +
            "    <ImplicitUsings>enable</ImplicitUsings>\n    <Nullable>enable</Nullable>\n" +
            $"    <GenerateDocumentationFile>{(documentation ? "true" : "false")}</GenerateDocumentationFile>\n    <NoWarn>$(NoWarn);CS1591</NoWarn>\n" +
            "  </PropertyGroup>\n  <ItemGroup>\n    <ProjectReference Include=\"../../library/Bench/Bench.csproj\" />\n  </ItemGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "Console.WriteLine(Bench.Facts.All.Count);\n");
        return directory;
    }

    private static void Restore(string project) => Require(Dotnet(project, "restore", "-nodeReuse:false"));

    private static BuildFigures Build(string project, string label, params string[] extra)
    {
        string timeFile = Path.Combine(project, "..", "time.txt");
        // %e wall seconds, %U and %S CPU seconds of the build and every process it waited for (the compiler),
        // %M the peak resident set in KiB of the largest of them.
        CommandResult result = Start("/usr/bin/time", project, new[]
        {
            "-f", "%e %U %S %M", "-o", timeFile,
            "dotnet", "build", "-c", "Release", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false",
        }.Concat(extra).ToArray());
        Require(result);
        string[] fields = File.ReadAllText(timeFile).Trim().Split('\n').Last().Split(' ');
        double Parse(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        var figures = new BuildFigures(Parse(0), Parse(1) + Parse(2), Parse(3) / 1024);
        Console.WriteLine($"{label}: wall {figures.WallSeconds:0.00} s, CPU {figures.CpuSeconds:0.00} s, peak {figures.PeakMegabytes:0} MB; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        return figures;
    }

    /// <summary>The built program prints its fact count: the catalogue is there and loads.</summary>
    private static void Check(string project, string name, string expected)
    {
        CommandResult run = Require(Dotnet(project, $"bin/Release/net10.0/{name}.dll"));
        if (run.Output.Trim() != expected)
        {
            throw new InvalidOperationException($"{project}: the program printed {run.Output.Trim()}, not {expected}.");
        }
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static CommandResult Dotnet(string directory, params string[] arguments) => Start("dotnet", directory, arguments);

    private static CommandResult Start(string program, string directory, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CommandResult(program + " " + string.Join(" ", arguments), process.ExitCode, output + error.Result);
    }

    private static CommandResult Require(CommandResult result) =>
        result.ExitCode == 0 ? result : throw new InvalidOperationException($"{result.CommandLine} exited with {result.ExitCode}:\n{result.Output}");

    private sealed record CommandResult(string CommandLine, int ExitCode, string Output);

    private sealed record BuildFigures(double WallSeconds, double CpuSeconds, double PeakMegabytes)
    {
        public static BuildFigures Median(List<BuildFigures> runs) => new(
            Middle(runs.Select(r => r.WallSeconds)), Middle(runs.Select(r => r.CpuSeconds)), Middle(runs.Select(r => r.PeakMegabytes)));

        private static double Middle(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
