using System;
using FactCatalog.Catalogue.Naming;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Code shared by every generated table: a method from index to item (a record, a source, a fact) that
/// switches over chunks, so no method grows with the catalogue, and the list type generated lists have.
/// </summary>
public static class FactListCode
{
    /// <summary>Entries per chunk method: small enough for the JIT, few enough methods at scale.</summary>
    public const int ChunkSize = 512;

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
    /// A method from chunk index to UTF-8 data: each chunk one literal holding up to <see cref="ChunkSize"/>
    /// records as length-prefixed fields, what the runtime's <c>RecordSource</c> delegate gives. One literal per
    /// chunk, not per record: each literal becomes its own static data field, which costs the compiler time.
    /// </summary>
    public static void WriteChunks(CodeWriter writer, string name, int count, Func<int, string> record, bool u8Literals)
    {
        writer.Line("private static " + Utf8Literal.SpanType + " " + name + "(int chunk) => chunk switch").Open();
        for (int chunk = 0; chunk < Chunks(count); chunk++)
        {
            int first = chunk * ChunkSize;
            int end = Math.Min(count, first + ChunkSize);
            writer.StartLine().Write(CSharpLiteral.Int(chunk) + " => ");
            if (u8Literals)
            {
                // Record by record into the literal: a chunk runs to hundreds of kilobytes, too large to copy around.
                writer.Write("\"");
                for (int i = first; i < end; i++)
                {
                    string prefix = RecordWriter.TextField(record(i), out string clean);
                    writer.Write(prefix).WriteEscaped(clean);
                }
                writer.Write("\"u8");
            }
            else
            {
                var data = new RecordWriter();
                for (int i = first; i < end; i++)
                {
                    data.Text(record(i));
                }
                writer.Write(Utf8Literal.Expression(data.ToString(), u8Literals: false));
            }
            writer.Write(",").EndLine();
        }
        writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(chunk)),");
        writer.Close(";");
    }
}
