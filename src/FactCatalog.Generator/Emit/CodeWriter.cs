using System;
using System.Text;
using System.Threading;
using FactCatalog.Catalogue.Naming;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Writes C# line by line with four-space indentation and LF line endings, so output is the same on every
/// platform. Text is written as given: callers escape literals (<see cref="CSharpLiteral"/>) and doc text
/// (<see cref="DocComment"/>) before it gets here. Every line checks the cancellation token, so every emit
/// loop stops soon after a build is cancelled, however large the catalogue.
/// </summary>
/// <remarks>
/// Large files are written into a buffer sized up front (<c>capacity</c>) and long literals straight into it,
/// never through intermediate strings: a group file runs to megabytes, and every extra copy of a large
/// string is a large-object allocation that brings the next full garbage collection closer. For the same
/// reason the buffer is handed from one writer to the next once a file is done, held weakly in between so
/// that an idle IDE gives the memory back.
/// </remarks>
public sealed class CodeWriter
{
    private static WeakReference<StringBuilder>? s_spare;

    private readonly StringBuilder _text;
    private readonly CancellationToken _cancellation;
    private int _indent;
    private string? _result;

    /// <summary>A writer that stops with <see cref="System.OperationCanceledException"/> once <paramref name="cancellation"/> is cancelled.</summary>
    /// <param name="cancellation">Checked at every line.</param>
    /// <param name="capacity">The expected length of the text, in characters.</param>
    public CodeWriter(CancellationToken cancellation = default, int capacity = 4096)
    {
        // Before the buffer: a group's expected length runs to tens of megabytes, too much to allocate for a cancelled run.
        cancellation.ThrowIfCancellationRequested();
        _cancellation = cancellation;
        // Exchange, so that two writers on two threads never share a buffer.
        _text = Interlocked.Exchange(ref s_spare, null) is { } spare && spare.TryGetTarget(out StringBuilder? reused)
            ? reused.Clear()
            : new StringBuilder(capacity);
        _text.EnsureCapacity(capacity);
    }

    /// <summary>Writes one line at the current indentation; an empty line has no trailing spaces.</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length == 0)
        {
            _cancellation.ThrowIfCancellationRequested();
            _text.Append('\n');
            return this;
        }
        return StartLine().Write(line).EndLine();
    }

    /// <summary>Starts a line at the current indentation, to be written piece by piece and ended with <see cref="EndLine"/>.</summary>
    public CodeWriter StartLine()
    {
        _cancellation.ThrowIfCancellationRequested();
        _text.Append(' ', _indent * 4);
        return this;
    }

    /// <summary>Stops with <see cref="System.OperationCanceledException"/> once the writer's token is cancelled: for work between lines.</summary>
    public void ThrowIfCancellationRequested() => _cancellation.ThrowIfCancellationRequested();

    /// <summary>Writes code within the current line.</summary>
    public CodeWriter Write(string code)
    {
        _text.Append(code);
        return this;
    }

    /// <summary>Characters written so far: a mark to go back to with <see cref="Truncate"/>.</summary>
    public int Length => _text.Length;

    /// <summary>Takes back what was written since <paramref name="length"/> (a <see cref="Length"/> read before, on this line).</summary>
    public void Truncate(int length) => _text.Length = length;

    /// <summary>Writes the first <paramref name="count"/> characters of <paramref name="chars"/> within the current line.</summary>
    public CodeWriter Write(char[] chars, int count)
    {
        _text.Append(chars, 0, count);
        return this;
    }

    /// <summary>Writes <paramref name="text"/> escaped as the inside of a regular string literal (no quotes).</summary>
    public CodeWriter WriteEscaped(string text)
    {
        CSharpLiteral.AppendEscaped(_text, text);
        return this;
    }

    /// <summary>Ends the line started with <see cref="StartLine"/>.</summary>
    public CodeWriter EndLine()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Writes a preprocessor directive on a line of its own, at the start of the line.</summary>
    public CodeWriter Directive(string directive)
    {
        _cancellation.ThrowIfCancellationRequested();
        _text.Append(directive).Append('\n');
        return this;
    }

    /// <summary>The width of the current indentation: the column at which the next line's code starts (0-based).</summary>
    public int IndentWidth => _indent * 4;

    /// <summary>Writes <c>{</c> and indents.</summary>
    public CodeWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c> followed by <paramref name="suffix"/> (such as <c>;</c>).</summary>
    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Indents the lines written until the matching <see cref="Outdent"/>.</summary>
    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    /// <summary>Undoes one <see cref="Indent"/>.</summary>
    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>
    /// Whether doc comments are written (<see cref="Model.EmitOptions.DocComments"/>); when not, <see cref="Doc"/> writes
    /// nothing and callers may skip building the text.
    /// </summary>
    public bool DocComments { get; init; } = true;

    /// <summary>Starts a doc comment: each of its lines is written with <c>///</c> as it is added; nothing when <see cref="DocComments"/> is off.</summary>
    public DocComment Doc() => DocComments ? new(this) : DocComment.None;

    /// <summary>Starts a line of a doc comment: indentation and <c>///</c>.</summary>
    public CodeWriter StartDocLine() => StartLine().Write("/// ");

    /// <summary>
    /// A writer for a generated file, begun with the header every generated file starts with: <c>#nullable enable</c>
    /// where the language version has nullable reference types (C# 8 and later), whatever the project's nullable
    /// context; doc comments as <paramref name="options"/> say.
    /// </summary>
    /// <param name="options">What the generated code may use.</param>
    /// <param name="cancellation">Checked at every line.</param>
    /// <param name="capacity">The expected length of the text, in characters.</param>
    public static CodeWriter File(Model.EmitOptions options, CancellationToken cancellation = default, int capacity = 4096)
    {
        var writer = new CodeWriter(cancellation, capacity) { DocComments = options.DocComments };
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by FactCatalog from the fact catalogue; edit the YAML files, not this file.");
        if (!options.DocComments)
        {
            writer.Line("// No doc comments: this compilation does not read them (no documentation file). The IDE's compilation does, and has them.");
        }
        if (options.NullableAnnotations)
        {
            writer.Line("#nullable enable");
        }
        return writer.Line();
    }

    /// <summary>The text written; the writer is done with its buffer from here on and hands it on.</summary>
    public override string ToString()
    {
        if (_result is null)
        {
            _result = _text.ToString();
            s_spare = new WeakReference<StringBuilder>(_text);
        }
        return _result;
    }
}
