using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Diagnostics;

/// <summary>
/// A place in a catalogue file: path, character span and line span. Models keep this instead of a
/// <see cref="Location"/> so they stay equatable and hold no compiler objects.
/// </summary>
public sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>No place in any file, for problems of the catalogue as a whole.</summary>
    public static readonly LocationInfo None =
        new(string.Empty, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));

    /// <summary>The start of a file, for problems that belong to the file as a whole.</summary>
    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));

    /// <summary>Builds the location of <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static LocationInfo Create(string filePath, SourceText text, TextSpan span) =>
        new(filePath, span, text.Lines.GetLinePositionSpan(span));

    /// <summary>1-based line, as MSBuild prints it.</summary>
    public int Line => LineSpan.Start.Line + 1;

    /// <summary>1-based column, as MSBuild prints it.</summary>
    public int Column => LineSpan.Start.Character + 1;

    /// <summary>The Roslyn location, made only when a diagnostic is reported.</summary>
    public Location ToLocation() => FilePath.Length == 0 ? Location.None : Location.Create(FilePath, Span, LineSpan);

    /// <summary>"file(line,col)", for messages that point at a second place.</summary>
    public override string ToString() => FilePath.Length == 0 ? "the catalogue" : $"{FilePath}({Line},{Column})";
}
