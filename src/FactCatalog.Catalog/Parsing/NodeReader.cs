using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactCatalog.Catalog.Diagnostics;
using FactCatalog.Catalog.Model;
using FactCatalog.Catalog.Naming;
using FactCatalog.Catalog.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalog.Parsing;

/// <summary>
/// Reads typed pieces out of a <see cref="YamlSyntax"/> tree for one file, reporting wrong node kinds,
/// missing keys, unknown keys and duplicates at the exact node.
/// </summary>
internal sealed class NodeReader
{
    private readonly SourceText _text;

    public NodeReader(string path, SourceText text, List<DiagnosticInfo> diagnostics)
    {
        Path = path;
        _text = text;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public List<DiagnosticInfo> Diagnostics { get; }

    public LocationInfo Locate(YamlSyntax node) => LocationInfo.Create(Path, _text, node.Span);

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    public void Invalid(LocationInfo location, string message) => Report(CatalogDiagnostics.InvalidEntry, location, message);

    /// <summary>
    /// Reads the whole file and returns its top-level keys, or null when there is nothing to read: the
    /// YAML is unreadable (FC0001), the file is empty or its root is not a mapping (FC0002).
    /// </summary>
    public Entries? ReadRoot(ImmutableArray<string> keys, string what, string emptyAdvice, CancellationToken cancellationToken)
    {
        YamlSyntax? root = YamlTreeReader.Read(Path, _text, Diagnostics, cancellationToken);
        if (root is null)
        {
            if (Diagnostics.Count == 0)
            {
                Invalid(LocationInfo.StartOf(Path), $"The {what} is empty; {emptyAdvice}");
            }
            return null;
        }
        return Mapping(root, $"The {what}") is { } mapping ? Keys(mapping, keys, $"the {what}") : null;
    }

    /// <summary>The node as a mapping, or null after reporting FC0002.</summary>
    public YamlMappingSyntax? Mapping(YamlSyntax node, string what)
    {
        if (node is YamlMappingSyntax mapping)
        {
            return mapping;
        }
        Invalid(Locate(node), $"{what} must be a mapping of 'key: value' lines, not a {node.KindName}");
        return null;
    }

    /// <summary>
    /// The entries of a mapping whose keys are ids (facts, claims, sources). A repeated id is FC0004,
    /// pointing at both places; the second is dropped.
    /// </summary>
    public List<(SpannedText Id, YamlSyntax Value)> IdEntries(YamlMappingSyntax mapping, string idKind)
    {
        var result = new List<(SpannedText, YamlSyntax)>();
        var seen = new Dictionary<string, LocationInfo>(System.StringComparer.Ordinal);
        foreach (YamlEntrySyntax entry in mapping.Entries)
        {
            if (ScalarKey(entry, idKind + " id") is not { } id)
            {
                continue;
            }
            if (seen.TryGetValue(id.Value, out LocationInfo? first))
            {
                Diagnostics.Add(DiagnosticInfo.CreateWithOther(CatalogDiagnostics.DuplicateId, id.Location, first, idKind, id.Value, first.ToString()));
                continue;
            }
            seen.Add(id.Value, id.Location);
            result.Add((id, entry.Value));
        }
        return result;
    }

    /// <summary>
    /// The entries of a mapping with a fixed set of keys. Unknown keys are FC0003 (with the closest
    /// known key); a repeated key is FC0001, since YAML forbids it.
    /// </summary>
    public Entries Keys(YamlMappingSyntax mapping, ImmutableArray<string> known, string context)
    {
        var entries = new Dictionary<string, YamlEntrySyntax>(System.StringComparer.Ordinal);
        foreach (YamlEntrySyntax entry in mapping.Entries)
        {
            if (ScalarKey(entry, "key") is not { } key)
            {
                continue;
            }
            if (!known.Contains(key.Value))
            {
                Report(CatalogDiagnostics.UnknownKey, key.Location, key.Value, context, Suggestions.DidYouMean(key.Value, known));
                continue;
            }
            if (entries.TryGetValue(key.Value, out YamlEntrySyntax? first))
            {
                Diagnostics.Add(DiagnosticInfo.CreateWithOther(
                    CatalogDiagnostics.YamlSyntaxError, key.Location, Locate(first.Key),
                    $"The key '{key.Value}' appears twice in {context} (also at {Locate(first.Key)}); YAML keys must be unique, keep one"));
                continue;
            }
            entries.Add(key.Value, entry);
        }
        return new Entries(this, mapping, entries, context);
    }

    private SpannedText? ScalarKey(YamlEntrySyntax entry, string what)
    {
        if (entry.Key is YamlScalarSyntax scalar && !scalar.IsNull)
        {
            return new SpannedText(scalar.Value, Locate(scalar));
        }
        Invalid(Locate(entry.Key), $"A {what} must be a plain name, not a {(entry.Key is YamlScalarSyntax ? "null" : entry.Key.KindName)}");
        return null;
    }

    /// <summary>The known keys of one mapping, with typed accessors that report problems at the node.</summary>
    internal sealed class Entries
    {
        private readonly NodeReader _reader;
        private readonly YamlMappingSyntax _mapping;
        private readonly Dictionary<string, YamlEntrySyntax> _entries;
        private readonly string _context;

        public Entries(NodeReader reader, YamlMappingSyntax mapping, Dictionary<string, YamlEntrySyntax> entries, string context)
        {
            _reader = reader;
            _mapping = mapping;
            _entries = entries;
            _context = context;
        }

        /// <summary>Where the mapping starts: missing keys are reported there.</summary>
        public LocationInfo Location => _reader.Locate(_mapping);

        public bool Has(string key) => _entries.ContainsKey(key);

        /// <summary>The value node of a key, or null when absent.</summary>
        public YamlSyntax? Node(string key) => _entries.TryGetValue(key, out YamlEntrySyntax? entry) ? entry.Value : null;

        /// <summary>The location of a key's value, or of the mapping when the key is absent.</summary>
        public LocationInfo ValueLocation(string key) => Node(key) is { } node ? _reader.Locate(node) : Location;

        /// <summary>A scalar value; null when absent or null. Required keys report FC0002 when missing.</summary>
        public SpannedText? Text(string key, bool required = false)
        {
            YamlSyntax? node = Node(key);
            if (node is YamlScalarSyntax scalar && !scalar.IsNull && !(required && scalar.Value.Trim().Length == 0))
            {
                return new SpannedText(scalar.Value, _reader.Locate(scalar));
            }
            if (node is null || node is YamlScalarSyntax)
            {
                if (required)
                {
                    _reader.Invalid(node is null ? Location : _reader.Locate(node),
                        node is null
                            ? $"{Capitalized(_context)} has no '{key}'; add '{key}: ...'"
                            : $"'{key}' in {_context} is empty; give it a value");
                }
                return null;
            }
            _reader.Invalid(_reader.Locate(node), $"'{key}' in {_context} must be a single value, not a {node.KindName}");
            return null;
        }

        /// <summary>A scalar node (typed by the caller), or null after the same checks as <see cref="Text"/>.</summary>
        public YamlScalarSyntax? Scalar(string key, bool required = false)
        {
            SpannedText? text = Text(key, required);
            return text is null ? null : (YamlScalarSyntax)Node(key)!;
        }

        /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
        public EquatableArray<string> TextList(string key)
        {
            YamlSyntax? node = Node(key);
            switch (node)
            {
                case null:
                    return EquatableArray<string>.Empty;
                case YamlScalarSyntax scalar:
                    return scalar.IsNull ? EquatableArray<string>.Empty : ImmutableArray.Create(scalar.Value).ToEquatableArray();
                case YamlSequenceSyntax sequence:
                    var items = ImmutableArray.CreateBuilder<string>();
                    foreach (YamlSyntax item in sequence.Items)
                    {
                        if (item is YamlScalarSyntax itemScalar && !itemScalar.IsNull)
                        {
                            items.Add(itemScalar.Value);
                        }
                        else
                        {
                            _reader.Invalid(_reader.Locate(item), $"Each item of '{key}' in {_context} must be a single value, not a {(item is YamlScalarSyntax ? "null" : item.KindName)}");
                        }
                    }
                    return items.ToImmutable().ToEquatableArray();
                default:
                    _reader.Invalid(_reader.Locate(node), $"'{key}' in {_context} must be a list of values, not a {node.KindName}");
                    return EquatableArray<string>.Empty;
            }
        }

        /// <summary>A mapping value, or null when absent (required keys report FC0002).</summary>
        public YamlMappingSyntax? Mapping(string key, bool required = false)
        {
            YamlSyntax? node = Node(key);
            if (node is null || (node is YamlScalarSyntax s && s.IsNull))
            {
                if (required)
                {
                    _reader.Invalid(node is null ? Location : _reader.Locate(node), node is null
                        ? $"{Capitalized(_context)} has no '{key}'; add '{key}:' with its entries below it"
                        : $"'{key}' in {_context} is empty; add its entries below it");
                }
                return null;
            }
            return _reader.Mapping(node, $"'{key}' in {_context}");
        }

        /// <summary>One of a fixed set of words (bound, rank, type...), or null after FC0002 with the closest word.</summary>
        public string? OneOf(string key, ImmutableArray<string> allowed)
        {
            SpannedText? text = Text(key);
            if (text is null)
            {
                return null;
            }
            if (allowed.Contains(text.Value))
            {
                return text.Value;
            }
            _reader.Invalid(text.Location, $"'{text.Value}' is not a valid '{key}' in {_context}; use one of {string.Join(", ", allowed)}{Suggestions.DidYouMean(text.Value, allowed)}");
            return null;
        }

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
