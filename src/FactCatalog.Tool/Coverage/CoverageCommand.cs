using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Coverage;
using FactCatalog.Tool.Check;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Tool.Coverage;

/// <summary>
/// <c>factcatalog coverage</c>: both coverage measures of docs/coverage.md, the numeric one (sentences of the sources that
/// state a number or a date) and the attribution one (sentences that attribute a statement to a named actor), each with
/// how many a claim quotes, per source and in all, and every uncovered sentence located in its source file;
/// <c>--min</c> and <c>--min-attributed</c> fail below a percentage.
/// </summary>
internal static class CoverageCommand
{
    public static int Run(ToolContext context, string facts, string? sources, double? min, double? minAttributed, bool showNotCounted, string? output)
    {
        CatalogueInput? input = CatalogueInput.Read(context, facts, sources);
        if (input is null)
        {
            return ExitCodes.Usage;
        }

        CatalogueResult result = input.Run();
        CoverageMeasurement measured = CatalogueCoverage.Measure(result.Model, source => input.DocumentText(source.File));
        AttributionMeasurement attributed = CatalogueCoverage.MeasureAttributions(result.Model, source => input.DocumentText(source.File));
        context.WriteResult(output, Report(input, measured, attributed, showNotCounted));

        int exitCode = CheckedDiagnostic.ReportErrors(result.Diagnostics, context.Error, "coverage", "claims whose quotes were not found cover nothing.");

        bool below = min is double minimum && measured.Percent < minimum;
        if (below)
        {
            context.Error.WriteLine(
                $"factcatalog coverage: {measured.PercentText} % is below the minimum of {CoverageMeasurement.Format(min!.Value)} %.");
        }
        bool belowAttributed = minAttributed is double minimumAttributed && attributed.Percent < minimumAttributed;
        if (belowAttributed)
        {
            context.Error.WriteLine(
                $"factcatalog coverage: {attributed.PercentText} % of attributed statements is below the minimum of {CoverageMeasurement.Format(minAttributed!.Value)} %.");
        }
        return exitCode != ExitCodes.Success || below || belowAttributed ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>
    /// Both figures in all, a table per measure and source, then each uncovered sentence as
    /// <c>file(line,col): [word] sentence</c> (numbers) and <c>file(line,col): [name: cue] sentence</c> (attributions).
    /// </summary>
    public static string Report(CatalogueInput input, CoverageMeasurement measured, AttributionMeasurement attributed, bool showNotCounted)
    {
        var report = new StringBuilder();
        report.Append($"{measured.Covered} of {measured.Total} sentences that state a number or a date are quoted by a claim: {measured.PercentText} %\n");
        report.Append(attributed.Figure).Append('\n');
        report.Append('\n');

        Table(report, "numbers", measured.Sources.Select(s => (s.SourceId, s.File, s.Covered, s.Total, s.Percent)));
        report.Append('\n');
        Table(report, "attributions", attributed.Sources.Select(s => (s.SourceId, s.File, s.Covered, s.Total, s.Percent)));

        if (measured.Uncovered.Count > 0)
        {
            Uncovered(report, input, "Sentences no claim quotes:", measured.Sources, s => NumberOrDate.FirstMention(s.Text, s.StartsLine) ?? string.Empty);
        }

        if (showNotCounted && measured.NotCounted.Count > 0)
        {
            report.Append('\n').Append("Sentences not counted (their number-like words state no quantity):\n");
            foreach (SourceCoverage source in measured.Sources)
            {
                string? text = input.DocumentText(source.File);
                foreach (NotCountedSentence n in source.NotCounted)
                {
                    report.Append($"{Where(input, source.File, n.Sentence, text)}: [{n.Rules}] {n.Sentence.Text}\n");
                }
            }
        }

        if (attributed.Uncovered.Count > 0)
        {
            Uncovered(report, input, "Attributions no claim quotes:", attributed.Sources, s => Attribution.FirstName(s.Text) + ": " + Attribution.FirstCue(s.Text));
        }

        return report.ToString();
    }

    /// <summary>One measure's table: a row per source with the covered count, the total and the percentage.</summary>
    private static void Table(StringBuilder report, string measure, IEnumerable<(string SourceId, string File, int Covered, int Total, double Percent)> sources)
    {
        string[][] rows = sources
            .Select(s => new[] { s.SourceId, s.File, s.Covered.ToString(CultureInfo.InvariantCulture), s.Total.ToString(CultureInfo.InvariantCulture), CoverageMeasurement.Format(s.Percent) + " %" })
            .Prepend(new[] { "source", "file", measure, "of", "coverage" })
            .ToArray();
        int[] widths = Enumerable.Range(0, 5).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (string[] row in rows)
        {
            report.Append(row[0].PadRight(widths[0])).Append("  ")
                .Append(row[1].PadRight(widths[1])).Append("  ")
                .Append(row[2].PadLeft(widths[2])).Append("  ")
                .Append(row[3].PadLeft(widths[3])).Append("  ")
                .Append(row[4].PadLeft(widths[4])).Append('\n');
        }
    }

    /// <summary>A measure's uncovered sentences under <paramref name="heading"/>, each <c>file(line,col): [label] sentence</c>.</summary>
    private static void Uncovered<TSource>(StringBuilder report, CatalogueInput input, string heading, IEnumerable<TSource> sources, Func<SeedSentence, string> label)
        where TSource : ISourceSentenceCoverage
    {
        report.Append('\n').Append(heading).Append('\n');
        foreach (TSource source in sources)
        {
            string? text = input.DocumentText(source.File);
            foreach (SeedSentence s in source.Uncovered)
            {
                report.Append($"{Where(input, source.File, s, text)}: [{label(s)}] {s.Text}\n");
            }
        }
    }

    /// <summary>"seeds/file.txt(line,col)": the sentence's start, the column counted in the LF text as citations count it.</summary>
    private static string Where(CatalogueInput input, string file, SeedSentence sentence, string? text)
    {
        int column = text is null ? 1 : sentence.Offset - (text.LastIndexOf('\n', sentence.Offset == 0 ? 0 : sentence.Offset - 1) + 1) + 1;
        return $"{input.DocumentPath(file)}({sentence.Line},{column})";
    }
}
