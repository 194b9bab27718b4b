using System.Collections.Generic;
using System.Linq;

namespace Briefing.Rendering;

/// <summary>Rows of cells written in aligned columns, two spaces apart, for plain text.</summary>
internal sealed class TextTable
{
    private const int Gap = 2;

    private readonly IReadOnlyList<string[]> _rows;
    private readonly int[] _widths;

    /// <summary>A table of <paramref name="rows"/>; each column is as wide as its widest cell.</summary>
    public TextTable(IReadOnlyList<string[]> rows)
    {
        _rows = rows;
        int columns = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        _widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
    }

    /// <summary>Where column <paramref name="column"/> starts in a row, counted from after the indent.</summary>
    public int ColumnStart(int column) => _widths.Take(column).Sum(w => w + Gap);

    /// <summary>Each row as one line after <paramref name="indent"/>, in the order given.</summary>
    public IEnumerable<string> Format(string indent) =>
        _rows.Select(row => indent + string.Join(new string(' ', Gap), row.Select((cell, c) => cell.PadRight(_widths[c]))).TrimEnd());
}
