using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactCatalog.Package.Tests.Infrastructure;

/// <summary>
/// The small catalogue a new user writes first, as in the README's quickstart: one source document, its entry in
/// <c>facts/sources.yaml</c>, one fact file, and a program that prints the typed values.
/// </summary>
public static class Quickstart
{
    public const string ProjectName = "Quickstart";

    public const string FactFile = "facts/demo.facts.yaml";

    public const string Document =
        "Harbour report\n" +
        "The port authority said the harbour handled 1,250 ships in 2023.\n" +
        "A later audit counted 1,240 ships.\n" +
        "The new quay opened on 12 May 2023 and cost 3.5 million euros.\n";

    public const string Sources =
        "sources:\n" +
        "  harbour-report:\n" +
        "    file: doc.txt\n" +
        "    type: report\n" +
        "    title: Harbour report\n" +
        "    publisher: The port authority\n" +
        "    issued: 2024-01\n" +
        "    language: en\n";

    public const string Facts =
        "facts:\n" +
        "  ships:\n" +
        "    statement: Ships the harbour handled in 2023.\n" +
        "    type: count\n" +
        "    unit: ships\n" +
        "    preferred: audit\n" +
        "    claims:\n" +
        "      authority:\n" +
        "        value: 1250\n" +
        "        claimant: the port authority\n" +
        "        source: harbour-report\n" +
        "        quote: the harbour handled 1,250 ships in 2023\n" +
        "      audit:\n" +
        "        value: 1240\n" +
        "        claimant: a later audit\n" +
        "        source: harbour-report\n" +
        "        quote: A later audit counted 1,240 ships\n" +
        "  quay-opening:\n" +
        "    statement: When the new quay opened.\n" +
        "    type: date\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: 2023-05-12\n" +
        "        claimant: the harbour report\n" +
        "        source: harbour-report\n" +
        "        quote: The new quay opened on 12 May 2023\n" +
        "  quay-cost:\n" +
        "    statement: What the new quay cost, in millions of euros.\n" +
        "    type: number\n" +
        "    unit: million euros\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: 3.5\n" +
        "        claimant: the harbour report\n" +
        "        source: harbour-report\n" +
        "        quote: cost 3.5 million euros\n";

    /// <summary>The quote of the 'audit' claim, which the broken-quote test changes.</summary>
    public const string AuditQuote = "A later audit counted 1,240 ships";

    public const string Program =
        "using FactCatalog;\n" +
        "using Quickstart;\n" +
        "\n" +
        "int ships = Facts.Demo.Ships.Value;\n" +
        "FactDate opened = Facts.Demo.QuayOpening.Value;\n" +
        "Console.WriteLine($\"ships: {ships} (authority {Facts.Demo.Ships.Authority}, audit {Facts.Demo.Ships.Audit})\");\n" +
        "Console.WriteLine($\"quay opened: {opened}\");\n" +
        "Console.WriteLine(FormattableString.Invariant($\"quay cost: {Facts.Demo.QuayCost.Value} {Facts.Demo.QuayCost.Fact.Unit}\"));\n" +
        "Console.WriteLine($\"status: {Facts.Demo.Ships.Fact.Status}, preferred: {Facts.Demo.Ships.Fact.Preferred?.Id}\");\n" +
        "Console.WriteLine($\"source: {Facts.Demo.Ships.Fact.Preferred?.Citation}\");\n";

    /// <summary>What <see cref="Program"/> prints.</summary>
    public static readonly string[] ExpectedOutput =
    {
        "ships: 1240 (authority 1250, audit 1240)",
        "quay opened: 2023-05-12",
        "quay cost: 3.5 million euros",
        "status: Resolved, preferred: audit",
        "source: The port authority, 2024-01, doc.txt:3",
    };

    /// <summary>
    /// The commands of the README's quickstart, as written: the first shell block packs the package in the clone of the
    /// repository; the second creates the project in a folder of one's own, gives it a nuget.config and adds the package.
    /// </summary>
    public static (string Pack, string Project) ReadmeCommands(string readme)
    {
        int start = readme.IndexOf("## Quickstart", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no quickstart section.");
        string[] blocks = Regex.Matches(readme[start..], "```sh\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Take(2).ToArray();
        Assert.True(blocks.Length == 2, "README.md's quickstart has not the two shell blocks: packing, then the project.");
        return (blocks[0], blocks[1]);
    }

    public static void WriteFiles(string projectDirectory)
    {
        Write(projectDirectory, "seeds/doc.txt", Document);
        Write(projectDirectory, "facts/sources.yaml", Sources);
        Write(projectDirectory, FactFile, Facts);
        Write(projectDirectory, "Program.cs", Program);
    }

    public static void Write(string projectDirectory, string relativePath, string text)
    {
        string path = Path.Combine(projectDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The 1-based line and column at which <paramref name="value"/> starts in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Position(string text, string value)
    {
        int offset = text.IndexOf(value, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"'{value}' is not in the text.", nameof(value));
        }
        int lineStart = text.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        int line = 1;
        for (int i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
