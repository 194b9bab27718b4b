using System;
using System.Linq;
using FactCatalog.Catalogue.Naming;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Code shared by every generated table: a method from index to item (a record, a source, a fact) that
/// switches over chunks, so no method grows with the catalogue, and the list type generated lists have.
/// </summary>
public static class FactListCode
{
    /// <summary>Entries per chunk of UTF-8 data: small enough for the JIT, few enough methods at scale.</summary>
    public const int ChunkSize = 512;

    /// <summary>
    /// Cases per index-to-item leaf method. Smaller than <see cref="ChunkSize"/>: the compiler's decision DAG for a
    /// switch over constant cases takes time quadratic in the number of cases, which at 512 a method was most of the
    /// binding of the fact index at 10,000 facts (docs/benchmarks.md).
    /// </summary>
    public const int DispatchChunkSize = 64;

    /// <summary>
    /// Facts per leaf method from index to fact: each case names a fact's class, which the JIT loads when it compiles the
    /// method, so a first lookup by id that compiled 512 cases spent most of its time there (7.6 ms at 10,000 facts).
    /// </summary>
    public const int FactLeafSize = 32;

    /// <summary>The read-only list of facts that generated lists are, as a type name.</summary>
    public const string ListType = "global::System.Collections.Generic.IReadOnlyList<global::FactCatalog.Fact>";

    /// <summary>
    /// Starts the private index-to-item and chunk methods of a store class: from C# 8 on, <c>#nullable disable</c>, so
    /// the compiler does not run its nullable analysis over their thousands of switch arms (about 7 % of a warm emit of
    /// 10,000 facts, docs/benchmarks.md). They are private and have no reference type that could be annotated as
    /// nullable, so nothing a consumer sees changes. <see cref="EndPrivateData"/> turns the file's context back on.
    /// </summary>
    public static void StartPrivateData(CodeWriter writer, bool nullableAnnotations)
    {
        if (nullableAnnotations)
        {
            writer.Directive("#nullable disable");
        }
    }

    /// <summary>Ends what <see cref="StartPrivateData"/> started: back to the file's <c>#nullable enable</c>.</summary>
    public static void EndPrivateData(CodeWriter writer, bool nullableAnnotations)
    {
        if (nullableAnnotations)
        {
            writer.Directive("#nullable enable");
        }
    }

    /// <summary>How many chunks of <paramref name="chunkSize"/> items <paramref name="count"/> items need.</summary>
    public static int Chunks(int count, int chunkSize = ChunkSize) => (count + chunkSize - 1) / chunkSize;

