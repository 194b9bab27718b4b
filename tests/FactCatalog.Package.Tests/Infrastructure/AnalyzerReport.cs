using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FactCatalog.Package.Tests.Infrastructure;

/// <summary>One row of the compiler's <c>-p:ReportAnalyzer=true</c> tables: an assembly, or a type within it.</summary>
public sealed record AnalyzerTime(string Name, string Seconds, string Percent, bool IsAssembly);

/// <summary>
/// The timing tables the compiler prints with <c>/reportanalyzer</c> (<c>-p:ReportAnalyzer=true</c>, shown by
/// MSBuild at detailed verbosity):
/// <code>
/// Total generator execution time: 0.732 seconds.
///
/// Time (s)    %   Generator
///    0.283   38   FactCatalog.Generator, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
///    0.283   38      FactCatalog.Generator.FactCatalogGenerator
/// </code>
/// and the same for analyzers.
/// </summary>
public sealed class AnalyzerReport
{
    private static readonly Regex Row = new(@"^\s*(<?[0-9.]+)\s+(<?[0-9]+)\s{3}(\s*)(\S.*?)\s*$");

    private AnalyzerReport(string? totalSeconds, IReadOnlyList<AnalyzerTime> rows)
    {
        TotalSeconds = totalSeconds;
        Rows = rows;
    }

    /// <summary>The total from the table's first line, or null when the output has no such table.</summary>
    public string? TotalSeconds { get; }

    public IReadOnlyList<AnalyzerTime> Rows { get; }

    /// <summary>The table that follows "Total <paramref name="kind"/> execution time" (kind: analyzer or generator).</summary>
    public static AnalyzerReport Parse(string output, string kind)
    {
        string[] lines = output.Split('\n');
        var total = new Regex($@"Total {kind} execution time: ([0-9.]+) seconds\.");
        for (int i = 0; i < lines.Length; i++)
        {
            Match match = total.Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }
            var rows = new List<AnalyzerTime>();
            int j = i + 1;
            while (j < lines.Length && !lines[j].Contains("Time (s)", StringComparison.Ordinal))
            {
                j++;
            }
            // Rows, one group per assembly, groups separated by blank lines; the table ends at any other line.
            for (j++; j < lines.Length; j++)
            {
                string line = lines[j].TrimEnd('\r');
                if (line.Trim().Length == 0)
                {
                    continue;
                }
                Match row = Row.Match(line);
                if (!row.Success)
                {
                    break;
                }
                string name = row.Groups[4].Value;
                bool isAssembly = row.Groups[3].Value.Length == 0;
                rows.Add(new AnalyzerTime(isAssembly ? AssemblyName(name) : name, row.Groups[1].Value, row.Groups[2].Value, isAssembly));
            }
            return new AnalyzerReport(match.Groups[1].Value, rows);
        }
        return new AnalyzerReport(null, Array.Empty<AnalyzerTime>());
    }

    /// <summary>The rows of FactCatalog's assemblies and their types.</summary>
    public IEnumerable<AnalyzerTime> FactCatalogRows()
    {
        bool inFactCatalog = false;
        foreach (AnalyzerTime row in Rows)
        {
            if (row.IsAssembly)
            {
                inFactCatalog = row.Name.StartsWith("FactCatalog.", StringComparison.Ordinal);
            }
            if (inFactCatalog)
            {
                yield return row;
            }
        }
    }

    private static string AssemblyName(string displayName)
    {
        int comma = displayName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? displayName : displayName[..comma];
    }
}
