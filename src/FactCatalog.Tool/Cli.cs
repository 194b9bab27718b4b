using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;
using FactCatalog.Tool.Check;
using FactCatalog.Tool.Coverage;
using FactCatalog.Tool.Export;
using FactCatalog.Tool.Report;

namespace FactCatalog.Tool;

/// <summary>The commands of <c>factcatalog</c> and their options. <see cref="Run"/> is the whole tool, callable in-process.</summary>
public static class Cli
{
    /// <summary>
    /// Runs the tool with <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>, with
    /// relative paths taken from <paramref name="workingDirectory"/>. Returns the exit code: 0 success, 1 errors in the
    /// catalogue (or a measure below its minimum), 2 bad usage.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory) =>
        Run(args, output, error, workingDirectory, showProgress: false);

    /// <summary>
    /// <see cref="Run(string[], TextWriter, TextWriter, string)"/>, showing the stages of a long run on
    /// <paramref name="error"/> when <paramref name="showProgress"/> (standard error is a terminal) and --quiet is not given.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, bool showProgress)
    {
        var context = new ToolContext(workingDirectory, output, error);
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Show no progress on standard error (progress is shown only when it is a terminal).",
            Recursive = true,
        };
        Command root = Build(context, quiet);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (ParseError e in parsed.Errors)
            {
                error.WriteLine("factcatalog: " + e.Message);
            }
            error.WriteLine("Run 'factcatalog --help' for usage.");
            return ExitCodes.Usage;
        }

        if (showProgress && !parsed.GetValue(quiet))
        {
            context.Progress = new Progress(error);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            error.WriteLine("factcatalog: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine("factcatalog: " + e.Message);
            return ExitCodes.Usage;
        }
    }

    /// <summary>
    /// The root command, named "factcatalog" whatever the process is (a RootCommand takes the executable's name, which is
    /// the test host in-process and the assembly name under <c>dotnet run</c>).
    /// </summary>
    private static Command Build(ToolContext context, Option<bool> quiet)
    {
        var root = new Command(
            "factcatalog",
            "factcatalog: checks a FactCatalog catalogue (fact files, sources.yaml and the source documents) on the same "
            + "pipeline as the generator, without compiling C#; measures its coverage, exports it and writes an HTML report of its sources.");

        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(quiet);
        root.Subcommands.Add(CheckCommandLine(context));
        root.Subcommands.Add(ExportCommandLine(context));
        root.Subcommands.Add(CoverageCommandLine(context));
        root.Subcommands.Add(ReportCommandLine(context));
        return root;
    }

    private static Option<string> FactsOption() => new("--facts")
    {
        Description = "The folder of the fact files (*.facts.yaml) and sources.yaml, like FactCatalogFactsDir.",
        DefaultValueFactory = _ => "facts",
        HelpName = "folder",
    };

    private static Option<string?> SeedsOption() => new("--seeds")
    {
        Description = "The folder of the source documents that sources.yaml names, like FactCatalogSourcesDir. [default: seeds beside the facts folder]",
        HelpName = "folder",
    };

    private static Option<string?> OutputOption(string what) => new("--output", "-o")
    {
        Description = $"Write {what} to this file instead of standard output.",
        HelpName = "file",
    };

    private static Command CheckCommandLine(ToolContext context)
    {
        Option<string> facts = FactsOption();
        Option<string?> seeds = SeedsOption();
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Report warnings as errors (and exit 1 when there are any).",
        };
        var format = new Option<string>("--format")
        {
            Description = "msbuild: one line per diagnostic, file(line,col): severity ID: message. sarif: a SARIF 2.1.0 log.",
            DefaultValueFactory = _ => CheckCommand.MsBuildFormat,
        };
        format.AcceptOnlyFromAmong(CheckCommand.MsBuildFormat, CheckCommand.SarifFormat);
        Option<string?> output = OutputOption("the diagnostics");

        var command = new Command(
            "check",
            "Check the catalogue: every diagnostic the build would give (FC0001-FC0016), located in the YAML files. "
            + "Exit code 1 when there are errors, 0 otherwise, 2 on bad usage.")
        {
            facts, seeds, warnAsError, format, output,
        };
        command.SetAction(r => CheckCommand.Run(
            context,
            r.GetValue(facts)!,
            r.GetValue(seeds),
            r.GetValue(warnAsError),
            r.GetValue(format)!,
            r.GetValue(output)));
        return command;
    }

    private static Command ExportCommandLine(ToolContext context)
    {
        Option<string> facts = FactsOption();
        Option<string?> seeds = SeedsOption();
        var format = new Option<string>("--format")
        {
            Description = "json: the whole catalogue (facts, claims, statuses, citations with line, column and offset). "
                + "web-annotation: every quoted claim as a W3C Web Annotation with TextQuoteSelector and TextPositionSelector. "
                + "csl-json: the sources as CSL-JSON.",
            DefaultValueFactory = _ => ExportCommand.Json,
        };
        format.AcceptOnlyFromAmong(ExportCommand.Json, ExportCommand.WebAnnotation, ExportCommand.CslJson);
        Option<string?> output = OutputOption("the export");

        var command = new Command(
            "export",
            "Export the catalogue as JSON, W3C Web Annotations or CSL-JSON. The catalogue's errors go to standard error and make the exit code 1.")
        {
            facts, seeds, format, output,
        };
        command.SetAction(r => ExportCommand.Run(context, r.GetValue(facts)!, r.GetValue(seeds), r.GetValue(format)!, r.GetValue(output)));
        return command;
    }

    /// <summary>An optional percentage from 0 to 100 (a value that is not a number is reported by the parser itself).</summary>
    private static Option<double?> PercentOption(string name, string description)
    {
        var option = new Option<double?>(name) { Description = description, HelpName = "percent" };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double percent)
                && (percent < 0 || percent > 100 || double.IsNaN(percent)))
            {
                result.AddError($"{name} must be a percentage from 0 to 100.");
            }
        });
        return option;
    }

    private static Command CoverageCommandLine(ToolContext context)
    {
        Option<string> facts = FactsOption();
        Option<string?> seeds = SeedsOption();
        Option<double?> min = PercentOption("--min", "Fail (exit 1) when the coverage in all is below this percentage, such as 95.");
        Option<double?> minAttributed = PercentOption(
            "--min-attributed",
            "Fail (exit 1) when the coverage of sentences that attribute a statement to a named actor is below this percentage, such as 90.");
        var notCounted = new Option<bool>("--not-counted")
        {
            Description = "Also list the sentences whose number-like words state no quantity, with the rule that excluded them.",
        };
        Option<string?> output = OutputOption("the report");

        var command = new Command(
            "coverage",
            "Measure how many sentences of the sources that state a number or a date, and how many that attribute a "
            + "statement to a named actor, a claim quotes (docs/coverage.md), per source and in all, and list the sentences "
            + "no claim quotes.")
        {
            facts, seeds, min, minAttributed, notCounted, output,
        };
        command.SetAction(r => CoverageCommand.Run(context, r.GetValue(facts)!, r.GetValue(seeds), r.GetValue(min), r.GetValue(minAttributed), r.GetValue(notCounted), r.GetValue(output)));
        return command;
    }

    private static Command ReportCommandLine(ToolContext context)
    {
        Option<string> facts = FactsOption();
        Option<string?> seeds = SeedsOption();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The HTML file to write (one self-contained page: no scripts, styles or fonts from the network).",
            HelpName = "file",
            DefaultValueFactory = _ => "report.html",
        };

        var command = new Command(
            "report",
            "Write an HTML page of the source documents with every quoted passage marked and linked to its fact and claim, "
            + "conflicting claims side by side, deprecated claims struck through with their reason, the sentences no claim "
            + "quotes marked, and a summary table per source. The catalogue's errors go to standard error and make the exit code 1.")
        {
            facts, seeds, output,
        };
        command.SetAction(r => ReportCommand.Run(context, r.GetValue(facts)!, r.GetValue(seeds), r.GetValue(output)!));
        return command;
    }
}
