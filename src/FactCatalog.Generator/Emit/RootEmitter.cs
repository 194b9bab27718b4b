using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Generator.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Emits the root file: <c>Facts.All</c>, <c>TryGet</c>, <c>Get</c> and <c>WithTag</c>, and the index class
/// behind them. A catalogue may hold 100,000 facts, so nothing here grows into one huge method or a heap of
/// string literals: ids and tags are UTF-8 data in id order; the fact ids' hash table is laid out here
/// (<see cref="IdTable"/>) and emitted as int data, so the first lookup builds nothing, and tags are hashed by the
/// runtime's <c>IdIndex</c> on the first lookup; an index becomes a fact through a switch over chunks and leaves;
/// and each fact is built only when it is first read.
/// </summary>
public static class RootEmitter
{
    private const string FactType = "global::FactCatalog.Fact";
    private const string ListType = FactListCode.ListType;
    private const string FactIndexType = "global::FactCatalog.Storage.FactIndex";
    private const string IdIndexType = "global::FactCatalog.Storage.IdIndex";

    /// <summary>The file's text.</summary>
    public static string Emit(RootEmitSpec spec, System.Threading.CancellationToken cancellation = default)
    {
        EmitOptions options = spec.Options;
        string root = CodeNames.Type(options.ClassName);
        string index = CodeNames.Qualified(options.Namespace, CodeNames.IndexClass(options.ClassName));
        string notNullWhen = options.NotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        var writer = CodeWriter.File(options, cancellation);
        Namespace.Open(writer, options.Namespace);

        writer.Doc().Summary(
            "The fact catalogue: " + Count(spec.Facts.Count, "fact") + " in " + Count(spec.GroupCount, "group") + ", quoted from "
                + Count(spec.SourceCount, "source") + ". Each group is a nested class; each fact a class in it, with its id, one member per claim, "
                + "its value where the claims agree or one is preferred, and the rich <c>Fact</c>.");
        writer.Line("public static partial class " + root).Open();
        writer.Doc().Summary("Every fact, ordered by id. A fact is built the first time it is read.");
        writer.Line("public static " + ListType + " All => " + index + ".All;");
        writer.Line();
        writer.Doc()
            .Summary("Finds a fact by its id.")
            .Raw("<param name=\"id\">The fact id, such as <c>north-korean-troops-in-russia</c>; case counts.</param>")
            .Raw("<param name=\"fact\">The fact, or <see langword=\"null\"/> when no fact has that id.</param>")
            .Raw("<returns>Whether a fact has that id.</returns>");
        writer.Line("public static bool TryGet(string id, " + notNullWhen + "out " + Syntax.Nullable(options, FactType) + " fact) => " + index + ".TryGet(id, out fact);");
        writer.Line();
        writer.Doc()
            .Summary("The fact with this id.")
            .Raw("<param name=\"id\">The fact id, such as <c>north-korean-troops-in-russia</c>; case counts.</param>")
            .Raw("<returns>The fact.</returns>")
            .Raw("<exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No fact has that id; the message names the closest id.</exception>");
        writer.Line("public static " + FactType + " Get(string id) => " + index + ".Get(id);");
        writer.Line();
        writer.Doc()
            .Summary("The facts that carry a tag, ordered by id.")
            .Raw("<param name=\"tag\">The tag, such as <c>north-korea</c>; case counts.</param>")
            .Raw("<returns>The facts; empty when no fact has the tag.</returns>");
        writer.Line("public static " + ListType + " WithTag(string tag) => " + index + ".WithTag(tag);");
        writer.Close();
        writer.Line();

        WriteIndex(writer, spec, notNullWhen);
        Namespace.Close(writer, options.Namespace);
        return writer.ToString();
    }

