using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace FactCatalog.Tool.Tests;

/// <summary>
/// The tool as users get it: packed (from the build the tests reference, no rebuild), installed with
/// <c>dotnet tool install --tool-path</c> from that package alone, and run as a process.
/// </summary>
public class PackedToolTests
{
    [Fact]
    public void The_installed_tool_checks_the_real_catalogue_and_a_broken_one()
    {
        string work = Path.Combine(Path.GetTempPath(), "factcatalog-tool-tests", "packed-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(work, "feed");
        string tools = Path.Combine(work, "tools");
        Directory.CreateDirectory(feed);
        try
        {
            // A version of its own, so no copy of an earlier pack in a NuGet cache can stand in for this one.
            string version = "0.0.1-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            string project = Path.Combine(ToolRunner.RepositoryRoot, "src", "FactCatalog.Tool", "FactCatalog.Tool.csproj");
            string configuration = typeof(PackedToolTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "Configuration").Value!;
            Dotnet(work, "pack", project, "--no-build", "--nologo", "-c", configuration, "-o", feed, "-p:Version=" + version);
            Assert.True(File.Exists(Path.Combine(feed, $"FactCatalog.Tool.{version}.nupkg")), "the pack made no FactCatalog.Tool package");

            string config = Path.Combine(work, "nuget.config");
            File.WriteAllText(config,
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n"
                + $"    <add key=\"local\" value=\"{feed}\" />\n  </packageSources>\n</configuration>\n");
            // Installed through a packages folder of the test's own, so runs leave no test versions in the user's NuGet cache.
            Dotnet(work, "tool", "install", "FactCatalog.Tool", "--tool-path", tools, "--version", version, "--configfile", config);
            string tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "factcatalog.exe" : "factcatalog");
            Assert.True(File.Exists(tool), "the install made no factcatalog command");

            (int exit, string output, string error) help = Run(tool, ToolRunner.RealCatalogue, "check", "--help");
            Assert.True(help.exit == 0, help.ToString());
            Assert.Contains("factcatalog check [options]", help.output, StringComparison.Ordinal);

            (int exit, string output, string error) real = Run(tool, ToolRunner.RealCatalogue, "check");
            Assert.True(real.exit == 0, real.ToString());
            Assert.All(real.output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Contains(": info FC0012: ", l, StringComparison.Ordinal));
            Assert.Contains("0 error(s)", real.error, StringComparison.Ordinal);

            using var broken = new TempCatalogue(TempCatalogue.BrokenFacts);
            (int exit, string output, string error) check = Run(tool, broken.Root, "check");
            Assert.True(check.exit == 1, check.ToString());
            Assert.Contains("facts/test.facts.yaml(12,16): error FC0007: Quote of claim 'pentagon' is not found", check.output, StringComparison.Ordinal);
            Assert.Contains("facts/test.facts.yaml(6,5): warning FC0003: ", check.output, StringComparison.Ordinal);

            (int exit, string output, string error) sarif = Run(tool, broken.Root, "check", "--format", "sarif", "-o", "check.sarif");
            Assert.True(sarif.exit == 1, sarif.ToString());
            string log = File.ReadAllText(Path.Combine(broken.Root, "check.sarif"));
            SchemaCheck.Valid("sarif-2.1.0-subset.schema.json", log);
            Assert.Equal(2, JsonNode.Parse(log)!["runs"]![0]!["results"]!.AsArray().Count);

            (int exit, string output, string error) usage = Run(tool, broken.Root, "check", "--format", "xml");
            Assert.True(usage.exit == 2, usage.ToString());

            // The report from the installed tool: redirected standard error is no terminal, so no progress, only the page.
            string page = Path.Combine(work, "report.html");
            (int exit, string output, string error) report = Run(tool, ToolRunner.RealCatalogue, "report", "-o", page);
            Assert.True(report.exit == 0, report.ToString());
            Assert.Equal(string.Empty, report.error);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(page), StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Dotnet(string workingDirectory, params string[] args)
    {
        bool install = args[0] == "tool";
        (int exit, string output, string error) = RunIn(DotnetHost(), workingDirectory, install ? Path.Combine(workingDirectory, "packages") : null, args);
        Assert.True(exit == 0, $"dotnet {string.Join(' ', args)} exited {exit}:\n{output}\n{error}");
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static (int Exit, string Output, string Error) Run(string file, string workingDirectory, params string[] args) =>
        RunIn(file, workingDirectory, null, args);

    private static (int Exit, string Output, string Error) RunIn(string file, string workingDirectory, string? packages, string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // The installed command is a framework-dependent app host: point it at the runtime of the SDK running the tests.
        string host = DotnetHost();
        if (Path.IsPathRooted(host))
        {
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(host);
        }
        // Keep MSBuild's node reuse and the test run's own MSBuild settings out of the child.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (packages is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packages;
        }

        using Process process = Process.Start(start)!;
        System.Threading.Tasks.Task<string> output = process.StandardOutput.ReadToEndAsync();
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
