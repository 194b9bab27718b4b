using System.Collections.Generic;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Tool.Check;

/// <summary>A catalogue diagnostic with the severity it is reported at (a warning becomes an error under <c>--warnaserror</c>).</summary>
internal sealed record CheckedDiagnostic(DiagnosticInfo Info, DiagnosticSeverity Severity)
{
    /// <summary>The diagnostics of a run, warnings promoted to errors when <paramref name="warningsAsErrors"/> is set.</summary>
    public static IReadOnlyList<CheckedDiagnostic> From(IEnumerable<DiagnosticInfo> diagnostics, bool warningsAsErrors) =>
        diagnostics
            .Select(d => new CheckedDiagnostic(
                d,
                warningsAsErrors && d.Severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : d.Severity))
            .ToArray();

    /// <summary>
    /// For the commands that write something other than diagnostics (export, coverage, report): the catalogue's errors on
    /// <paramref name="error"/> in MSBuild format, then one line saying what they mean for <paramref name="command"/>'s
    /// output (<paramref name="consequence"/>). Returns the exit code: 1 when there were errors.
    /// </summary>
    public static int ReportErrors(IEnumerable<DiagnosticInfo> diagnostics, System.IO.TextWriter error, string command, string consequence)
    {
        CheckedDiagnostic[] errors = From(diagnostics, warningsAsErrors: false).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        foreach (CheckedDiagnostic found in errors)
        {
            error.WriteLine(found.ToMsBuildLine());
        }
        if (errors.Length == 0)
        {
            return ExitCodes.Success;
        }
        error.WriteLine($"factcatalog {command}: the catalogue has {errors.Length} error(s); {consequence}");
        return ExitCodes.Errors;
    }

    /// <summary>
    /// "file(line,col): severity ID: message", as MSBuild prints it: the same text as <see cref="DiagnosticInfo.ToString"/>,
    /// with the reported severity.
    /// </summary>
    public string ToMsBuildLine() =>
        $"{(Info.Location.FilePath.Length == 0 ? "FactCatalog" : Info.Location.ToString())}: {Severity.ToString().ToLowerInvariant()} {Info.Id}: {Info.GetMessage()}";
}
