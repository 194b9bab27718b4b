using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace FactCatalog.Benchmarks;

/// <summary>
/// Reads the CPU time and memory of a compiler server (VBCSCompiler) from Linux's <c>/proc</c>. With shared compilation
/// the compiler runs in a server that outlives the build, so <c>/usr/bin/time</c> on <c>dotnet build</c> does not count
/// it; its own counters, read before and after a build, do. The server is found by its command line (the
/// <c>VBCSCompiler</c> program and the <c>-pipename:</c> of the benchmark's private pipe), so another build's server on
/// the same machine is never counted.
/// </summary>
/// <remarks>
/// Processes come and go while <c>/proc</c> is read: an entry that is missing, unreadable or not in the expected shape
/// is skipped, never an error.
/// </remarks>
public static class CompilerServerProbe
{
    /// <summary>One server process: CPU ticks (user + system, <c>CLK_TCK</c> units), resident set and its high-water mark in KiB.</summary>
    public sealed record Sample(int ProcessId, long CpuTicks, long? ResidentKib, long? PeakResidentKib);

    /// <summary>What the server used across one build: CPU ticks, its resident set after, its peak during (or lifetime peak, see <see cref="ResetPeak"/>).</summary>
    public sealed record Use(long CpuTicks, long ResidentKib, long PeakResidentKib, int ServerCount, bool Restarted);

    /// <summary>utime + stime (fields 14 and 15) of a <c>/proc/&lt;pid&gt;/stat</c> line; <c>null</c> if it is not one.</summary>
    public static long? ParseCpuTicks(string? stat)
    {
        if (string.IsNullOrEmpty(stat))
        {
            return null;
        }
        // The command name (field 2) is in parentheses and may hold spaces or ')'; the fields after the last ')' start at field 3.
        int close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }
        string[] rest = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // rest[0] is field 3 (state), so field 14 (utime) is rest[11] and field 15 (stime) rest[12].
        if (rest.Length < 13
            || !long.TryParse(rest[11], NumberStyles.None, CultureInfo.InvariantCulture, out long user)
            || !long.TryParse(rest[12], NumberStyles.None, CultureInfo.InvariantCulture, out long system))
        {
            return null;
        }
        return user + system;
    }

    /// <summary>A <c>kB</c> line of <c>/proc/&lt;pid&gt;/status</c>, such as <c>VmRSS</c> or <c>VmHWM</c>; <c>null</c> if absent or malformed.</summary>
    public static long? ParseStatusKib(string? status, string key)
    {
        if (status is null)
        {
            return null;
        }
        foreach (string line in status.Split('\n'))
        {
            if (!line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                continue;
            }
            string[] parts = line[(key.Length + 1)..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 2 && parts[1] == "kB"
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value : null;
        }
        return null;
    }

    /// <summary>Whether a NUL-separated <c>/proc/&lt;pid&gt;/cmdline</c> is a compiler server listening on <paramref name="pipeName"/>.</summary>
    public static bool IsServer(string? commandLine, string pipeName)
    {
        if (string.IsNullOrEmpty(commandLine))
        {
            return false;
        }
        string[] arguments = commandLine.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        // The apphost (VBCSCompiler), `dotnet VBCSCompiler.dll` or `dotnet exec [options] VBCSCompiler.dll`.
        bool server = arguments.Any(a =>
            Path.GetFileName(a.Trim('"')) is "VBCSCompiler" or "VBCSCompiler.dll" or "VBCSCompiler.exe");
        return server && arguments.Any(a => a.Trim('"') == "-pipename:" + pipeName);
    }

    /// <summary>Every compiler server on <paramref name="pipeName"/> under <paramref name="procRoot"/> and its counters now.</summary>
    public static IReadOnlyList<Sample> Snapshot(string pipeName, string procRoot = "/proc")
    {
        var samples = new List<Sample>();
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateDirectories(procRoot).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return samples;
        }
        foreach (string entry in entries)
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int id)
                || !IsServer(Read(Path.Combine(entry, "cmdline")), pipeName)
                || ParseCpuTicks(Read(Path.Combine(entry, "stat"))) is not long ticks)
            {
                continue;
            }
            string? status = Read(Path.Combine(entry, "status"));
            samples.Add(new Sample(id, ticks, ParseStatusKib(status, "VmRSS"), ParseStatusKib(status, "VmHWM")));
        }
        return samples.OrderBy(s => s.ProcessId).ToList();
    }

    /// <summary>
    /// Resets a process's <c>VmHWM</c> to its current resident set (<c>echo 5 &gt; /proc/&lt;pid&gt;/clear_refs</c>), so that
    /// after a build it is the peak during that build rather than over the server's lifetime. <c>false</c> if not allowed.
    /// </summary>
    public static bool ResetPeak(int processId, string procRoot = "/proc")
    {
        try
        {
            File.WriteAllText(Path.Combine(procRoot, processId.ToString(CultureInfo.InvariantCulture), "clear_refs"), "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The server's use between two snapshots: the CPU each process gained (all of it for a process that started in
    /// between; a process that ended in between is lost, which <see cref="Use.Restarted"/> reports), its resident set
    /// after, and the highest high-water mark after.
    /// </summary>
    public static Use Between(IReadOnlyList<Sample> before, IReadOnlyList<Sample> after)
    {
        var earlier = before.ToDictionary(s => s.ProcessId, s => s.CpuTicks);
        long ticks = after.Sum(s => Math.Max(0, s.CpuTicks - earlier.GetValueOrDefault(s.ProcessId)));
        bool restarted = before.Any(s => after.All(a => a.ProcessId != s.ProcessId));
        return new Use(ticks, after.Sum(s => s.ResidentKib ?? 0), after.Select(s => s.PeakResidentKib ?? 0).DefaultIfEmpty(0).Max(), after.Count, restarted);
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
