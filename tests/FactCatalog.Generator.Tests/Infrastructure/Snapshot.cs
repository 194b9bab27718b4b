using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace FactCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Received/verified snapshots: the expected output lives beside the tests in <c>Snapshots/NAME.verified.cs</c>
/// (or, through <see cref="VerifyFile"/>, any file such as <c>golden/NAME.verified.txt</c>). On a mismatch the
/// actual output is written to <c>NAME.received.cs</c> and the test fails with a diff; run with
/// <c>FACTCATALOG_ACCEPT=1</c> to accept it (after reviewing the diff). The test project names its folder in
/// an <c>AssemblyMetadata("ProjectDirectory", ...)</c> attribute.
/// </summary>
internal static class Snapshot
{
    private static readonly string s_projectDirectory =
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;

    /// <summary>Verifies every file; writes all received files before failing, so one run shows every difference.</summary>
    public static void VerifyAll(string prefix, IReadOnlyDictionary<string, string> files)
    {
        var failures = new List<string>();
        foreach (KeyValuePair<string, string> file in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            string name = prefix + "." + (file.Key.EndsWith(".g.cs", StringComparison.Ordinal) ? file.Key.Substring(0, file.Key.Length - 5) : file.Key);
            if (Check(Path.Combine("Snapshots", name + ".cs"), file.Value) is { } failure)
            {
                failures.Add(failure);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    public static void Verify(string name, string actual) => VerifyFile(Path.Combine("Snapshots", name + ".cs"), actual);

    /// <summary>
    /// Verifies <paramref name="actual"/> against <paramref name="path"/> (relative to the test project) with
    /// <c>.verified</c> before its extension: <c>golden/briefing.txt</c> is kept as <c>golden/briefing.verified.txt</c>.
    /// </summary>
    public static void VerifyFile(string path, string actual)
    {
        if (Check(path, actual) is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    private static string? Check(string path, string actual)
    {
        string name = Path.GetFileNameWithoutExtension(path);
        string extension = Path.GetExtension(path);
        string directory = Path.Combine(s_projectDirectory, Path.GetDirectoryName(path) ?? string.Empty);
        string verified = Path.Combine(directory, name + ".verified" + extension);
        string received = Path.Combine(directory, name + ".received" + extension);
        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return null;
        }
        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable("FACTCATALOG_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return null;
        }
        File.WriteAllText(received, actual);
        return expected is null
            ? $"No verified snapshot '{name}'; review {received} and accept it with FACTCATALOG_ACCEPT=1."
            : $"Snapshot '{name}' differs; review {received} and accept it with FACTCATALOG_ACCEPT=1.\n{Diff(expected, actual)}";
    }

    /// <summary>The changed region with three lines of context: '-' expected, '+' received.</summary>
    public static string Diff(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        int start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }
        int endA = a.Length - 1, endB = b.Length - 1;
        while (endA >= start && endB >= start && a[endA] == b[endB])
        {
            endA--;
            endB--;
        }
        var diff = new StringBuilder();
        diff.Append("@@ line ").Append(start + 1).Append(" @@\n");
        for (int i = Math.Max(0, start - 3); i < start; i++)
        {
            diff.Append("  ").Append(a[i]).Append('\n');
        }
        for (int i = start; i <= endA; i++)
        {
            diff.Append("- ").Append(a[i]).Append('\n');
        }
        for (int i = start; i <= endB; i++)
        {
            diff.Append("+ ").Append(b[i]).Append('\n');
        }
        for (int i = endA + 1; i < Math.Min(a.Length, endA + 4); i++)
        {
            diff.Append("  ").Append(a[i]).Append('\n');
        }
        return diff.ToString();
    }
}
