using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Catalogue.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Parsing;

/// <summary>
/// Reads typed pieces out of the <see cref="YamlTree"/> of one file, reporting wrong node kinds, missing keys,
/// unknown keys and duplicates at the exact node. Dispose it when done: the tree's arrays are reused.
/// </summary>
/// <remarks>Locations cost a line lookup and live as long as the model: they are made only for what keeps or reports one.</remarks>
internal sealed class NodeReader : IDisposable
{
    /// <summary>Up to this many ids, a repeated one is looked for by scanning rather than hashing.</summary>
    private const int LinearIdLimit = 8;

    private readonly SourceText _text;
    private YamlTree? _tree;
    private LineMap? _lines;

    public NodeReader(string path, SourceText text, List<DiagnosticInfo> diagnostics)
    {
        Path = path;
        _text = text;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    /// <summary>The file's shared strings: repeated values are kept once.</summary>
    public StringPool Strings { get; } = new();

    public LocationInfo Locate(YamlNode node) => new(Path, node.Span, Lines.GetLinePositionSpan(node.Span));

    /// <summary>Where the node is, for a model that keeps the file's path once.</summary>
    public FilePosition Position(YamlNode node) => new(node.Span, Lines.GetLinePositionSpan(node.Span));

    /// <summary>Nodes are located in file order, which the line map answers fastest.</summary>
    private LineMap Lines => _lines ??= new LineMap(_text);

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public void Invalid(LocationInfo location, string message) => Report(CatalogueDiagnostics.InvalidEntry, location, message);

    /// <summary>
    /// Reads the whole file and returns its top-level keys, or null when there is nothing to read: the
    /// YAML is unreadable (FC0001), the file is empty or its root is not a mapping (FC0002).
    /// </summary>
    /// <remarks>
    /// With <paramref name="entriesKey"/>, an error inside one entry of that mapping costs the entry only (<see cref="EntryRecovery"/>);
    /// the ids of entries left out so are added to <paramref name="droppedKeys"/>.
    /// </remarks>
    public Entries? ReadRoot(
        ImmutableArray<string> keys, string what, string emptyAdvice, CancellationToken cancellationToken, string? entriesKey = null, List<string>? droppedKeys = null)
    {
        _tree ??= YamlTree.Rent();
        YamlNode? root = YamlTreeReader.Read(Path, _text, _tree, Diagnostics, cancellationToken, entriesKey, droppedKeys);
        if (root is not { } node)
        {
            if (Diagnostics.Count == 0)
            {
                Invalid(LocationInfo.StartOf(Path), $"The {what} is empty; {emptyAdvice}");
            }
            return null;
        }
        return Mapping(node, $"The {what}") is { } mapping ? Keys(mapping, keys, $"the {what}") : null;
    }

    /// <summary>Hands the tree's arrays to the next parse; no node read from it may be used afterwards.</summary>
    public void Dispose()
    {
        _tree?.Return();
        _tree = null;
    }

    /// <summary>The node if it is a mapping, or null after reporting FC0002.</summary>
    public YamlNode? Mapping(YamlNode node, Subject what)
    {
        if (node.IsMapping)
        {
            return node;
        }
        Invalid(Locate(node), $"{what.ToString()} must be a mapping of 'key: value' lines, not a {node.KindName}");
        return null;
    }

    /// <summary>
    /// The entries of a mapping whose keys are ids (facts, claims, sources). A repeated id is FC0004,
    /// pointing at both places; the second is dropped.
    /// </summary>
    /// <remarks>With <paramref name="shareIds"/>, ids that repeat across mappings (claim ids) are kept once.</remarks>
    public List<(SpannedText Id, YamlNode Value)> IdEntries(YamlNode mapping, string idKind, CancellationToken cancellationToken = default, bool shareIds = false)
    {
        int count = mapping.Count;
        var result = new List<(SpannedText, YamlNode)>(count);
        Dictionary<string, int>? seen = count > LinearIdLimit ? new Dictionary<string, int>(count, StringComparer.Ordinal) : null;
        string what = idKind + " id";
        for (int i = 0; i < count; i++)
        {
            if ((i & 0xFF) == 0xFF)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            YamlNode key = mapping.EntryKey(i);
            if (!IsScalarKey(key, what))
            {
                continue;
            }
            string id = shareIds ? Strings.Share(key.Value) : key.Value;
            int first = seen is null ? IndexOfId(result, id) : seen.TryGetValue(id, out int at) ? at : -1;
            if (first >= 0)
            {
                LocationInfo firstLocation = result[first].Item1.Location;
                Diagnostics.Add(DiagnosticInfo.CreateWithOther(CatalogueDiagnostics.DuplicateId, Locate(key), firstLocation, idKind, id, firstLocation.ToString()));
                continue;
            }
            seen?.Add(id, result.Count);
            result.Add((new SpannedText(id, Locate(key)), mapping.EntryValue(i)));
        }
        return result;
    }

    private static int IndexOfId(List<(SpannedText Id, YamlNode Value)> entries, string id)
    {
        for (int i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Id.Value, id, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The entries of a mapping with a fixed set of keys. Unknown keys are FC0003 (with the closest
    /// known key); a repeated key is FC0001, since YAML forbids it.
    /// </summary>
    public Entries Keys(YamlNode mapping, ImmutableArray<string> known, Subject context)
    {
        // Slot k holds 1 + the entry index of known[k], or 0 when the key is absent.
        int[] slots = new int[known.Length];
        int count = mapping.Count;
        for (int i = 0; i < count; i++)
        {
            YamlNode key = mapping.EntryKey(i);
            if (!IsScalarKey(key, "key"))
            {
                continue;
            }
            string name = key.Value;
            int slot = IndexOfKey(known, name);
            if (slot < 0)
            {
                Report(CatalogueDiagnostics.UnknownKey, Locate(key), name, context.ToString(), name == "<<"
                    ? "; it is a YAML merge key, which catalogue files do not support (nothing is merged): write the keys out"
                    : Suggestions.DidYouMean(name, known));
                continue;
            }
            if (slots[slot] != 0)
            {
                LocationInfo first = Locate(mapping.EntryKey(slots[slot] - 1));
                Diagnostics.Add(DiagnosticInfo.CreateWithOther(
                    CatalogueDiagnostics.YamlSyntaxError, Locate(key), first,
                    $"The key '{name}' appears twice in {context.ToString()} (also at {first}); YAML keys must be unique, keep one"));
                continue;
            }
            slots[slot] = i + 1;
        }
        return new Entries(this, mapping, known, slots, context);
    }

    /// <summary>The position of <paramref name="key"/> in <paramref name="known"/>, or -1.</summary>
    private static int IndexOfKey(ImmutableArray<string> known, string key)
    {
        // Callers pass the same literals the tables hold, so identity finds them first.
        for (int i = 0; i < known.Length; i++)
        {
            if ((object)known[i] == key)
            {
                return i;
            }
        }
        for (int i = 0; i < known.Length; i++)
        {
            if (string.Equals(known[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when the key is a non-null scalar; otherwise reports FC0002.</summary>
    private bool IsScalarKey(YamlNode key, string what)
    {
        if (key.IsScalar && !key.IsNull)
        {
            return true;
        }
        Invalid(Locate(key), $"A {what} must be a plain name, not a {(key.IsScalar ? "null" : key.KindName)}");
        return false;
    }

    /// <summary>The known keys of one mapping, with typed accessors that report problems at the node.</summary>
    internal readonly struct Entries
    {
        private readonly NodeReader _reader;
        private readonly YamlNode _mapping;
        private readonly ImmutableArray<string> _known;
        private readonly int[] _slots;
        private readonly Subject _context;

        public Entries(NodeReader reader, YamlNode mapping, ImmutableArray<string> known, int[] slots, Subject context)
        {
            _reader = reader;
            _mapping = mapping;
            _known = known;
            _slots = slots;
            _context = context;
        }

        /// <summary>Where the mapping starts: missing keys are reported there.</summary>
        public LocationInfo Location => _reader.Locate(_mapping);

        public bool Has(string key) => Node(key) is not null;

        /// <summary>The value node of a key, or null when absent.</summary>
        public YamlNode? Node(string key)
        {
            int slot = IndexOfKey(_known, key);
            return slot >= 0 && _slots[slot] != 0 ? _mapping.EntryValue(_slots[slot] - 1) : null;
        }

        /// <summary>The location of a key's value, or of the mapping when the key is absent.</summary>
        public LocationInfo ValueLocation(string key) => Node(key) is { } node ? _reader.Locate(node) : Location;

        /// <summary>Where a key's value is, or the mapping when the key is absent.</summary>
        public FilePosition ValuePosition(string key) => _reader.Position(Node(key) ?? _mapping);

        /// <summary>A scalar value with where it is, as <see cref="Text"/> reads it.</summary>
        public (string Value, FilePosition At)? PositionedText(string key, bool required = false) =>
            Scalar(key, required) is { } scalar ? (scalar.Value, _reader.Position(scalar)) : null;

        /// <summary>A scalar value with its location; null when absent or null. Required keys report FC0002 when missing.</summary>
        public SpannedText? Text(string key, bool required = false) =>
            Scalar(key, required) is { } scalar ? new SpannedText(scalar.Value, _reader.Locate(scalar)) : null;

        /// <summary>A scalar value as <see cref="Text"/> reads it, without its location, for values that need none.</summary>
        public string? TextValue(string key, bool required = false) => Scalar(key, required)?.Value;

        /// <summary>
        /// A scalar node (typed by the caller); null when absent or null. Required keys report FC0002 when
        /// missing or blank; anything but a scalar is reported.
        /// </summary>
        public YamlNode? Scalar(string key, bool required = false)
        {
            YamlNode? found = Node(key);
            if (found is { IsScalar: true } scalar && !scalar.IsNull && !(required && IsBlank(scalar.Value)))
            {
                return scalar;
            }
            if (found is not { } node || node.IsScalar)
            {
                if (required)
                {
                    _reader.Invalid(found is not { } present ? Location : _reader.Locate(present),
                        found is null
                            ? $"{_context.Capitalized()} has no '{key}'; add '{key}: ...'"
                            : $"'{key}' in {_context.ToString()} is empty; give it a value");
                }
                return null;
            }
            _reader.Invalid(_reader.Locate(node), $"'{key}' in {_context.ToString()} must be a single value, not a {node.KindName}");
            return null;
        }

        /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
        public EquatableArray<string> TextList(string key)
        {
            if (Node(key) is not { } node)
            {
                return EquatableArray<string>.Empty;
            }
            switch (node.Kind)
            {
                case YamlNodeKind.Scalar:
                    return node.IsNull ? EquatableArray<string>.Empty : ImmutableArray.Create(node.Value).ToEquatableArray();
                case YamlNodeKind.Sequence:
                    int count = node.Count;
                    var items = ImmutableArray.CreateBuilder<string>(count);
                    for (int i = 0; i < count; i++)
                    {
                        YamlNode item = node.Item(i);
                        if (item.IsScalar && !item.IsNull)
                        {
                            items.Add(_reader.Strings.Share(item.Value));
                        }
                        else
                        {
                            _reader.Invalid(_reader.Locate(item), $"Each item of '{key}' in {_context.ToString()} must be a single value, not a {(item.IsScalar ? "null" : item.KindName)}");
                        }
                    }
                    return (items.Count == items.Capacity ? items.MoveToImmutable() : items.ToImmutable()).ToEquatableArray();
                default:
                    _reader.Invalid(_reader.Locate(node), $"'{key}' in {_context.ToString()} must be a list of values, not a {node.KindName}");
                    return EquatableArray<string>.Empty;
            }
        }

        /// <summary>A mapping value, or null when absent (required keys report FC0002).</summary>
        public YamlNode? Mapping(string key, bool required = false)
        {
            YamlNode? found = Node(key);
            if (found is not { } node || node.IsNull)
            {
                if (required)
                {
                    _reader.Invalid(found is not { } present ? Location : _reader.Locate(present), found is null
                        ? $"{_context.Capitalized()} has no '{key}'; add '{key}:' with its entries below it"
                        : $"'{key}' in {_context.ToString()} is empty; add its entries below it");
                }
                return null;
            }
            return node.IsMapping ? node : _reader.Mapping(node, $"'{key}' in {_context.ToString()}");
        }

        /// <summary>One of a fixed set of words (bound, rank, type...), or null after FC0002 with the closest word.</summary>
        public string? OneOf(string key, ImmutableArray<string> allowed)
        {
            if (Scalar(key) is not { } scalar)
            {
                return null;
            }
            string text = scalar.Value;
            if (IndexOfKey(allowed, text) >= 0)
            {
                return text;
            }
            _reader.Invalid(_reader.Locate(scalar), $"'{text}' is not a valid '{key}' in {_context.ToString()}; use one of {string.Join(", ", allowed)}{Suggestions.DidYouMean(text, allowed)}");
            return null;
        }

        /// <summary>What <c>string.Trim().Length == 0</c> says, without the copy.</summary>
        private static bool IsBlank(string text)
        {
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