    private static void WriteIndex(CodeWriter writer, RootEmitSpec spec, string notNullWhen)
    {
        EmitOptions options = spec.Options;
        int count = spec.Facts.Count;
        writer.Line("internal static partial class " + CodeNames.IndexClass(options.ClassName)).Open();
        // The ids' hash table, laid out here (IdTable), declared before the index that takes it: static fields are
        // initialised in the order they are written.
        IdTable table = IdTable.Of(spec.Facts.Select(f => f.Id).ToList(), FactListCode.ChunkSize);
        WriteInts(writer, "IdTable", table.Slots);
        writer.Line();
        WriteInts(writer, "IdOffsets", table.Offsets);
        writer.Line();
        writer.Line("internal static readonly " + FactIndexType + " All = new " + FactIndexType + "(" + CSharpLiteral.Int(count) + ", "
            + CSharpLiteral.Int(FactListCode.ChunkSize) + ", IdData, IdTable, IdOffsets, FactAt);");
        writer.Line();
        writer.Line("private static readonly " + IdIndexType + " Tags = new " + IdIndexType + "(" + CSharpLiteral.Int(spec.Tags.Count) + ", " + CSharpLiteral.Int(FactListCode.ChunkSize) + ", TagData);");
        writer.Line();
        writer.Line("internal static bool TryGet(string id, " + notNullWhen + "out " + Syntax.Nullable(options, FactType) + " fact)").Open();
        writer.Line("int index = All.IndexOf(id);");
        writer.Line("fact = index < 0 ? null : All[index];");
        writer.Line("return index >= 0;");
        writer.Close();
        writer.Line();
        writer.Line("internal static " + FactType + " Get(string id) => All.Get(id);");
        writer.Line();
        writer.Line("internal static " + ListType + " WithTag(string tag)").Open();
        writer.Line("int index = Tags.IndexOf(tag);");
        // Before C# 9 a conditional needs a type both branches convert to; the cast gives it one.
        writer.Line("return index < 0 ? " + (options.TargetTypedConditional ? string.Empty : "(" + ListType + ")")
            + "global::System.Array.Empty<" + FactType + ">() : new global::FactCatalog.Storage.FactList(All, TagFacts(index));");
        writer.Close();

        // Ids and tags are UTF-8 data, decoded on the first lookup; an index becomes a fact through its group.
        writer.Line();
        FactListCode.StartPrivateData(writer, options.NullableAnnotations);
        var packed = new PackedData(0); // ids and tags stay UTF-8 data: PackedData.GroupShare says why
        FactListCode.WriteChunks(writer, "IdData", count, i => spec.Facts[i].Id, packed, options.Utf8Literals, options.SwitchExpressions);
        writer.Line();
        FactListCode.WriteDispatch(writer, FactType, "FactAt", count, i => CodeNames.Qualified(options.Namespace, CodeNames.Type(options.ClassName),
            CodeNames.Type(spec.Facts[i].Group), CodeNames.Type(spec.Facts[i].Fact)) + ".Fact", options.SwitchExpressions, FactListCode.FactLeafSize);
        writer.Line();
        FactListCode.WriteChunks(writer, "TagData", spec.Tags.Count, i => spec.Tags[i].Tag, packed, options.Utf8Literals, options.SwitchExpressions);
        writer.Line();
        FactListCode.WriteDispatch(writer, "int[]", "TagFacts", spec.Tags.Count,
            i => "new int[] { " + string.Join(", ", spec.Tags[i].Facts.Select(CSharpLiteral.Int)) + " }", options.SwitchExpressions);
        FactListCode.EndPrivateData(writer, options.NullableAnnotations);
        writer.Close();
    }

    /// <summary>A static array of ints, 32 to a line: compiled to data the runtime copies in one go.</summary>
    private static void WriteInts(CodeWriter writer, string name, int[] values)
    {
        writer.Line("private static readonly int[] " + name + " = new int[]").Open();
        for (int start = 0; start < values.Length; start += 32)
        {
            var line = new System.Text.StringBuilder();
            for (int i = start; i < System.Math.Min(values.Length, start + 32); i++)
            {
                line.Append(CSharpLiteral.Int(values[i])).Append(',');
                if (i + 1 < System.Math.Min(values.Length, start + 32))
                {
                    line.Append(' ');
                }
            }
            writer.Line(line.ToString());
        }
        writer.Close(";");
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
