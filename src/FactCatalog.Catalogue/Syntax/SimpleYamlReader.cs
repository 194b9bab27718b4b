using System;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Reads the plain YAML that catalogue files are written in straight into a <see cref="YamlTree"/>, with the
/// spans YamlDotNet's parser gives: block mappings of simple keys, one per line; values that are plain, quoted
/// without escapes, or a flow list on one line; comments and blank lines. This is most of the time spent on a
/// large catalogue, and YamlDotNet reads it several times slower. Anything else, or anything doubtful (tabs,
/// CR, block scalars, multi-line scalars, anchors, tags, escapes, odd indentation), is left to YamlDotNet:
/// <see cref="TryRead"/> returns false and the caller parses the file the general way, so every result and every
/// diagnostic stays what YamlDotNet makes of the file.
/// </summary>
internal sealed class SimpleYamlReader
{
    /// <summary>Characters whose handling (line breaks, tabs, byte order marks) is left to YamlDotNet.</summary>
    private static readonly char[] Unsupported = { '\t', '\r', '\u0085', '\u2028', '\u2029', '\uFEFF' };

    /// <summary>Deeper nesting than catalogue files use is left to YamlDotNet, which enforces the real limit.</summary>
    private const int MaxDepth = 16;

    /// <summary>Longer keys are left to YamlDotNet, which limits how long a simple key may be.</summary>
    private const int MaxKeyLength = 256;

    private readonly string _text;
    private readonly YamlTree _tree;
    private readonly int[] _indents = new int[MaxDepth];
    private readonly int[] _mappingStarts = new int[MaxDepth];
    private readonly int[] _firstPending = new int[MaxDepth];
    private int _depth;
    private int[] _pending = new int[256];
    private int _pendingCount;
    private int _nodes;
    private int _root = -1;

    /// <summary>A key waits for its value: the next line decides whether it is a nested mapping or empty.</summary>
    private bool _awaitingValue;

    /// <summary>Where an empty value is, as YamlDotNet places it: just after the key's colon.</summary>
    private int _emptyValueAt;

    private SimpleYamlReader(string text, YamlTree tree)
    {
        _text = text;
        _tree = tree;
    }

    /// <summary>
    /// Reads <paramref name="text"/> into <paramref name="tree"/> and gives the root, or returns false (with the
    /// tree in an unspecified state) when the text is not in the plain subset.
    /// </summary>
    public static bool TryRead(string text, YamlTree tree, CancellationToken cancellationToken, out int root)
    {
        root = -1;
        if (text.IndexOfAny(Unsupported) >= 0)
        {
            return false;
        }
        var reader = new SimpleYamlReader(text, tree);
        if (!reader.Read(cancellationToken))
        {
            return false;
        }
        root = reader._root;
        return true;
    }

