using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Generator.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Emits <c>Sources</c>: one property per entry of <c>sources.yaml</c> (the same objects every citation points
/// at), <c>All</c> and <c>TryGet</c>. A large catalogue may quote thousands of documents, so each source is a
/// UTF-8 record built into its object the first time it is read, like facts.
/// </summary>
public static class SourcesEmitter
{
    private const string SourceType = "global::FactCatalog.Source";

    /// <summary>The class, nested in the index class, that holds the sources' table and id index.</summary>
    private const string DataClass = "SourceData";

    /// <summary>The class, nested in the index class, of each source's index in the table, by member name.</summary>
    public const string IndexesClass = GeneratorOptions.SourcesClassName;

    /// <summary>The sources' table, as group tables take it.</summary>
    public static string Table(EmitOptions options) =>
        CodeNames.Qualified(options.Namespace, CodeNames.IndexClass(options.ClassName), DataClass) + ".Sources";

    /// <summary>The constant holding a source's index in the table.</summary>
    public static string IndexConstant(EmitOptions options, SourceMetadata source) =>
        CodeNames.Qualified(options.Namespace, CodeNames.IndexClass(options.ClassName), IndexesClass, CodeNames.Member(source.Identifier));

    /// <summary>The file's text.</summary>
    public static string Emit(SourcesEmitSpec spec, System.Threading.CancellationToken cancellation = default)
    {
        EmitOptions options = spec.Options;
        string notNullWhen = options.NotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        var writer = CodeWriter.File(options, cancellation);
        Namespace.Open(writer, options.Namespace);

        writer.Doc().Summary(
            "The source documents the catalogue quotes: " + spec.Sources.Count.ToString(CultureInfo.InvariantCulture)
                + (spec.Sources.Count == 1 ? " source" : " sources") + ", as described in <c>sources.yaml</c>.");
        writer.Line("public static partial class " + GeneratorOptions.SourcesClassName).Open();
        for (int i = 0; i < spec.Sources.Count; i++)
        {
            WriteSource(writer, spec.Sources[i], i, options);
            writer.Line();
        }

        string data = CodeNames.Qualified(options.Namespace, CodeNames.IndexClass(options.ClassName), DataClass);
        writer.Doc().Summary("Every source, ordered by id.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + SourceType + "> All => " + data + ".Sources;");
        writer.Line();
        writer.Doc()
            .Summary("Finds a source by its id.")
            .Raw("<param name=\"id\">The source id, as claims name it in the fact files; case counts.</param>")
            .Raw("<param name=\"source\">The source, or <see langword=\"null\"/> when no source has that id.</param>")
            .Raw("<returns>Whether a source has that id.</returns>");
        writer.Line("public static bool TryGet(string id, " + notNullWhen + "out " + Syntax.Nullable(options, SourceType) + " source)").Open();
        writer.Line("int index = " + data + ".Ids.IndexOf(id);");
        writer.Line("source = index < 0 ? null : " + data + ".Sources[index];");
        writer.Line("return index >= 0;");
        writer.Close();
        writer.Close();
        writer.Line();

        // Its own class, so that reading a source does not set up the fact index beside it.
        writer.Line("internal static partial class " + CodeNames.IndexClass(options.ClassName)).Open();
        writer.Line("internal static class " + DataClass).Open();
        writer.Line("internal static readonly global::FactCatalog.Storage.SourceTable Sources = new global::FactCatalog.Storage.SourceTable("
            + CSharpLiteral.Int(spec.Sources.Count) + ", " + CSharpLiteral.Int(FactListCode.ChunkSize) + ", RecordData);");
        writer.Line();
        writer.Line("internal static readonly global::FactCatalog.Storage.IdIndex Ids = new global::FactCatalog.Storage.IdIndex("
            + CSharpLiteral.Int(spec.Sources.Count) + ", " + CSharpLiteral.Int(FactListCode.ChunkSize) + ", IdData);");
        writer.Line();
        FactListCode.StartPrivateData(writer, options.NullableAnnotations);
        var packed = new PackedData(0); // sources stay UTF-8 data: PackedData.GroupShare says why
        FactListCode.WriteChunks(writer, "RecordData", spec.Sources.Count, i => Records.Source(spec.Sources[i]), packed, options.Utf8Literals, options.SwitchExpressions);
        writer.Line();
        FactListCode.WriteChunks(writer, "IdData", spec.Sources.Count, i => spec.Sources[i].Id, packed, options.Utf8Literals, options.SwitchExpressions);
        FactListCode.EndPrivateData(writer, options.NullableAnnotations);
        writer.Close();
        writer.Line();

        // Each source's index in the table, by its member's name: group tables map the sources their records cite to
        // these constants (compiled into their data), so a group file names sources, never their indexes.
        // The class is named Sources because no source's member can be named so (as in the public class).
        writer.Line("internal static class " + IndexesClass).Open();
        for (int i = 0; i < spec.Sources.Count; i++)
        {
            writer.Line("internal const int " + CodeNames.Member(spec.Sources[i].Identifier) + " = " + CSharpLiteral.Int(i) + ";");
        }
        writer.Close();
        writer.Close();
        Namespace.Close(writer, options.Namespace);
        return writer.ToString();
    }

    private static void WriteSource(CodeWriter writer, SourceMetadata source, int index, EmitOptions options)
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
        if (source.Translation != SourceTranslation.None)
        {
            details.Add(DocComment.Text(source.Translation == SourceTranslation.Machine
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
        writer.Doc()
            .Summary(DocComment.Text(heading), about.Count == 0 ? null : DocComment.Text(string.Join(", ", about)))
            .Remarks(string.Join(" ", details), source.Note is null ? null : "Note: " + DocComment.Text(source.Note));

        writer.Line("public static " + SourceType + " " + CodeNames.Member(source.Identifier) + " => "
            + CodeNames.Qualified(options.Namespace, CodeNames.IndexClass(options.ClassName), DataClass) + ".Sources[" + CSharpLiteral.Int(index) + "];");
    }
}
