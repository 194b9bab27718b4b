using System.Collections.Generic;
using System.Linq;
using FactCatalog.Catalogue;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Tool.Check;

/// <summary>
/// <c>factcatalog check</c>: every diagnostic the build would give for the catalogue, from the generator's pipeline, in
/// MSBuild format or as SARIF; exit code 1 when any is an error.
/// </summary>
internal static class CheckCommand
{
    public const string MsBuildFormat = "msbuild";
    public const string SarifFormat = "sarif";

    public static int Run(ToolContext context, string facts, string? sources, bool warningsAsErrors, string format, string? output)
    {
        CatalogueInput? input = CatalogueInput.Read(context, facts, sources);
        if (input is null)
        {
            return ExitCodes.Usage;
        }

        CatalogueResult result = input.Run();
        IReadOnlyList<CheckedDiagnostic> diagnostics = CheckedDiagnostic.From(result.Diagnostics, warningsAsErrors);

        if (format == SarifFormat)
        {
            context.WriteResult(output, SarifWriter.Write(diagnostics, context.WorkingDirectory));
        }
        else
        {
            string lines = string.Concat(diagnostics.Select(d => d.ToMsBuildLine() + "\n"));
            context.WriteResult(output, lines);
        }

        int errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        int infos = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        int factCount = result.Model.Groups.Sum(g => g.Facts.Count);
        int claimCount = result.Model.Groups.Sum(g => g.Facts.Sum(f => f.Claims.Count));
        context.Error.WriteLine(
            $"factcatalog check: {input.FactFileCount} fact files, {factCount} facts, {claimCount} claims, {result.Model.Sources.Count} sources: "
            + $"{errors} error(s), {warnings} warning(s), {infos} message(s)");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
