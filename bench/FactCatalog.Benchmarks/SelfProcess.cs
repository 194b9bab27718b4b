using System;
using System.Diagnostics;
using System.IO;

namespace FactCatalog.Benchmarks;

/// <summary>
/// Runs this program again in a fresh process and returns what it printed. It goes through the dotnet host with the
/// assembly's path: in BenchmarkDotNet's build folder the apphost of this name starts BenchmarkDotNet's program.
/// </summary>
public static class SelfProcess
{
    public static string Run(params string[] arguments)
    {
        string? current = Environment.ProcessPath;
        string dotnet = current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Join(" ", arguments) + " exited with " + process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + output);
        }
        return output;
    }
}
