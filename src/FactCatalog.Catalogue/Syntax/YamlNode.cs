using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>The shapes catalogue files use: scalars, sequences and mappings.</summary>
internal enum YamlNodeKind : byte
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// One node of a <see cref="YamlTree"/>, with its span in the text. A handle, not a copy: valid only while the
/// tree is (until the parser that read it is disposed). Aliases resolve to the anchored node itself.
/// </summary>
internal readonly struct YamlNode
{
    private readonly YamlTree _tree;
    private readonly int _index;

    public YamlNode(YamlTree tree, int index)
    {
        _tree = tree;
        _index = index;
    }

    public YamlNodeKind Kind => _tree.Node(_index).Kind;

    public bool IsScalar => Kind == YamlNodeKind.Scalar;

    public bool IsSequence => Kind == YamlNodeKind.Sequence;

    public bool IsMapping => Kind == YamlNodeKind.Mapping;

    /// <summary>Where the node is in its file.</summary>
    public TextSpan Span => _tree.Node(_index).Span;

    /// <summary>"scalar", "list" or "mapping", for messages.</summary>
    public string KindName => Kind switch
    {
        YamlNodeKind.Scalar => "scalar",
        YamlNodeKind.Sequence => "list",
        _ => "mapping",
    };

    /// <summary>A scalar's text after YAML unescaping and folding; empty for a container.</summary>
    public string Value => _tree.Node(_index).Value ?? string.Empty;

    /// <summary>True for a scalar written without quotes or block indicators, which decides how it is typed.</summary>
    public bool IsPlain => _tree.Node(_index).IsPlain;

    /// <summary>True for YAML's null forms (empty, <c>~</c>, <c>null</c>) written plain.</summary>
    public bool IsNull
    {
        get
        {
            if (!IsScalar || !IsPlain)
            {
                return false;
            }
            string value = Value;
            return value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL";
        }
    }

    /// <summary>The items of a sequence, or the entries (key/value pairs) of a mapping; 0 for a scalar.</summary>
    public int Count
    {
        get
        {
            int children = _tree.Node(_index).ChildCount;
            return Kind == YamlNodeKind.Mapping ? children / 2 : children;
        }
    }

    /// <summary>Item <paramref name="index"/> of a sequence, in file order.</summary>
    public YamlNode Item(int index) => Child(index);

    /// <summary>The key of entry <paramref name="index"/> of a mapping, in file order (duplicates kept).</summary>
    public YamlNode EntryKey(int index) => Child(2 * index);

    /// <summary>The value of entry <paramref name="index"/> of a mapping.</summary>
    public YamlNode EntryValue(int index) => Child(2 * index + 1);

    private YamlNode Child(int position) => new(_tree, _tree.ChildAt(_tree.Node(_index).FirstChild + position));
}
