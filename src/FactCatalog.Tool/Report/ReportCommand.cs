using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Coverage;
using FactCatalog.Catalogue.Model;
using FactCatalog.Tool.Check;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Tool.Report;

/// <summary>
/// <c>factcatalog report</c>: the HTML page of the sources with every quote marked (<see cref="HtmlReport"/>), from the
/// pipeline's result and the coverage measures. The page is written whatever the catalogue's state; its errors go to
/// standard error in MSBuild format and make the exit code 1.
/// </summary>
internal static class ReportCommand
{
    public static int Run(ToolContext context, string facts, string? sources, string output)
    {
        CatalogueInput? input = CatalogueInput.Read(context, facts, sources);
        if (input is null)
        {
            return ExitCodes.Usage;
        }

        CatalogueResult result = input.Run();

        context.Progress.Stage("measuring coverage");
        var documents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (SourceMetadata source in result.Model.Sources)
        {
            documents[source.Id] = input.DocumentText(source.File);
        }
        CoverageMeasurement numeric = CatalogueCoverage.Measure(result.Model, source => documents[source.Id]);
        AttributionMeasurement attributed = CatalogueCoverage.MeasureAttributions(result.Model, source => documents[source.Id]);
        (IReadOnlyList<SentenceMeasure> numericMeasures, IReadOnlyList<UncoveredSentence> numericUncovered) = ReportInput.FromNumeric(numeric);
        (IReadOnlyList<SentenceMeasure> attributedMeasures, IReadOnlyList<UncoveredSentence> attributedUncovered) = ReportInput.FromAttributions(attributed);

        context.Progress.Stage("writing the report");
        string html = HtmlReport.Write(new ReportInput
        {
            Catalogue = result.Model,
            Documents = documents,
            Measures = [.. numericMeasures, .. attributedMeasures],
            Uncovered = [.. numericUncovered, .. attributedUncovered],
            Errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            Warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
        });
        context.WriteResult(output, html);
        context.Progress.End();

        return CheckedDiagnostic.ReportErrors(result.Diagnostics, context.Error, "report", "claims whose quotes were not found are listed, not marked.");
    }
}
