using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalog.Syntax;

/// <summary>
/// A node of a parsed YAML file with its span in the text. Only the shapes catalogue files use:
/// scalars, sequences and mappings. Aliases resolve to the anchored node itself (shared, never copied).
/// </summary>
public abstract class YamlSyntax
{
    private protected YamlSyntax(TextSpan span) => Span = span;

    /// <summary>Where the node is in its file.</summary>
    public TextSpan Span { get; }

    /// <summary>"scalar", "list" or "mapping", for messages.</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar: its text, and whether it was written plain (unquoted), which decides how it is typed.</summary>
public sealed class YamlScalarSyntax : YamlSyntax
{
    internal YamlScalarSyntax(TextSpan span, string value, bool isPlain) : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The scalar's text after YAML unescaping and folding.</summary>
    public string Value { get; }

    /// <summary>True when written without quotes or block indicators.</summary>
    public bool IsPlain { get; }

    /// <summary>True for YAML's null forms (empty, <c>~</c>, <c>null</c>) written plain.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <inheritdoc />
    public override string KindName => "scalar";
}

/// <summary>A sequence (list).</summary>
public sealed class YamlSequenceSyntax : YamlSyntax
{
    internal YamlSequenceSyntax(TextSpan span, ImmutableArray<YamlSyntax> items) : base(span) => Items = items;

    /// <summary>The items in file order.</summary>
    public ImmutableArray<YamlSyntax> Items { get; }

    /// <inheritdoc />
    public override string KindName => "list";
}

/// <summary>A mapping, with its entries in file order (duplicates kept, so callers can report both places).</summary>
public sealed class YamlMappingSyntax : YamlSyntax
{
    internal YamlMappingSyntax(TextSpan span, ImmutableArray<YamlEntrySyntax> entries) : base(span) => Entries = entries;

    /// <summary>The key/value pairs in file order.</summary>
    public ImmutableArray<YamlEntrySyntax> Entries { get; }

    /// <inheritdoc />
    public override string KindName => "mapping";
}

/// <summary>One key/value pair of a mapping.</summary>
public sealed class YamlEntrySyntax
{
    internal YamlEntrySyntax(YamlSyntax key, YamlSyntax value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The key node (catalogue files only use scalar keys; others are reported).</summary>
    public YamlSyntax Key { get; }

    /// <summary>The value node.</summary>
    public YamlSyntax Value { get; }
}
