using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;

namespace Briefing.CommandLine;

/// <summary>The command line: <c>[--fact &lt;id&gt;] [--format text|markdown]</c>, and <c>--help</c>.</summary>
internal static class BriefingCommand
{
    private const int HelpWidth = 100;

    private static readonly Option<string?> s_fact = new("--fact")
    {
        Description = "Print one fact, with each quote shown in its sentence of the source.",
        HelpName = "id",
    };

    private static readonly Option<string> s_format = CreateFormatOption();

    private static readonly Command s_command = new("briefing", "Prints a briefing on North Korean troops in Russia from the fact catalogue: every figure with its claimant and citation.")
    {
        Options = { new HelpOption { Action = new HelpAction { MaxWidth = HelpWidth } }, s_fact, s_format },
    };

    /// <summary>The outcome of reading the arguments.</summary>
    internal enum Outcome
    {
        /// <summary>The arguments ask for a briefing or a fact.</summary>
        Run,

        /// <summary>The arguments ask for help.</summary>
        Help,

        /// <summary>The arguments are not valid.</summary>
        Invalid,
    }

    /// <summary>
    /// Reads the arguments into <paramref name="request"/> (the default briefing unless the outcome is <see cref="Outcome.Run"/>);
    /// on <see cref="Outcome.Invalid"/> writes the problems and the usage to <paramref name="error"/>.
    /// </summary>
    public static Outcome Parse(string[] args, TextWriter error, out BriefingRequest request)
    {
        ParseResult parsed = s_command.Parse(args);
        request = new BriefingRequest(null, OutputFormat.Text);
        if (parsed.Errors.Count > 0)
        {
            foreach (ParseError problem in parsed.Errors)
            {
                error.Write(problem.Message + "\n");
            }
            error.Write("\n");
            WriteUsage(error);
            return Outcome.Invalid;
        }
        if (parsed.Action is HelpAction)
        {
            return Outcome.Help;
        }
        request = new BriefingRequest(parsed.GetValue(s_fact), parsed.GetValue(s_format) == "markdown" ? OutputFormat.Markdown : OutputFormat.Text);
        return Outcome.Run;
    }

    /// <summary>The usage text: what the command does and its options.</summary>
    public static void WriteUsage(TextWriter writer) =>
        s_command.Parse(new[] { "--help" }).Invoke(new InvocationConfiguration { Output = writer });

    private static Option<string> CreateFormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "Write plain text for a terminal or Markdown for a document.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown");
        return format;
    }
}
