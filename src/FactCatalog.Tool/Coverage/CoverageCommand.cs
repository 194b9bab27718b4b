using System.Linq;
using System.Text;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Coverage;
using FactCatalog.Tool.Check;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Tool.Coverage;

/// <summary>
/// <c>factcatalog coverage</c>: the numeric coverage of docs/coverage.md (sentences of the sources that state a number
/// or a date, and how many a claim quotes), per source and in all, with every uncovered sentence located in its source
/// file; <c>--min</c> fails below a percentage.
/// </summary>
internal static class CoverageCommand
{
    public static int Run(ToolContext context, string facts, string? sources, double? min, bool showNotCounted, string? output)
    {
        CatalogueInput? input = CatalogueInput.Read(context, facts, sources);
        if (input is null)
        {
            return ExitCodes.Usage;
        }

        CatalogueResult result = input.Run();
        CoverageMeasurement measured = CatalogueCoverage.Measure(result.Model, source => input.DocumentText(source.File));
        context.WriteResult(output, Report(input, measured, showNotCounted));

        CheckedDiagnostic[] errors = CheckedDiagnostic.From(result.Diagnostics, warningsAsErrors: false)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToArray();
        foreach (CheckedDiagnostic error in errors)
        {
            context.Error.WriteLine(error.ToMsBuildLine());
        }
        if (errors.Length > 0)
        {
            context.Error.WriteLine($"factcatalog coverage: the catalogue has {errors.Length} error(s); claims whose quotes were not found cover nothing.");
        }

        bool below = min is double minimum && measured.Percent < minimum;
        if (below)
        {
            context.Error.WriteLine(
                $"factcatalog coverage: {measured.PercentText} % is below the minimum of {CoverageMeasurement.Format(min!.Value)} %.");
        }
        return errors.Length > 0 || below ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>The figure in all, a table per source, then each uncovered sentence as <c>file(line,col): [word] sentence</c>.</summary>
    public static string Report(CatalogueInput input, CoverageMeasurement measured, bool showNotCounted)
    {
        var report = new StringBuilder();
        report.Append($"{measured.Covered} of {measured.Total} sentences that state a number or a date are quoted by a claim: {measured.PercentText} %\n");
        report.Append('\n');

        string[][] rows = measured.Sources
            .Select(s => new[] { s.SourceId, s.File, s.Covered.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), CoverageMeasurement.Format(s.Percent) + " %" })
            .Prepend(new[] { "source", "file", "covered", "of", "coverage" })
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

        if (measured.Uncovered.Count > 0)
        {
            report.Append('\n').Append("Sentences no claim quotes:\n");
            foreach (SourceCoverage source in measured.Sources)
            {
                string? text = input.DocumentText(source.File);
                foreach (SeedSentence s in source.Uncovered)
                {
                    report.Append($"{Where(input, source, s, text)}: [{NumberOrDate.FirstMention(s.Text, s.StartsLine)}] {s.Text}\n");
                }
            }
        }

        if (showNotCounted && measured.NotCounted.Count > 0)
        {
            report.Append('\n').Append("Sentences not counted (their number-like words state no quantity):\n");
            foreach (SourceCoverage source in measured.Sources)
            {
                string? text = input.DocumentText(source.File);
                foreach (NotCountedSentence n in source.NotCounted)
                {
                    report.Append($"{Where(input, source, n.Sentence, text)}: [{n.Rules}] {n.Sentence.Text}\n");
                }
            }
        }

        return report.ToString();
    }

    /// <summary>"seeds/file.txt(line,col)": the sentence's start, the column counted in the LF text as citations count it.</summary>
    private static string Where(CatalogueInput input, SourceCoverage source, SeedSentence sentence, string? text)
    {
        int column = text is null ? 1 : sentence.Offset - (text.LastIndexOf('\n', sentence.Offset == 0 ? 0 : sentence.Offset - 1) + 1) + 1;
        return $"{input.DocumentPath(source.File)}({sentence.Line},{column})";
    }
}
