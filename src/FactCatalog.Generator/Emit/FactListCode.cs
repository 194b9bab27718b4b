using System;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Code shared by the root index and the group lists: a method from index to item that switches over chunks
/// (so no method grows with the catalogue), and a read-only list of facts that builds each fact only when it
/// is read. Both are written into a class that declares <c>FactCount</c> and <c>FactAt</c>.
/// </summary>
public static class FactListCode
{
    /// <summary>Entries per chunk method: small enough for the JIT, few enough methods at scale.</summary>
    public const int ChunkSize = 512;

    private const string FactType = "global::FactCatalog.Fact";

    /// <summary>The read-only list of facts that generated lists are, as a type name.</summary>
    public const string ListType = "global::System.Collections.Generic.IReadOnlyList<global::FactCatalog.Fact>";

    /// <summary>How many chunk methods <paramref name="count"/> items need.</summary>
    public static int Chunks(int count) => (count + ChunkSize - 1) / ChunkSize;

    /// <summary>A method from index to item: a switch over chunks, each chunk a switch over its indexes.</summary>
    public static void WriteDispatch(CodeWriter writer, string type, string name, int count, Func<int, string> item)
    {
        const string outOfRange = "throw new global::System.ArgumentOutOfRangeException(nameof(index))";
        int chunks = Chunks(count);
        writer.Line("private static " + type + " " + name + "(int index) => (index < 0 ? -1 : index / " + CSharpLiteral.Int(ChunkSize) + ") switch").Open();
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            writer.Line(CSharpLiteral.Int(chunk) + " => " + name + CSharpLiteral.Int(chunk) + "(index),");
        }
        writer.Line("_ => " + outOfRange + ",");
        writer.Close(";");
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            writer.Line();
            writer.Line("private static " + type + " " + name + CSharpLiteral.Int(chunk) + "(int index) => index switch").Open();
            for (int i = chunk * ChunkSize; i < Math.Min(count, (chunk + 1) * ChunkSize); i++)
            {
                writer.Line(CSharpLiteral.Int(i) + " => " + item(i) + ",");
            }
            writer.Line("_ => " + outOfRange + ",");
            writer.Close(";");
        }
    }

    /// <summary>
    /// The list class <c>FactList</c>: over all <c>FactCount</c> facts (<c>new FactList(null)</c>) or over some of
    /// them by index, reading each through <c>FactAt</c>.
    /// </summary>
    public static void WriteFactList(CodeWriter writer)
    {
        writer.Line("/// <summary>A read-only list of facts by index (all of them, or some), building each fact only when it is read.</summary>");
        writer.Line("private sealed class FactList : " + ListType).Open();
        writer.Line("private readonly int[]? _indexes;");
        writer.Line();
        writer.Line("internal FactList(int[]? indexes) => _indexes = indexes;");
        writer.Line();
        writer.Line("public int Count => _indexes?.Length ?? FactCount;");
        writer.Line();
        writer.Line("public " + FactType + " this[int index] => (uint)index < (uint)Count").Indent();
        writer.Line("? FactAt(_indexes is null ? index : _indexes[index])");
        writer.Line(": throw new global::System.ArgumentOutOfRangeException(nameof(index));").Outdent();
        writer.Line();
        writer.Line("public global::System.Collections.Generic.IEnumerator<" + FactType + "> GetEnumerator()").Open();
        writer.Line("for (int i = 0; i < Count; i++)").Open();
        writer.Line("yield return this[i];");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
        writer.Close();
    }
}
