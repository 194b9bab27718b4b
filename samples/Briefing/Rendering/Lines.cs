using System.Collections.Generic;
using System.Text;

namespace Briefing.Rendering;

/// <summary>Output text built line by line, always with LF line endings, and prose wrapped at a fixed width.</summary>
internal sealed class Lines
{
    /// <summary>The width prose is wrapped at.</summary>
    public const int Width = 100;

    private readonly StringBuilder _text = new();

    /// <summary>Adds a line as it is; an empty line adds a blank line.</summary>
    public Lines Add(string line = "")
    {
        _text.Append(line.TrimEnd()).Append('\n');
        return this;
    }

    /// <summary>Adds prose wrapped at <see cref="Width"/>: the first line after <paramref name="first"/>, the others after <paramref name="rest"/>.</summary>
    public Lines Wrap(string text, string first, string rest)
    {
        foreach (string line in Wrapped(text, first, rest))
        {
            Add(line);
        }
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private static IEnumerable<string> Wrapped(string text, string first, string rest)
    {
        var line = new StringBuilder(first);
        bool empty = true;
        foreach (string word in text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                yield return line.ToString();
                line.Clear().Append(rest);
                empty = true;
            }
            line.Append(empty ? string.Empty : " ").Append(word);
            empty = false;
        }
        yield return line.ToString();
    }
}
