using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalog.Model;
using FactCatalog.Generator.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Emits <c>Sources</c>: one <c>static readonly</c> <c>Source</c> per entry of <c>sources.yaml</c> (the
/// same objects every citation points at), <c>All</c> and <c>TryGet</c>. Sources are few (one per document),
/// so they are built together when the class is first used.
/// </summary>
public static class SourcesEmitter
{
    private const string SourceType = "global::FactCatalog.Source";

    /// <summary>The file's text.</summary>
    public static string Emit(SourcesEmitSpec spec)
    {
        EmitOptions options = spec.Options;
        string notNullWhen = options.NotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        var writer = new CodeWriter().Header();
        Namespace.Open(writer, options.Namespace);

        writer.Doc(new DocComment().Summary(
            "The source documents the catalogue quotes: " + spec.Sources.Count.ToString(CultureInfo.InvariantCulture)
                + (spec.Sources.Count == 1 ? " source" : " sources") + ", as described in <c>sources.yaml</c>."));
        writer.Line("public static partial class " + GeneratorOptions.SourcesClassName).Open();
        foreach (SourceModel source in spec.Sources)
        {
            WriteSource(writer, source);
            writer.Line();
        }

        writer.Doc(new DocComment().Summary("Every source, ordered by id."));
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + SourceType + "> All { get; } = global::System.Array.AsReadOnly(new " + SourceType + "[]").Open();
        foreach (SourceModel source in spec.Sources)
        {
            writer.Line(CodeNames.Member(source.Identifier) + ",");
        }
        writer.Close(");");
        writer.Line();
        writer.Doc(new DocComment()
            .Summary("Finds a source by its id.")
            .Raw("<param name=\"id\">The source id, as claims name it in the fact files; case counts.</param>")
            .Raw("<param name=\"source\">The source, or <see langword=\"null\"/> when no source has that id.</param>")
            .Raw("<returns>Whether a source has that id.</returns>"));
        writer.Line("public static bool TryGet(string id, " + notNullWhen + "out " + SourceType + "? source)").Open();
        writer.Line("int index = global::FactCatalog.FactLookup.BinarySearchOrdinal("
            + CodeNames.Qualified(options.Namespace, CodeNames.IndexClass(options.ClassName)) + ".SourceIds, id);");
        writer.Line("source = index < 0 ? null : All[index];");
        writer.Line("return index >= 0;");
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line("internal static partial class " + CodeNames.IndexClass(options.ClassName)).Open();
        writer.Line("internal static readonly string[] SourceIds = new string[]").Open();
        foreach (SourceModel source in spec.Sources)
        {
            writer.Line(CSharpLiteral.String(source.Id) + ",");
        }
        writer.Close(";");
        writer.Close();
        Namespace.Close(writer, options.Namespace);
        return writer.ToString();
    }

    private static void WriteSource(CodeWriter writer, SourceModel source)
    {
        string heading = source.Title ?? source.ContainerTitle ?? source.Publisher ?? source.Id;
        var about = new List<string>();
        if (source.ContainerTitle is not null && source.ContainerTitle != heading)
        {
            about.Add(source.ContainerTitle);
        }
        if (source.Publisher is not null && source.Publisher != heading)
        {
            about.Add(source.Publisher);
        }
        if (source.Authors.Count > 0)
        {
            about.Add("by " + string.Join(", ", source.Authors));
        }
        if (source.Issued is not null)
        {
            about.Add(source.Issued);
        }
        var details = new List<string> { "Source " + DocComment.Code(source.Id) + ", file " + DocComment.Code(source.File) + "." };
        if (source.Translation != TranslationKind.None)
        {
            details.Add(DocComment.Text(source.Translation == TranslationKind.Machine
                ? "A machine translation: quotes may carry its errors."
                : "A translation."));
        }
        if (source.OriginalPublisher is not null || source.OriginalTitle is not null || source.OriginalDate is not null)
        {
            details.Add("Original: " + DocComment.Text(string.Join(", ",
                new[] { source.OriginalTitle, source.OriginalPublisher, source.OriginalDate }.Where(p => p is not null))) + ".");
        }
        if (source.Url is not null)
        {
            details.Add(DocComment.Text(source.Url));
        }
        writer.Doc(new DocComment()
            .Summary(DocComment.Text(heading), about.Count == 0 ? null : DocComment.Text(string.Join(", ", about)))
            .Remarks(string.Join(" ", details), source.Note is null ? null : "Note: " + DocComment.Text(source.Note)));

        writer.Line("public static readonly " + SourceType + " " + CodeNames.Member(source.Identifier) + " = new " + SourceType + "(").Indent();
        writer.Line("id: " + CSharpLiteral.String(source.Id) + ",");
        writer.Line("file: " + CSharpLiteral.String(source.File) + ",");
        writer.Line("type: " + CSharpLiteral.String(source.Type) + ",");
        writer.Line("title: " + CSharpLiteral.String(source.Title) + ",");
        writer.Line("containerTitle: " + CSharpLiteral.String(source.ContainerTitle) + ",");
        writer.Line("publisher: " + CSharpLiteral.String(source.Publisher) + ",");
        writer.Line("authors: " + (source.Authors.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", source.Authors.Select(CSharpLiteral.String)) + " }") + ",");
        writer.Line("issued: " + (ValueCode.Date(source.Issued) ?? "null") + ",");
        writer.Line("language: " + CSharpLiteral.String(source.Language) + ",");
        writer.Line("translation: global::FactCatalog.SourceTranslation." + source.Translation.ToString() + ",");
        writer.Line("url: " + CSharpLiteral.String(source.Url) + ",");
        writer.Line("note: " + CSharpLiteral.String(source.Note) + ",");
        writer.Line("originalTitle: " + CSharpLiteral.String(source.OriginalTitle) + ",");
        writer.Line("originalPublisher: " + CSharpLiteral.String(source.OriginalPublisher) + ",");
        writer.Line("originalDate: " + (ValueCode.Date(source.OriginalDate) ?? "null") + ");").Outdent();
    }
}
