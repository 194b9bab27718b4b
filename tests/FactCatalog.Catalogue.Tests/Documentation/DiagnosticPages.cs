using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace FactCatalog.Catalogue.Tests.Documentation;

/// <summary>
/// Reading the diagnostic pages of docs/diagnostics: headings, sections, fenced blocks, and the examples (files and
/// their build output) that the documentation tests run. Shared by the catalogue's and the analyzers' page tests.
/// </summary>
internal static class DiagnosticPages
{
    public sealed record Example(IReadOnlyDictionary<string, string> Files, string[] Output);

    /// <summary>
    /// The examples of a section: files, each a line "`path`:" followed by a fenced block, then a line
    /// "Build output:" followed by a fenced block of the expected output lines.
    /// </summary>
    public static List<Example> Examples(string[] lines)
    {
        var examples = new List<Example>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] == "Build output:" && FencedBlock(lines, i + 2) is { } output)
            {
                examples.Add(new Example(files, output.Lines));
                files = new Dictionary<string, string>(StringComparer.Ordinal);
                i = output.End;
            }
            else if (FileCaption(lines[i]) is { } path && FencedBlock(lines, i + 2) is { } block)
            {
                files[path] = ExampleText(block.Lines);
                i = block.End;
            }
            else if (Regex.Match(lines[i], "^There is no `([^`]+)`\\.$") is { Success: true } absent)
            {
                // An example without one of the shared files.
                files[absent.Groups[1].Value] = Absent;
            }
        }
        return examples;
    }

    /// <summary>Stands for a shared example file the example does not have ("There is no `path`.").</summary>
    public const string Absent = "\0absent";

    public static IEnumerable<(string Path, string Text)> FileBlocks(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (FileCaption(lines[i]) is { } path && FencedBlock(lines, i + 2) is { } block)
            {
                yield return (path, ExampleText(block.Lines));
                i = block.End;
            }
        }
    }

    public static string? FileCaption(string line) =>
        Regex.Match(line, "^`([^`]+)`:$") is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The fenced block opening at <paramref name="start"/> (after one blank line), or null.</summary>
    public static (string[] Lines, int End)? FencedBlock(string[] lines, int start)
    {
        if (start >= lines.Length || !lines[start].StartsWith("```", StringComparison.Ordinal) || lines[start - 1].Length != 0)
        {
            return null;
        }
        for (int end = start + 1; end < lines.Length; end++)
        {
            if (lines[end] == "```")
            {
                return (lines.Skip(start + 1).Take(end - start - 1).ToArray(), end);
            }
        }
        return null;
    }

    /// <summary>A block's text as a file: lines joined by LF, and <c>&lt;U+XXXX&gt;</c> standing for that (invisible) character.</summary>
    public static string ExampleText(string[] lines) =>
        Regex.Replace(string.Join("\n", lines) + "\n", "<U\\+([0-9A-F]{4})>",
            m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    public static IEnumerable<string> WithoutFences(string[] lines)
    {
        bool fenced = false;
        foreach (string line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }
            if (!fenced)
            {
                yield return line;
            }
        }
    }

    public static List<(int Level, string Text, int Index)> Headings(string[] lines)
    {
        var headings = new List<(int, string, int)>();
        bool fenced = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && Regex.Match(lines[i], "^(#{1,6}) (.+)$") is { Success: true } match)
            {
                headings.Add((match.Groups[1].Length, match.Groups[2].Value.Trim(), i));
            }
        }
        return headings;
    }

    /// <summary>The lines under the second-level heading <paramref name="name"/>, up to the next one.</summary>
    public static string[] Section(string[] lines, string name)
    {
        List<(int Level, string Text, int Index)> headings = Headings(lines);
        int at = headings.FindIndex(h => h.Level == 2 && h.Text == name);
        Assert.True(at >= 0, $"No section '## {name}'");
        int end = headings.Skip(at + 1).Where(h => h.Level <= 2).Select(h => h.Index).DefaultIfEmpty(lines.Length).First();
        return lines.Skip(headings[at].Index + 1).Take(end - headings[at].Index - 1).ToArray();
    }

    /// <summary>The anchors GitHub gives the headings of a Markdown file.</summary>
    public static HashSet<string> Anchors(string[] lines)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, text, _) in Headings(lines))
        {
            var slug = new StringBuilder();
            foreach (char c in text.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c == '-' || c == '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }
            string anchor = slug.ToString();
            for (int n = 1; !anchors.Add(anchor); n++)
            {
                anchor = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            }
        }
        return anchors;
    }
}
