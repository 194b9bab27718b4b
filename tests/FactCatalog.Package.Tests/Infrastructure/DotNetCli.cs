using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace FactCatalog.Package.Tests.Infrastructure;

/// <summary>What one <c>dotnet</c> command did: its exit code and everything it printed.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command and its output, for assertion messages.</summary>
    public override string ToString() =>
        $"$ {CommandLine}{Environment.NewLine}(exit code {ExitCode}, {Elapsed.TotalSeconds:0.0} s){Environment.NewLine}{Output}";
}

/// <summary>
/// Runs the <c>dotnet</c> command line as a user would, in a clean environment: no MSBuild variables inherited
/// from the test runner's own build, no build servers (a server started here would outlive the test and keep the
/// output pipes open), no telemetry or first-run banners.
/// </summary>
public static class DotNetCli
{
    private static readonly string[] InheritedVariablesToDrop =
    {
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "_MSBUILDTLENABLED",
    };

    /// <summary>Build properties passed to every build: no compiler server, so no process outlives the command.</summary>
    public static readonly string[] NoServer = { "-nodeReuse:false", "-p:UseSharedCompilation=false" };

    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Start("dotnet", workingDirectory, timeout, arguments, null, "dotnet " + string.Join(" ", arguments));

    /// <summary>
    /// Runs <paramref name="script"/>, lines of shell commands as a document shows them, with <c>bash -e</c> (stopping at
    /// the first that fails), in the same clean environment, plus <paramref name="environment"/>.
    /// </summary>
    public static CommandResult RunShell(string workingDirectory, TimeSpan timeout, string script, IReadOnlyDictionary<string, string> environment) =>
        Start("bash", workingDirectory, timeout, new[] { "-e", "-c", script }, environment, script.Replace("\n", "; ", StringComparison.Ordinal));

    private static CommandResult Start(string program, string workingDirectory, TimeSpan timeout, string[] arguments,
        IReadOnlyDictionary<string, string>? environment, string commandLine)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (string name in InheritedVariablesToDrop)
        {
            startInfo.Environment.Remove(name);
        }
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[variable.Key] = variable.Value;
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'{commandLine}' in {workingDirectory} did not finish in {timeout.TotalSeconds:0} s:{Environment.NewLine}{Text(output)}");
        }
        process.WaitForExit();
        return new CommandResult(commandLine, process.ExitCode, Text(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>The folder NuGet restores packages into for this user.</summary>
    public static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Arguments with <see cref="NoServer"/> appended.</summary>
    public static string[] WithNoServer(params string[] arguments)
    {
        var all = new List<string>(arguments);
        all.AddRange(NoServer);
        return all.ToArray();
    }
}
