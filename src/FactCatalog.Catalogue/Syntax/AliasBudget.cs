using System;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Counts what a YAML file stands for once its aliases are expanded. The tree keeps an alias as a reference to its
/// anchored node, so reading the file costs what is written; but every later stage (facts, claims, generated code)
/// walks the alias as often as it is used. Each node waiting for its container carries its expanded size (nodes and
/// scalar characters); an alias adds the expanded size of its anchor, and the sum of what aliases add is held to
/// <see cref="CatalogueLimits.MaxAliasExpandedNodes"/> and <see cref="CatalogueLimits.MaxAliasExpandedCharacters"/>.
/// </summary>
internal struct AliasBudget
{
    private long[] _nodes;
    private long[] _characters;

    public AliasBudget(int capacity)
    {
        _nodes = new long[capacity];
        _characters = new long[capacity];
        AddedNodes = 0;
        AddedCharacters = 0;
    }

    /// <summary>Nodes that aliases have added so far.</summary>
    public long AddedNodes { get; private set; }

    /// <summary>Scalar characters that aliases have added so far.</summary>
    public long AddedCharacters { get; private set; }

    /// <summary>Records the expanded size of the node waiting at <paramref name="position"/>.</summary>
    public void Set(int position, long nodes, long characters)
    {
        if (position >= _nodes.Length)
        {
            int size = Math.Max(position + 1, _nodes.Length * 2);
            Array.Resize(ref _nodes, size);
            Array.Resize(ref _characters, size);
        }
        _nodes[position] = nodes;
        _characters[position] = characters;
    }

    /// <summary>The expanded size of the nodes waiting at <c>[from, to)</c>.</summary>
    public (long Nodes, long Characters) Sum(int from, int to)
    {
        long nodes = 0;
        long characters = 0;
        for (int i = from; i < to; i++)
        {
            nodes += _nodes[i];
            characters += _characters[i];
        }
        return (nodes, characters);
    }

    /// <summary>Adds one use of an anchor of that expanded size; the limit it goes past, or null.</summary>
    public (string What, string Limit, long Value)? Add(long nodes, long characters)
    {
        AddedNodes += nodes;
        AddedCharacters += characters;
        if (AddedNodes > CatalogueLimits.MaxAliasExpandedNodes)
        {
            return ($"The aliases of this file add at least {CatalogueLimits.Format(AddedNodes)} YAML nodes when expanded",
                nameof(CatalogueLimits.MaxAliasExpandedNodes), CatalogueLimits.MaxAliasExpandedNodes);
        }
        if (AddedCharacters > CatalogueLimits.MaxAliasExpandedCharacters)
        {
            return ($"The aliases of this file add at least {CatalogueLimits.Format(AddedCharacters)} characters of text when expanded",
                nameof(CatalogueLimits.MaxAliasExpandedCharacters), CatalogueLimits.MaxAliasExpandedCharacters);
        }
        return null;
    }
}
