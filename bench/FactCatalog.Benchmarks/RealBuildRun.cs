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
/// <para><c>--warm-server</c> measures what a user's rebuilds pay instead: shared compilation on (the default), so the
/// compiler runs in a compiler server (VBCSCompiler) that stays alive between builds. Each project has a server of its
/// own, on a pipe of the run's own (<c>-p:SharedCompilationId</c>), as a user rebuilding that project has: it starts
/// fresh, no other build on the machine shares it, and one project's compilations do not fill another's. One discarded
/// warm-up build of each project comes first. A build's CPU is that of the <c>dotnet build</c> tree plus what its server
/// gained from just before the build until it is idle again (<see cref="CompilerServerProbe"/>); its peak memory is the
/// larger of the tree's peak and the server's peak during the build (its high-water mark, reset before each build), which
/// includes what the server still holds from the builds before. MSBuild's own nodes stay per build
/// (<c>-nodeReuse:false</c>), as in the cold mode: for one project they do little, and reused nodes would be shared with
/// other builds on the machine. The servers are ended when their series is done. <c>--one-server</c> (with
/// <c>--warm-server</c>) sends every build of the run through one server instead, as the SDK's default pipe (one per user
/// and SDK) does on a developer's machine: each project's build then finds a compiler warmed by all of them, and the
/// memory the others left behind. <c>--warm-ups=K</c> makes K discarded warm-up builds of each project instead of one.
/// <c>--runs=K</c> makes K alternating rounds instead of three.</para>
/// Exits non-zero if a build fails or a built program does not see the whole catalogue.
/// </remarks>
public static class RealBuildRun
{
    public static int Run(string[] arguments)
    {
        bool documentation = !arguments.Contains("--no-doc");
        bool warm = arguments.Contains("--warm-server");
        bool oneServer = warm && arguments.Contains("--one-server");
        int warmUps = warm ? 1 : 0;
        foreach (string argument in arguments.Where(a => a.StartsWith("--warm-ups=", StringComparison.Ordinal)))
        {
            warmUps = int.Parse(argument["--warm-ups=".Length..], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        int runs = 3;
        foreach (string argument in arguments.Where(a => a.StartsWith("--runs=", StringComparison.Ordinal)))
        {
            // Fewer rounds for catalogues whose every build takes many minutes (100,000 facts).
            runs = int.Parse(argument["--runs=".Length..], NumberStyles.None, CultureInfo.InvariantCulture);
        }
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
        // The warm mode's private compiler servers, one per project (or one for all): their pipe names are unique to this run.
        double ticks = warm ? ClockTicksPerSecond() : 0;
        var servers = new List<Server>();
        Server? NewServer(int count, string project)
        {
            if (!warm)
            {
                return null;
            }
            if (oneServer && servers.Count > 0)
            {
                return servers[0];
            }
            var made = new Server(oneServer ? $"factcatalog-bench-{stamp}" : $"factcatalog-bench-{stamp}-{Int(count)}-{project}", ticks);
            servers.Add(made);
            return made;
        }
        if (warm)
        {
            Console.WriteLine($"warm compiler servers: shared compilation on, {(oneServer ? "one server for every build" : "one server per project")}, {warmUps} warm-up build(s) of each project; CPU = build tree + server, peak = max(build tree, server during the build)");
        }

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
                Server? libraryServer = NewServer(count, "library");
                Build(library, $"{count} facts: the catalogue library, built once", libraryServer);
                if (!oneServer)
                {
                    libraryServer?.Shutdown();
                }
                Server? emptyServer = NewServer(count, "none");
                Server? fullServer = NewServer(count, "facts");
                Server? appServer = NewServer(count, "app");
                for (int warmUp = 1; warm && warmUp <= warmUps; warmUp++)
                {
                    // Discarded: the first builds through a server pay its loading and JIT; rebuilds are what users repeat.
                    Build(empty, $"{count} facts, warm-up {warmUp} (discarded): no facts", emptyServer);
                    Build(full, $"{count} facts, warm-up {warmUp} (discarded): {count} facts", fullServer);
                    Build(app, $"{count} facts, warm-up {warmUp} (discarded): app referencing the {count}-fact library", appServer, "-p:BuildProjectReferences=false");
                }
                var noFacts = new List<BuildFigures>();
                var withFacts = new List<BuildFigures>();
                var apps = new List<BuildFigures>();
                for (int run = 1; run <= runs; run++)
                {
                    noFacts.Add(Build(empty, $"{count} facts, run {run}: no facts", emptyServer));
                    withFacts.Add(Build(full, $"{count} facts, run {run}: {count} facts", fullServer));
                    apps.Add(Build(app, $"{count} facts, run {run}: app referencing the {count}-fact library", appServer, "-p:BuildProjectReferences=false"));
                }
                foreach (Server? done in oneServer ? Array.Empty<Server?>() : new[] { emptyServer, fullServer, appServer })
                {
                    done?.Shutdown();
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
                if (warm)
                {
                    static string Parts(BuildFigures f) =>
                        $"tree {f.TreeCpuSeconds:0.0} s + server {f.ServerCpuSeconds:0.0} s; tree peak {f.TreePeakMegabytes:0} MB, server resident before {f.ServerResidentBeforeMegabytes:0} MB, peak during {f.ServerPeakMegabytes:0} MB, resident after {f.ServerResidentMegabytes:0} MB";
                    summary.AppendLine($"  no facts: {Parts(none)}");
                    summary.AppendLine($"  {count:N0} facts: {Parts(some)}");
                    summary.AppendLine($"  app: {Parts(split)}");
                }
            }
        }
        finally
        {
            servers.ForEach(s => s.Shutdown());
            // The unique version would otherwise stay in the global packages folder for good.
            string restored = Path.Combine(GlobalPackagesFolder(), "factcatalog", version);
            if (Directory.Exists(restored))
            {
                Directory.Delete(restored, recursive: true);
            }
        }
        Console.WriteLine(!warm
            ? "medians (wall, CPU = user + system of the build and its compiler, peak resident set of its largest process):"
            : "medians (wall, CPU = user + system of the build tree and of the compiler server during the build, peak = larger of the build tree's largest process and the server during the build):");
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

    private static BuildFigures Build(string project, string label, Server? server, params string[] extra)
    {
        string timeFile = Path.Combine(project, "..", "time.txt");
        string[] compiler = server is null
            ? new[] { "-p:UseSharedCompilation=false" }
            : new[] { "-p:UseSharedCompilation=true", "-p:SharedCompilationId=" + server.PipeName };
        IReadOnlyList<CompilerServerProbe.Sample> before = server?.Before() ?? Array.Empty<CompilerServerProbe.Sample>();
        // %e wall seconds, %U and %S CPU seconds of the build and every process it waited for (the compiler, unless it
        // runs in the server), %M the peak resident set in KiB of the largest of them.
        CommandResult result = Start("/usr/bin/time", project, new[]
        {
            "-f", "%e %U %S %M", "-o", timeFile,
            "dotnet", "build", "-c", "Release", "--no-restore", "--no-incremental", "-nodeReuse:false",
        }.Concat(compiler).Concat(extra).ToArray());
        Require(result);
        string[] fields = File.ReadAllText(timeFile).Trim().Split('\n').Last().Split(' ');
        double Parse(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        var figures = new BuildFigures(Parse(0), Parse(1) + Parse(2), Parse(3) / 1024);
        string load = File.ReadAllText("/proc/loadavg").Trim();
        if (server is null)
        {
            Console.WriteLine($"{label}: wall {figures.WallSeconds:0.00} s, CPU {figures.CpuSeconds:0.00} s, peak {figures.PeakMegabytes:0} MB; load average {load}");
            return figures;
        }
        CompilerServerProbe.Use use = CompilerServerProbe.Between(before, server.After());
        double serverCpu = use.CpuTicks / server.TicksPerSecond;
        double serverPeak = use.PeakResidentKib / 1024.0;
        var warm = figures with
        {
            CpuSeconds = figures.CpuSeconds + serverCpu,
            PeakMegabytes = Math.Max(figures.PeakMegabytes, serverPeak),
            TreeCpuSeconds = figures.CpuSeconds,
            TreePeakMegabytes = figures.PeakMegabytes,
            ServerCpuSeconds = serverCpu,
            ServerPeakMegabytes = serverPeak,
            ServerResidentMegabytes = use.ResidentKib / 1024.0,
            ServerResidentBeforeMegabytes = before.Sum(s => s.ResidentKib ?? 0) / 1024.0,
        };
        string caveat = use.ServerCount == 0 ? " (NO compiler server found: the compiler ran in the build tree)"
            : use.Restarted ? " (a compiler server ended during the build: its CPU is missing)"
            : server.PeakIsLifetime ? " (server peak is its lifetime high-water mark: it could not be reset)" : "";
        Console.WriteLine($"{label}: wall {warm.WallSeconds:0.00} s, CPU {warm.CpuSeconds:0.00} s (tree {warm.TreeCpuSeconds:0.00} + server {serverCpu:0.00}), " +
            $"peak {warm.PeakMegabytes:0} MB (tree {warm.TreePeakMegabytes:0}; server resident before {warm.ServerResidentBeforeMegabytes:0}, peak during the build {serverPeak:0}, resident after {warm.ServerResidentMegabytes:0}){caveat}; load average {load}");
        return warm;
    }

    private static double ClockTicksPerSecond()
    {
        // /proc/<pid>/stat counts in clock ticks (USER_HZ), 100 on every usual Linux; getconf says for sure.
        CommandResult result = Start("getconf", Directory.GetCurrentDirectory(), new[] { "CLK_TCK" });
        return result.ExitCode == 0 && double.TryParse(result.Output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out double ticks) && ticks > 0 ? ticks : 100;
    }

    /// <summary>The warm mode's compiler server: found by its private pipe, its peak reset before each build, ended at the end.</summary>
    private sealed class Server(string pipeName, double ticksPerSecond)
    {
        public string PipeName { get; } = pipeName;

        public double TicksPerSecond { get; } = ticksPerSecond;

        /// <summary>Whether the last build's server peak could not be reset, so is over the server's lifetime.</summary>
        public bool PeakIsLifetime { get; private set; }

        public IReadOnlyList<CompilerServerProbe.Sample> Before()
        {
            IReadOnlyList<CompilerServerProbe.Sample> samples = CompilerServerProbe.Snapshot(PipeName);
            PeakIsLifetime = false;
            foreach (CompilerServerProbe.Sample sample in samples)
            {
                PeakIsLifetime |= !CompilerServerProbe.ResetPeak(sample.ProcessId);
            }
            // Read again: the reset moved the high-water mark, and CPU is counted from here.
            return samples.Count == 0 ? samples : CompilerServerProbe.Snapshot(PipeName);
        }

        /// <summary>The server once it is idle again (up to 5 s): work it finishes after answering, such as a collection, is this build's.</summary>
        public IReadOnlyList<CompilerServerProbe.Sample> After()
        {
            IReadOnlyList<CompilerServerProbe.Sample> samples = CompilerServerProbe.Snapshot(PipeName);
            for (int wait = 0; wait < 25; wait++)
            {
                System.Threading.Thread.Sleep(200);
                IReadOnlyList<CompilerServerProbe.Sample> next = CompilerServerProbe.Snapshot(PipeName);
                bool idle = next.Sum(s => s.CpuTicks) == samples.Sum(s => s.CpuTicks);
                samples = next;
                if (idle)
                {
                    break;
                }
            }
            return samples;
        }

        /// <summary>Ends the servers this run started (no other build uses their pipe).</summary>
        public void Shutdown()
        {
            foreach (CompilerServerProbe.Sample sample in CompilerServerProbe.Snapshot(PipeName))
            {
                try
                {
                    using Process process = Process.GetProcessById(sample.ProcessId);
                    process.Kill();
                    Console.WriteLine($"ended compiler server {sample.ProcessId}");
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // It ended on its own meanwhile.
                }
            }
        }
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
        // The warm mode's parts: the build tree's and the compiler server's shares.
        public double TreeCpuSeconds { get; init; }

        public double TreePeakMegabytes { get; init; }

        public double ServerCpuSeconds { get; init; }

        public double ServerPeakMegabytes { get; init; }

        public double ServerResidentMegabytes { get; init; }

        public double ServerResidentBeforeMegabytes { get; init; }

        public static BuildFigures Median(List<BuildFigures> runs) => new(
            Middle(runs.Select(r => r.WallSeconds)), Middle(runs.Select(r => r.CpuSeconds)), Middle(runs.Select(r => r.PeakMegabytes)))
        {
            TreeCpuSeconds = Middle(runs.Select(r => r.TreeCpuSeconds)),
            TreePeakMegabytes = Middle(runs.Select(r => r.TreePeakMegabytes)),
            ServerCpuSeconds = Middle(runs.Select(r => r.ServerCpuSeconds)),
            ServerPeakMegabytes = Middle(runs.Select(r => r.ServerPeakMegabytes)),
            ServerResidentMegabytes = Middle(runs.Select(r => r.ServerResidentMegabytes)),
            ServerResidentBeforeMegabytes = Middle(runs.Select(r => r.ServerResidentBeforeMegabytes)),
        };

        private static double Middle(IEnumerable<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
