using System;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Parsing;

/// <summary>
/// Line and column of offsets in one text, as <see cref="TextLineCollection.GetLinePositionSpan"/> gives them, for
/// a reader that asks in about file order: the lines near the previous answer are tried first, so most answers cost
/// no search.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private int _lastLine;

    public LineMap(SourceText text)
    {
        TextLineCollection lines = text.Lines;
        _lineStarts = new int[lines.Count];
        for (int i = 0; i < _lineStarts.Length; i++)
        {
            _lineStarts[i] = lines[i].Start;
        }
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>How many lines after (or before) the previous answer are tried before searching.</summary>
    private const int LinesAhead = 8;

    private LinePosition GetLinePosition(int offset)
    {
        int line = _lastLine;
        if (offset < _lineStarts[line])
        {
            // A mapping is often located after the keys in it.
            int limit = Math.Max(0, line - LinesAhead);
            while (line > limit && offset < _lineStarts[line])
            {
                line--;
            }
            if (offset < _lineStarts[line])
            {
                line = Search(offset);
            }
        }
        else
        {
            int limit = Math.Min(_lineStarts.Length - 1, line + LinesAhead);
            while (line < limit && offset >= _lineStarts[line + 1])
            {
                line++;
            }
            if (line == limit && line + 1 < _lineStarts.Length && offset >= _lineStarts[line + 1])
            {
                line = Search(offset);
            }
        }
        _lastLine = line;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>The last line starting at or before <paramref name="offset"/>.</summary>
    private int Search(int offset)
    {
        int line = Array.BinarySearch(_lineStarts, offset);
        return line >= 0 ? line : ~line - 1;
    }
}
