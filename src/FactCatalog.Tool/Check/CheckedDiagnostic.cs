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
    /// "file(line,col): severity ID: message", as MSBuild prints it: the same text as <see cref="DiagnosticInfo.ToString"/>,
    /// with the reported severity.
    /// </summary>
    public string ToMsBuildLine() =>
        $"{(Info.Location.FilePath.Length == 0 ? "FactCatalog" : Info.Location.ToString())}: {Severity.ToString().ToLowerInvariant()} {Info.Id}: {Info.GetMessage()}";
}
