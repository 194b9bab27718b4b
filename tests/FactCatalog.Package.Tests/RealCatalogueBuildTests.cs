using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using FactCatalog.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FactCatalog.Package.Tests;

/// <summary>
/// The repository's real catalogue (facts/ and seeds/) in a new project that uses the package, built with the
/// compiler's analyzer report: the generator's and analyzers' times are measured in a real build. The test checks
/// that the report has them; with FACTCATALOG_RECORD_BENCHMARKS=1 it also writes them into docs/benchmarks.md.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RealCatalogueBuildTests
{
    private const string SectionTitle = "## Real build: generator and analyzer time";
    private const string SectionStart = "<!-- real-build:start (written by tests/FactCatalog.Package.Tests, RealCatalogueBuildTests) -->";
    private const string SectionEnd = "<!-- real-build:end -->";

    /// <summary>Three builds when recording the figures, which vary from run to run; one to check the report otherwise.</summary>
    private static int Runs => Recording ? 3 : 1;

    private static bool Recording => Environment.GetEnvironmentVariable("FACTCATALOG_RECORD_BENCHMARKS") == "1";

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public RealCatalogueBuildTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void RealCatalogue_build_reports_generator_and_analyzer_times()
    {
        ConsumerProject project = _fixture.NewProject("real-catalogue");
        project.Delete(Quickstart.FactFile);
        project.Delete("facts/sources.yaml");
        project.Delete("seeds/doc.txt");
        CopyFolder(Path.Combine(_fixture.RepositoryRoot, "facts"), project.PathOf("facts"));
        CopyFolder(Path.Combine(_fixture.RepositoryRoot, "seeds"), project.PathOf("seeds"));
        project.Write("Program.cs",
            "Console.WriteLine($\"facts: {Quickstart.Facts.All.Count}\");\n" +
            "Console.WriteLine($\"sources: {Quickstart.Sources.All.Count}\");\n");

        // The first build restores and compiles; two rebuilds measure again, as build times vary from run to run.
        var builds = new List<CommandResult> { project.Build("-p:ReportAnalyzer=true", "-v:d") };
        for (int i = 1; i < Runs; i++)
        {
            builds.Add(project.Build("--no-restore", "--no-incremental", "-p:ReportAnalyzer=true", "-v:d"));
        }

        var generators = new List<AnalyzerReport>();
        var analyzers = new List<AnalyzerReport>();
        foreach (CommandResult build in builds)
        {
            Assert.True(build.Succeeded, Tail(build));
            Assert.DoesNotMatch(@"\b(warning|error) FC\d{4}", build.Output);
            AnalyzerReport generator = AnalyzerReport.Parse(build.Output, "generator");
            AnalyzerReport analyzer = AnalyzerReport.Parse(build.Output, "analyzer");
            Assert.True(generator.TotalSeconds is not null, "No 'Total generator execution time' in the build output.");
            Assert.True(analyzer.TotalSeconds is not null, "No 'Total analyzer execution time' in the build output.");
            Assert.Contains(generator.Rows, row => row.Name == "FactCatalog.Generator.FactCatalogGenerator");
            Assert.NotEmpty(analyzer.FactCatalogRows());
            generators.Add(generator);
            analyzers.Add(analyzer);
        }

        CommandResult run = project.Run();
        Assert.True(run.Succeeded, run.ToString());
        string section = Section(builds, generators, analyzers, run.Output, project);
        _output.WriteLine(section);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "real-build-times.md"), section);
        if (Recording)
        {
            Record(Path.Combine(_fixture.RepositoryRoot, "docs", "benchmarks.md"), section);
        }
    }

    private string Section(List<CommandResult> builds, List<AnalyzerReport> generators, List<AnalyzerReport> analyzers, string runOutput, ConsumerProject project)
    {
        string sdk = DotNetCli.Run(project.Directory, PackageFixture.CommandTimeout, "--version").Output.Trim();
        int factFiles = Directory.GetFiles(project.PathOf("facts"), "*.facts.yaml", SearchOption.AllDirectories).Length;
        string[] counts = runOutput.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        string runColumns = string.Join(" | ", Enumerable.Range(1, Runs).Select(i => $"build {i}"));

        var text = new StringBuilder();
        text.AppendLine(SectionStart);
        text.AppendLine(SectionTitle);
        text.AppendLine();
        text.AppendLine("A new console project with the FactCatalog package and the repository's catalogue (`facts/` and `seeds/`");
        text.AppendLine($"copied in), built {Runs} times with `dotnet build -p:ReportAnalyzer=true -v:d`: first a normal build, then");
        text.AppendLine("rebuilds (`--no-incremental`). Each build runs the compiler in a fresh process");
        text.AppendLine("(`-p:UseSharedCompilation=false`), so the times include loading and JIT-compiling the generator and");
        text.AppendLine("analyzers. Times are wall-clock seconds as the compiler reports them and vary with the machine's load.");
        text.AppendLine("Measured by `RealCatalogue_build_reports_generator_and_analyzer_times` in `tests/FactCatalog.Package.Tests`,");
        text.AppendLine("which runs in CI and checks that the report has these lines; record again with");
        text.AppendLine("`FACTCATALOG_RECORD_BENCHMARKS=1 dotnet test tests/FactCatalog.Package.Tests -c Release --filter RealCatalogue`.");
        text.AppendLine();
        text.AppendLine($"- Recorded: {DateTime.UtcNow:yyyy-MM-dd}, package {_fixture.BaseVersion} ({_fixture.Configuration} build)");
        text.AppendLine($"- Machine: {Environment.ProcessorCount} logical CPUs (`nproc`), {CpuModel()}; {OperatingSystem()}; .NET SDK {sdk}");
        text.AppendLine($"- Catalogue: {factFiles} fact files; the program reports {string.Join(", ", counts)}");
        text.AppendLine();
        text.AppendLine($"| what (seconds) | {runColumns} |");
        text.AppendLine($"|---|{string.Concat(Enumerable.Repeat("---:|", Runs))}");
        text.AppendLine($"| whole `dotnet build` | {string.Join(" | ", builds.Select(b => b.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)))} |");
        AppendRows(text, "all source generators (`Total generator execution time`)", generators);
        AppendRows(text, "all analyzers (`Total analyzer execution time`)", analyzers);
        text.AppendLine();
        text.AppendLine("The totals include the .NET SDK's own generators and analyzers, which every project runs; the indented");
        text.AppendLine("rows are FactCatalog's assembly and its generator or analyzer types, with their share of the total.");
        text.AppendLine(SectionEnd);
        return text.ToString();
    }

    private static void AppendRows(StringBuilder text, string totalLabel, List<AnalyzerReport> reports)
    {
        text.AppendLine($"| {totalLabel} | {string.Join(" | ", reports.Select(r => r.TotalSeconds))} |");
        string[] names = reports.SelectMany(r => r.FactCatalogRows()).Select(r => r.Name).Distinct().ToArray();
        if (names.Length == 0)
        {
            text.AppendLine($"| &nbsp;&nbsp;FactCatalog | {string.Join(" | ", reports.Select(_ => "none"))} |");
        }
        foreach (string name in names)
        {
            IEnumerable<string> cells = reports.Select(r => r.FactCatalogRows().FirstOrDefault(row => row.Name == name) is { } row ? $"{row.Seconds} ({row.Percent} %)" : "–");
            bool isAssembly = reports.SelectMany(r => r.FactCatalogRows()).First(row => row.Name == name).IsAssembly;
            text.AppendLine($"| {(isAssembly ? "&nbsp;&nbsp;" : "&nbsp;&nbsp;&nbsp;&nbsp;")}`{name}` | {string.Join(" | ", cells)} |");
        }
    }

    /// <summary>Replaces the section in <paramref name="path"/>, or appends it; the rest of the file is kept.</summary>
    private static void Record(string path, string section)
    {
        string existing = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        int start = existing.IndexOf(SectionStart, StringComparison.Ordinal);
        int end = existing.IndexOf(SectionEnd, StringComparison.Ordinal);
        string updated = start >= 0 && end > start
            ? existing[..start] + section.TrimEnd('\n') + existing[(end + SectionEnd.Length)..]
            : existing.TrimEnd('\n') + "\n\n" + section;
        File.WriteAllText(path, updated.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        string? model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string OperatingSystem()
    {
        const string osRelease = "/etc/os-release";
        string? name = File.Exists(osRelease)
            ? File.ReadLines(osRelease).FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"')
            : null;
        return name is null ? RuntimeInformation.OSDescription : $"{name} ({RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()})";
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>A detailed build log is long: its end says why a build failed.</summary>
    private static string Tail(CommandResult result)
    {
        string[] lines = result.Output.Split('\n');
        return $"$ {result.CommandLine} (exit code {result.ExitCode}){Environment.NewLine}" + string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 200)));
    }
}