    private bool Read(CancellationToken cancellationToken)
    {
        int lines = 0;
        for (int start = 0; start < _text.Length;)
        {
            if ((++lines & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            int end = _text.IndexOf('\n', start);
            if (end < 0)
            {
                end = _text.Length;
            }
            int first = start;
            while (first < end && _text[first] == ' ')
            {
                first++;
            }
            if (first < end && _text[first] != '#' && !ReadLine(first, first - start, end))
            {
                return false;
            }
            start = end + 1;
        }

        if (_depth == 0)
        {
            return false;
        }
        if (_awaitingValue)
        {
            AddScalar(_emptyValueAt, _emptyValueAt, string.Empty, isPlain: true);
        }
        while (_depth > 0)
        {
            CloseMapping(_text.Length);
        }
        return _nodes <= YamlLimits.MaxNodes;
    }

    /// <summary>One <c>key: value</c> line whose key starts at <paramref name="key"/>.</summary>
    private bool ReadLine(int key, int indent, int end)
    {
        if (_depth == 0)
        {
            if (indent != 0 || _root >= 0)
            {
                return false;
            }
            OpenMapping(indent, key);
        }
        else if (_awaitingValue && indent > _indents[_depth - 1])
        {
            if (_depth == MaxDepth)
            {
                return false;
            }
            _awaitingValue = false;
            OpenMapping(indent, key);
        }
        else
        {
            if (_awaitingValue)
            {
                _awaitingValue = false;
                AddScalar(_emptyValueAt, _emptyValueAt, string.Empty, isPlain: true);
            }
            // A less indented key ends the mappings it is outside of; YamlDotNet ends them where the key starts.
            while (indent < _indents[_depth - 1])
            {
                CloseMapping(key);
                if (_depth == 0)
                {
                    return false;
                }
            }
            if (indent != _indents[_depth - 1])
            {
                return false;
            }
        }

        int colon = key;
        if (!IsKeyStart(_text[colon]))
        {
            return false;
        }
        while (colon < end && IsKeyPart(_text[colon]))
        {
            colon++;
        }
        if (colon == end || _text[colon] != ':' || colon - key > MaxKeyLength || (colon + 1 < end && _text[colon + 1] != ' '))
        {
            return false;
        }
        AddScalar(key, colon, CatalogueKeys.Find(_text, key, colon - key) ?? _text.Substring(key, colon - key), isPlain: true);

        int value = colon + 1;
        while (value < end && _text[value] == ' ')
        {
            value++;
        }
        if (value == end || _text[value] == '#')
        {
            // Nothing, or only a comment (after a space): a nested mapping follows, or the value is empty.
            _awaitingValue = true;
            _emptyValueAt = colon + 1;
            return true;
        }
        return _text[value] switch
        {
            '"' or '\'' => Quoted(value, end, out int after) && IsBlankToEnd(after, end),
            '[' => FlowList(value, end),
            _ => Plain(value, end),
        };
    }

    /// <summary>A plain scalar up to the end of the line or a comment.</summary>
    private bool Plain(int start, int end)
    {
        char first = _text[start];
        if (IsIndicator(first) && !(first == '-' && start + 1 < end && _text[start + 1] >= '0' && _text[start + 1] <= '9'))
        {
            return false;
        }
        int last = start;
        for (int i = start; i < end; i++)
        {
            char c = _text[i];
            if (c == ':' && (i + 1 == end || _text[i + 1] == ' '))
            {
                // A second mapping indicator: YamlDotNet reports it.
                return false;
            }
            if (c == '#' && _text[i - 1] == ' ')
            {
                break;
            }
            if (c != ' ')
            {
                last = i + 1;
            }
        }
        if (last - start > YamlLimits.MaxScalarLength)
        {
            return false;
        }
        AddScalar(start, last, _text.Substring(start, last - start), isPlain: true);
        return true;
    }

    /// <summary>A quoted scalar on one line without escapes; <paramref name="after"/> is the index after its closing quote.</summary>
    private bool Quoted(int start, int end, out int after)
    {
        char quote = _text[start];
        int close = _text.IndexOf(quote, start + 1, end - start - 1);
        after = close + 1;
        if (close < 0
            || (quote == '\'' && after < end && _text[after] == '\'')
            || (quote == '"' && _text.IndexOf('\\', start + 1, close - start - 1) >= 0)
            || close - start - 1 > YamlLimits.MaxScalarLength)
        {
            return false;
        }
        AddScalar(start, after, _text.Substring(start + 1, close - start - 1), isPlain: false);
        return true;
    }

    /// <summary>A flow list of plain or quoted scalars, <c>[a, "b c"]</c>, closed on its own line.</summary>
    private bool FlowList(int open, int end)
    {
        int firstItem = _pendingCount;
        int i = SkipSpaces(open + 1, end);
        if (i < end && _text[i] != ']')
        {
            while (true)
            {
                if (i == end)
                {
                    return false;
                }
                char c = _text[i];
                if (c == '"' || c == '\'')
                {
                    if (!Quoted(i, end, out i))
                    {
                        return false;
                    }
                }
                else if (!FlowPlain(i, end, out i))
                {
                    return false;
                }
                i = SkipSpaces(i, end);
                if (i < end && _text[i] == ',')
                {
                    i = SkipSpaces(i + 1, end);
                    if (i < end && _text[i] == ']')
                    {
                        // A trailing comma is left to YamlDotNet.
                        return false;
                    }
                    continue;
                }
                break;
            }
        }
        if (i == end || _text[i] != ']' || !IsBlankToEnd(i + 1, end))
        {
            return false;
        }
        // YamlDotNet's list ends at its closing bracket, not after it.
        AddContainer(YamlNodeKind.Sequence, open, i, firstItem);
        return true;
    }

    /// <summary>A plain item of a flow list, up to the comma or bracket after it; <paramref name="after"/> is where it ends.</summary>
    private bool FlowPlain(int start, int end, out int after)
    {
        after = start;
        if (IsIndicator(_text[start]) || _text[start] == ' ')
        {
            return false;
        }
        int last = start;
        int i = start;
        for (; i < end; i++)
        {
            char c = _text[i];
            if (c == ',' || c == ']')
            {
                break;
            }
            if (c is '[' or '{' or '}' or '#' or ':')
            {
                return false;
            }
            if (c != ' ')
            {
                last = i + 1;
            }
        }
        after = last;
        if (last - start > YamlLimits.MaxScalarLength)
        {
            return false;
        }
        AddScalar(start, last, _text.Substring(start, last - start), isPlain: true);
        return true;
    }

    /// <summary>True when only spaces, then nothing or a comment, follow <paramref name="start"/>.</summary>
    private bool IsBlankToEnd(int start, int end)
    {
        int i = SkipSpaces(start, end);
        return i == end || (i > start && _text[i] == '#');
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && _text[i] == ' ')
        {
            i++;
        }
        return i;
    }

    private void OpenMapping(int indent, int start)
    {
        _indents[_depth] = indent;
        _mappingStarts[_depth] = start;
        _firstPending[_depth] = _pendingCount;
        _depth++;
    }

    private void CloseMapping(int end)
    {
        _depth--;
        AddContainer(YamlNodeKind.Mapping, _mappingStarts[_depth], end, _firstPending[_depth]);
    }

    private void AddContainer(YamlNodeKind kind, int start, int end, int firstChild)
    {
        int node = _tree.AddContainer(kind, TextSpan.FromBounds(start, Math.Max(start, end)), _pending, firstChild, _pendingCount - firstChild);
        _pendingCount = firstChild;
        Complete(node);
    }

    private void AddScalar(int start, int end, string value, bool isPlain) =>
        Complete(_tree.AddScalar(TextSpan.FromBounds(start, end), value, isPlain));

    private void Complete(int node)
    {
        _nodes++;
        if (_depth == 0)
        {
            _root = node;
            return;
        }
        if (_pendingCount == _pending.Length)
        {
            Array.Resize(ref _pending, _pending.Length * 2);
        }
        _pending[_pendingCount++] = node;
    }

    private static bool IsKeyStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    private static bool IsKeyPart(char c) => IsKeyStart(c) || c == '-' || c == '.';

    /// <summary>Characters that cannot start a plain scalar (or start something else) in YAML.</summary>
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!'
        or '|' or '>' or '\'' or '"' or '%' or '@' or '`';
}
