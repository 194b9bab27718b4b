using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// The <c>#line</c> directives of a group file, which map each fact's class, claim members and <c>Value</c> to the
/// fact's or claim's lines in its YAML file: go to definition and any compiler diagnostic on those members land
/// there. Each mapped declaration is one line, preceded by its directive and followed by <c>#line hidden</c>, so
/// the doc comments and plumbing between them (ids, <c>Fact</c> properties) map nowhere; the store after the last
/// fact follows <c>#line default</c> and reports in the generated file, where its cause is.
/// </summary>
/// <remarks>
/// From C# 10 the enhanced form maps a span: the member's name (at the directive's character offset) lands on the
/// start of the claim or fact, whose span runs to the end of its last key. Before C# 10 the plain form maps the line only, and the column
/// is the generated one. Both take the path as the compiler lists the additional file; the compiler reads a
/// directive's file name without escapes, so a path with a quote or a line break cannot be written and its facts
/// are left unmapped.
/// </remarks>
internal sealed class LineDirectives
{
    /// <summary>The largest line number a <c>#line</c> directive may give (CS1576 past it).</summary>
    internal const int MaxLine = 0xFEEFED;

    /// <summary>The largest column (and character offset) an enhanced <c>#line</c> directive may give (CS8938 past it).</summary>
    internal const int MaxCharacter = 65536;

    private readonly CodeWriter _writer;
    private readonly bool _enhanced;
    private State _state;

    private enum State
    {
        Default,
        Hidden,
        Mapped,
    }

    public LineDirectives(CodeWriter writer, bool enhanced)
    {
        _writer = writer;
        _enhanced = enhanced;
    }

    /// <summary>True when <paramref name="path"/> can be the file name of a <c>#line</c> directive.</summary>
    public static bool CanMap(string path)
    {
        if (path.Length == 0)
        {
            return false;
        }
        foreach (char c in path)
        {
            if (c is '"' or '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Maps the next line, a declaration whose name starts at <paramref name="nameColumn"/> (0-based, indentation
    /// included), to <paramref name="span"/> in the file at <paramref name="path"/>. Call <see cref="Hide"/> after it.
    /// </summary>
    public void Map(string path, LinePositionSpan span, int nameColumn)
    {
        if (span.End.Line >= MaxLine)
        {
            // Past what a directive may say (CS1576): this member reports in the generated file.
            Reset();
            return;
        }
        string start = (span.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
        if (_enhanced && span.Start.Character < MaxCharacter && nameColumn < MaxCharacter)
        {
            // 1-based throughout; the end character is inclusive, never before the start on its line, and held to the
            // largest column a directive may give (a longer YAML line ends its span there).
            int endCharacter = span.End.Line == span.Start.Line ? Math.Max(span.End.Character, span.Start.Character + 1) : Math.Max(span.End.Character, 1);
            _writer.Directive("#line (" + start + "," + (span.Start.Character + 1).ToString(CultureInfo.InvariantCulture) + ")-("
                + (span.End.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + Math.Min(endCharacter, MaxCharacter).ToString(CultureInfo.InvariantCulture) + ") "
                + (nameColumn + 1).ToString(CultureInfo.InvariantCulture) + " \"" + path + "\"");
        }
        else
        {
            // Below C# 10, or a claim that starts past the largest column a span may give: the line alone.
            _writer.Directive("#line " + start + " \"" + path + "\"");
        }
        _state = State.Mapped;
    }

    /// <summary>Ends a mapped declaration: what follows maps nowhere, until the next <see cref="Map"/>.</summary>
    public void Hide()
    {
        if (_state == State.Mapped)
        {
            _writer.Directive("#line hidden");
            _state = State.Hidden;
        }
    }

    /// <summary>Back to the generated file's own lines, for code that is not any fact's (or a fact without a place).</summary>
    public void Reset()
    {
        if (_state != State.Default)
        {
            _writer.Directive("#line default");
            _state = State.Default;
        }
    }
}
