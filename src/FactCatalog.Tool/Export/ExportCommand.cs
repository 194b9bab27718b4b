using System.Linq;
using FactCatalog.Catalogue;
using FactCatalog.Tool.Check;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Tool.Export;

/// <summary>
/// <c>factcatalog export</c>: the catalogue as JSON, as W3C Web Annotations or its sources as CSL-JSON. The export is
/// written whatever the catalogue's state; its errors go to standard error in MSBuild format and make the exit code 1.
/// </summary>
internal static class ExportCommand
{
    public const string Json = "json";
    public const string WebAnnotation = "web-annotation";
    public const string CslJson = "csl-json";

    public static int Run(ToolContext context, string facts, string? sources, string format, string? output)
    {
        CatalogueInput? input = CatalogueInput.Read(context, facts, sources);
        if (input is null)
        {
            return ExitCodes.Usage;
        }

        CatalogueResult result = input.Run();
        string content = format switch
        {
            WebAnnotation => WebAnnotations.Write(input, result),
            CslJson => Export.CslJson.Write(result),
            _ => CatalogueJson.Write(input, result),
        };
        context.WriteResult(output, content);

        return CheckedDiagnostic.ReportErrors(result.Diagnostics, context.Error, "export", "the export leaves out what they affect.");
    }
}