    /// <summary>
    /// A method from index to item: a switch over chunks of <see cref="ChunkSize"/>, each chunk a switch over leaves of
    /// <paramref name="leafSize"/> indexes, each leaf a method with a case per index; switch expressions when
    /// <c>switchExpressions</c> (C# 8 and later), switch statements with the same cases before. Leaves keep every switch
    /// small for the compiler (<see cref="DispatchChunkSize"/>) and for the JIT (<see cref="FactLeafSize"/>: items
    /// whose every case costs the JIT a type to load, so the first lookup compiles a few dozen cases, not 512).
    /// </summary>
    public static void WriteDispatch(CodeWriter writer, string type, string name, int count, Func<int, string> item, bool switchExpressions, int leafSize = DispatchChunkSize)
    {
        const string outOfRange = "throw new global::System.ArgumentOutOfRangeException(nameof(index))";
        int chunks = Chunks(count);
        var cases = new Switch(writer, switchExpressions);
        cases.Open("private static " + type + " " + name + "(int index)", "(index < 0 ? -1 : index / " + CSharpLiteral.Int(ChunkSize) + ")");
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            cases.Case(CSharpLiteral.Int(chunk), name + CSharpLiteral.Int(chunk) + "(index)");
        }
        cases.Close(outOfRange);
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            int first = chunk * ChunkSize;
            int end = Math.Min(count, first + ChunkSize);
            writer.Line();
            if (leafSize >= ChunkSize)
            {
                WriteCases(writer, cases, type, name + CSharpLiteral.Int(chunk), first, end, item);
                continue;
            }
            cases.Open("private static " + type + " " + name + CSharpLiteral.Int(chunk) + "(int index)", "(index / " + CSharpLiteral.Int(leafSize) + ")");
            for (int leaf = first / leafSize; leaf * leafSize < end; leaf++)
            {
                cases.Case(CSharpLiteral.Int(leaf), name + CSharpLiteral.Int(chunk) + "_" + CSharpLiteral.Int(leaf) + "(index)");
            }
            cases.Close(outOfRange);
            for (int leaf = first / leafSize; leaf * leafSize < end; leaf++)
            {
                writer.Line();
                WriteCases(writer, cases, type, name + CSharpLiteral.Int(chunk) + "_" + CSharpLiteral.Int(leaf), leaf * leafSize, Math.Min(end, (leaf + 1) * leafSize), item);
            }
        }
    }

    /// <summary>A method with one case per index from <paramref name="first"/> up to <paramref name="end"/>.</summary>
    private static void WriteCases(CodeWriter writer, Switch cases, string type, string method, int first, int end, Func<int, string> item)
    {
        cases.Open("private static " + type + " " + method + "(int index)", "index");
        for (int i = first; i < end; i++)
        {
            cases.Case(CSharpLiteral.Int(i), item(i));
        }
        cases.Close("throw new global::System.ArgumentOutOfRangeException(nameof(index))");
    }

    /// <summary>
    /// A method from chunk index to UTF-8 data: each chunk one literal holding up to <paramref name="chunkSize"/>
    /// records as length-prefixed fields, what the runtime's <c>RecordSource</c> delegate gives. One literal per
    /// chunk, not per record: each literal becomes its own static data field, which costs the compiler time. A chunk
    /// is a packed string literal while <paramref name="packed"/> holds it and the literal is no longer than the UTF-8
    /// one, a <c>"..."u8</c> literal (or, before C# 11, a byte array) otherwise.
    /// </summary>
    public static void WriteChunks(
        CodeWriter writer, string name, int count, Func<int, string> record, PackedData packed, bool u8Literals, bool switchExpressions, int chunkSize = ChunkSize)
    {
        var chunks = new Chunk[Chunks(count, chunkSize)];
        for (int chunk = 0; chunk < chunks.Length; chunk++)
        {
            chunks[chunk] = Chunk.Measure(writer, record, chunk * chunkSize, Math.Min(count, (chunk + 1) * chunkSize), packed);
        }

        // The runtime copies a string literal out of the assembly the first time the method holding it is compiled or
        // run, which UTF-8 data never costs: with more than one chunk, each packed chunk is a method of its own, so a
        // first read copies out its own chunk, not the table's.
        bool ownMethods = chunks.Length > 1;
        var cases = new Switch(writer, switchExpressions);
        cases.Open("private static " + Utf8Literal.SpanType + " " + name + "(int chunk)", "chunk");
        for (int chunk = 0; chunk < chunks.Length; chunk++)
        {
            cases.StartCase(CSharpLiteral.Int(chunk));
            if (chunks[chunk].Packed && ownMethods)
            {
                writer.Write(name + CSharpLiteral.Int(chunk) + "()");
            }
            else
            {
                chunks[chunk].Write(writer, u8Literals);
            }
            cases.EndCase();
        }
        cases.Close("throw new global::System.ArgumentOutOfRangeException(nameof(chunk))");
        for (int chunk = 0; chunk < chunks.Length; chunk++)
        {
            if (chunks[chunk].Packed && ownMethods)
            {
                writer.Line().StartLine().Write("private static " + Utf8Literal.SpanType + " " + name + CSharpLiteral.Int(chunk) + "() => ");
                chunks[chunk].Write(writer, u8Literals);
                writer.Write(";").EndLine();
            }
        }
    }

    /// <summary>
    /// One chunk's records, each as its length prefix and its text, kept until the chunk is written: never put together
    /// into one string (a chunk runs to hundreds of kilobytes).
    /// </summary>
    private sealed class Chunk
    {
        private readonly string[] _prefixes;
        private readonly string[] _texts;
        private readonly int _bytes;
        private readonly int _characters;

        private Chunk(string[] prefixes, string[] texts, int bytes, int characters, bool packed)
        {
            _prefixes = prefixes;
            _texts = texts;
            _bytes = bytes;
            _characters = characters;
            Packed = packed;
        }

        /// <summary>
        /// Whether the chunk is to be a packed string literal: the share held it (and its size is taken). Still undone
        /// when <see cref="Write"/> finds the packed literal longer than the u8 one.
        /// </summary>
        public bool Packed { get; private set; }

        /// <summary>The records from <paramref name="first"/> up to <paramref name="end"/>, to be packed when the share holds them.</summary>
        public static Chunk Measure(CodeWriter writer, Func<int, string> record, int first, int end, PackedData packed)
        {
            var prefixes = new string[end - first];
            var texts = new string[end - first];
            int bytes = 0;
            int characters = 0;
            for (int i = 0; i < prefixes.Length; i++)
            {
                writer.ThrowIfCancellationRequested();
                prefixes[i] = RecordWriter.TextField(record(first + i), out texts[i]);
                bytes += prefixes[i].Length + Utf8Literal.ByteCount(texts[i]); // the prefix is ASCII
                characters += prefixes[i].Length + texts[i].Length;
            }

            bool isPacked = packed.Holds(bytes);
            if (isPacked)
            {
                packed.Take(bytes);
            }
            return new Chunk(prefixes, texts, bytes, characters, isPacked);
        }

        /// <summary>
        /// The chunk's literal, as an expression of type <see cref="Utf8Literal.SpanType"/>. A packed literal is taken back
        /// for the u8 one when it comes out longer: data whose byte pairs mostly need escapes (a letter and a space, again
        /// and again) packs to three characters a byte, more than the generated-size estimate allows. A byte array (before
        /// C# 11) is always longer. (Its share is not given back: the chunks after it are written as they were measured.)
        /// </summary>
        public void Write(CodeWriter writer, bool u8Literals)
        {
            if (Packed)
            {
                int start = writer.Length;
                writer.Write(PackedData.Prefix);
                var text = new PackedText(writer);
                for (int i = 0; i < _prefixes.Length; i++)
                {
                    text.Add(_prefixes[i]);
                    text.Add(_texts[i]);
                }
                text.Finish();
                writer.Write(PackedData.Suffix(_bytes));
                // A u8 literal takes at least a character for each of the text's, and the quotes: only past that is it
                // worth counting exactly.
                if (!u8Literals || writer.Length - start <= _characters + 4 || writer.Length - start <= Utf8LiteralLength())
                {
                    return;
                }
                writer.Truncate(start);
                Packed = false;
            }
            if (u8Literals)
            {
                writer.Write("\"");
                for (int i = 0; i < _prefixes.Length; i++)
                {
                    writer.Write(_prefixes[i]).WriteEscaped(_texts[i]);
                }
                writer.Write("\"u8");
            }
            else
            {
                writer.Write(Utf8Literal.Expression(string.Concat(_prefixes.Zip(_texts, (prefix, text) => prefix + text)), u8Literals: false));
            }
        }

        private int Utf8LiteralLength()
        {
            int length = 4; // the quotes and "u8"
            for (int i = 0; i < _prefixes.Length; i++)
            {
                length += _prefixes[i].Length + CSharpLiteral.EscapedLength(_texts[i]);
            }
            return length;
        }
    }

    /// <summary>
    /// A method body that maps constant cases to values: an expression-bodied switch expression
    /// (<c>=&gt; x switch { 0 =&gt; a, _ =&gt; throw ... };</c>) from C# 8 on, a switch statement
    /// (<c>{ switch (x) { case 0: return a; default: throw ...; } }</c>) before that.
    /// </summary>
    private readonly struct Switch
    {
        private readonly CodeWriter _writer;
        private readonly bool _expression;

        public Switch(CodeWriter writer, bool expression)
        {
            _writer = writer;
            _expression = expression;
        }

        /// <summary>The method's signature and the value switched on.</summary>
        public void Open(string signature, string governing)
        {
            if (_expression)
            {
                _writer.Line(signature + " => " + governing + " switch").Open();
            }
            else
            {
                _writer.Line(signature).Open();
                // A parenthesised value is already the parentheses the statement needs.
                _writer.Line("switch " + (governing.StartsWith("(", StringComparison.Ordinal) ? governing : "(" + governing + ")")).Open();
            }
        }

        public void Case(string label, string value) => StartCase(label).Write(value).Write(_expression ? "," : ";").EndLine();

        /// <summary>Starts a case's line; its value is written next, then <see cref="EndCase"/>.</summary>
        public CodeWriter StartCase(string label) => _writer.StartLine().Write(_expression ? label + " => " : "case " + label + ": return ");

        public void EndCase() => _writer.Write(_expression ? "," : ";").EndLine();

        /// <summary>The default case, which throws, and the end of the method.</summary>
        public void Close(string throwExpression)
        {
            if (_expression)
            {
                _writer.Line("_ => " + throwExpression + ",");
                _writer.Close(";");
            }
            else
            {
                _writer.Line("default: " + throwExpression + ";");
                _writer.Close().Close();
            }
        }
    }
}
