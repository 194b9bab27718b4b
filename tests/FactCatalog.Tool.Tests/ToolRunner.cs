using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FactCatalog.Tool.Tests;

/// <summary>What one run of the tool gave: exit code, standard output, standard error.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    /// <summary>The lines of standard output, without the empty one after the last line break.</summary>
    public string[] OutputLines => Output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the tool in-process, as <c>factcatalog</c> would run in <paramref name="workingDirectory"/>.</summary>
internal static class ToolRunner
{
    public static ToolRun Run(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Cli.Run(args, output, error, workingDirectory);
        return new ToolRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The folder that holds the real catalogue's facts/ and seeds/ (copied beside the test assembly).</summary>
    public static string RealCatalogue => Path.Combine(AppContext.BaseDirectory, "repo");

    /// <summary>The repository the tests were built from (for packing the tool).</summary>
    public static string RepositoryRoot =>
        typeof(ToolRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}

/// <summary>A small catalogue in a temporary folder: facts/sources.yaml, facts/test.facts.yaml and seeds/report.txt.</summary>
internal sealed class TempCatalogue : IDisposable
{
    public const string Document =
        "The Pentagon said about 10,000 North Korean troops are ready.\r\n" +
        "The treaty was signed on 26 July 2024 in Pyongyang.\r\n" +
        "Officials met again. Officials met again.\r\n";

    public const string Sources =
        "sources:\n" +
        "  report:\n" +
        "    file: report.txt\n" +
        "    type: report\n" +
        "    title: A report\n" +
        "    publisher: The Agency\n" +
        "    issued: 2024-11-07\n" +
        "    language: en\n";

    /// <summary>
    /// A fact of ten lines whose one claim quotes <see cref="Document"/>: the troops the Pentagon counts. The claim is
    /// the last thing in it, so a test may add claims after it.
    /// </summary>
    public const string TroopsFact =
        "  troops:\n" +
        "    statement: Troops sent.\n" +
        "    type: count\n" +
        "    claims:\n" +
        "      pentagon:\n" +
        "        value: 10000\n" +
        "        bound: about\n" +
        "        claimant: the Pentagon\n" +
        "        source: report\n" +
        "        quote: about 10,000 North Korean troops\n";

    /// <summary>Two good facts, a disputed one.</summary>
    public const string CleanFacts =
        "group: Test\n" +
        "facts:\n" +
        TroopsFact +
        "  signing:\n" +
        "    statement: When the treaty was signed.\n" +
        "    type: date\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: 2024-07-26\n" +
        "        claimant: the report\n" +
        "        source: report\n" +
        "        quote: signed on 26 July 2024\n";

    /// <summary>Line 12, column 16: a quote the document does not contain (FC0007); line 6: an unknown key (FC0003).</summary>
    public const string BrokenFacts =
        "group: Test\n" +
        "facts:\n" +
        "  troops:\n" +
        "    statement: Troops sent.\n" +
        "    type: count\n" +
        "    colour: red\n" +
        "    claims:\n" +
        "      pentagon:\n" +
        "        value: 10000\n" +
        "        claimant: the Pentagon\n" +
        "        source: report\n" +
        "        quote: about 12,000 North Korean troops\n";

    /// <summary>Line 6, column 5: an unknown key (FC0003), a warning and nothing else.</summary>
    public const string WarningFacts =
        "group: Test\n" +
        "facts:\n" +
        "  troops:\n" +
        "    statement: Troops sent.\n" +
        "    type: count\n" +
        "    colour: red\n" +
        "    claims:\n" +
        "      pentagon:\n" +
        "        value: 10000\n" +
        "        bound: about\n" +
        "        claimant: the Pentagon\n" +
        "        source: report\n" +
        "        quote: about 10,000 North Korean troops\n";

    public TempCatalogue(string facts, string sources = Sources, string document = Document)
    {
        Root = Path.Combine(Path.GetTempPath(), "factcatalog-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "facts"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        File.WriteAllText(Path.Combine(Root, "facts", "test.facts.yaml"), facts);
        File.WriteAllText(Path.Combine(Root, "facts", "sources.yaml"), sources);
        File.WriteAllText(Path.Combine(Root, "seeds", "report.txt"), document);
    }

    public string Root { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
