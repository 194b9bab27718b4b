using System;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// A parsed YAML file as flat arrays instead of one object per node. A large fact file has tens of thousands
/// of nodes that live until the whole file is read; as objects they made every garbage collection during
/// the parse slower. Nodes are numbered in the order they end, and a container's children are stored side
/// by side (a mapping's as key, value, key, value). The arrays are reused by the next parse.
/// </summary>
internal sealed class YamlTree
{
    /// <summary>Larger trees are dropped after use rather than kept for the next file (about 4 MB).</summary>
    private const int ReusedNodeLimit = 1 << 17;

    private static YamlTree? s_reusable;

    private Entry[] _nodes = new Entry[1024];
    private int[] _children = new int[1024];
    private int _nodeCount;
    private int _childCount;

    private YamlTree()
    {
    }

    /// <summary>An empty tree, reusing the arrays of an earlier one when there is one.</summary>
    public static YamlTree Rent() => Interlocked.Exchange(ref s_reusable, null) ?? new YamlTree();

    /// <summary>Empties the tree and offers it for reuse; no node of it may be used afterwards.</summary>
    public void Return()
    {
        Clear();
        if (_nodes.Length <= ReusedNodeLimit)
        {
            Volatile.Write(ref s_reusable, this);
        }
    }

    /// <summary>Empties the tree for another reading of the same file.</summary>
    public void Clear()
    {
        // Drop the scalar strings so a kept tree does not keep the last file's text alive.
        Array.Clear(_nodes, 0, _nodeCount);
        _nodeCount = 0;
        _childCount = 0;
    }

    public int AddScalar(TextSpan span, string value, bool isPlain) =>
        Add(new Entry(YamlNodeKind.Scalar, span, value, isPlain, 0, 0));

    /// <summary>Adds a container whose children are <c>children[start..start+count)</c>.</summary>
    public int AddContainer(YamlNodeKind kind, TextSpan span, int[] children, int start, int count)
    {
        if (_childCount + count > _children.Length)
        {
            Array.Resize(ref _children, Math.Max(_children.Length * 2, _childCount + count));
        }
        Array.Copy(children, start, _children, _childCount, count);
        int first = _childCount;
        _childCount += count;
        return Add(new Entry(kind, span, null, false, first, count));
    }

    internal ref readonly Entry Node(int index) => ref _nodes[index];

    internal int ChildAt(int position) => _children[position];

    private int Add(in Entry entry)
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }
        _nodes[_nodeCount] = entry;
        return _nodeCount++;
    }

    /// <summary>One node's data.</summary>
    internal readonly struct Entry
    {
        public Entry(YamlNodeKind kind, TextSpan span, string? value, bool isPlain, int firstChild, int childCount)
        {
            Kind = kind;
            Span = span;
            Value = value;
            IsPlain = isPlain;
            FirstChild = firstChild;
            ChildCount = childCount;
        }

        public string? Value { get; }

        public TextSpan Span { get; }

        public int FirstChild { get; }

        public int ChildCount { get; }

        public YamlNodeKind Kind { get; }

        public bool IsPlain { get; }
    }
}
