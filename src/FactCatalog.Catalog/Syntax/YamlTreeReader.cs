using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using FactCatalog.Catalog.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCatalog.Catalog.Syntax;

/// <summary>
/// Stage 1: reads one YAML file into a <see cref="YamlSyntax"/> tree with spans. Builds the tree with an
/// explicit stack (no recursion, so deep nesting cannot overflow the stack), enforces
/// <see cref="YamlLimits"/>, and turns every YamlDotNet failure into FC0001 at its position.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>
    /// Parses <paramref name="text"/>. Returns the root node, or null when the file is empty or cannot
    /// be read (then <paramref name="diagnostics"/> says why).
    /// </summary>
    public static YamlSyntax? Read(string path, SourceText text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        string content = text.ToString();
        if (TextHazards.ScanCatalogueFile(path, text, content, diagnostics))
        {
            return null;
        }

        var builder = new TreeBuilder(path, text, diagnostics);
        long lastGoodEnd = 0;
        try
        {
            var parser = new Parser(new StringReader(content));
            int events = 0;
            while (parser.MoveNext())
            {
                if ((++events & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (!builder.Accept(parser.Current!))
                {
                    return null;
                }
                lastGoodEnd = parser.Current!.End.Index;
            }
            return builder.Root;
        }
        catch (YamlException e)
        {
            int offset = Clamp(e.Start.Index, content.Length);
            diagnostics.Add(DiagnosticInfo.Create(
                CatalogDiagnostics.YamlSyntaxError,
                LocationInfo.Create(path, text, new TextSpan(offset, 0)),
                "Invalid YAML: " + StripPosition(e.Message) + "; fix the syntax here"));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Some malformed input makes YamlDotNet fail without a position: report where the last
            // well-formed piece ended, which is where the file stops making sense. Never crash the compiler.
            diagnostics.Add(DiagnosticInfo.Create(
                CatalogDiagnostics.YamlSyntaxError,
                LocationInfo.Create(path, text, new TextSpan(Clamp(lastGoodEnd, content.Length), 0)),
                "Invalid YAML after this point (" + e.Message.TrimEnd('.') + "); check for an unclosed bracket or quote"));
            return null;
        }
    }

    private static int Clamp(long index, int length) => (int)Math.Max(0, Math.Min(index, length));

    /// <summary>YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (...): "; the diagnostic has the position already.</summary>
    private static string StripPosition(string message)
    {
        int marker = message.IndexOf("): ", StringComparison.Ordinal);
        string text = message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        return text.TrimEnd('.');
    }

    /// <summary>Collects parsing events into nodes; one open container per stack frame.</summary>
    private sealed class TreeBuilder
    {
        private readonly string _path;
        private readonly SourceText _text;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Stack<Frame> _open = new();
        private readonly Dictionary<string, YamlSyntax> _anchors = new(StringComparer.Ordinal);
        private int _documents;
        private int _aliases;
        private int _nodes;

        public TreeBuilder(string path, SourceText text, List<DiagnosticInfo> diagnostics)
        {
            _path = path;
            _text = text;
            _diagnostics = diagnostics;
        }

        public YamlSyntax? Root { get; private set; }

        /// <summary>Takes one event; false when the file must not be read further.</summary>
        public bool Accept(ParsingEvent e)
        {
            switch (e)
            {
                case DocumentStart start when !start.IsImplicit || _documents > 0:
                    if (++_documents > 1)
                    {
                        return Fail(e.Start, "The file holds more than one YAML document; keep one document per file");
                    }
                    return true;
                case DocumentStart:
                    _documents++;
                    return true;
                case Scalar scalar:
                    if (scalar.Value.Length > YamlLimits.MaxScalarLength)
                    {
                        return Fail(e.Start, $"A value of {scalar.Value.Length} characters is longer than the limit of {YamlLimits.MaxScalarLength}; shorten it");
                    }
                    return Complete(new YamlScalarSyntax(Span(e), scalar.Value, scalar.Style == ScalarStyle.Plain), scalar.Anchor);
                case AnchorAlias alias:
                    if (++_aliases > YamlLimits.MaxAliases)
                    {
                        return Fail(e.Start, $"The file uses more than {YamlLimits.MaxAliases} aliases; write the values out instead");
                    }
                    if (!_anchors.TryGetValue(alias.Value.Value, out YamlSyntax? target))
                    {
                        return Fail(e.Start, $"The alias '*{alias.Value.Value}' names no anchor defined before it; define '&{alias.Value.Value}' first");
                    }
                    return Complete(target, AnchorName.Empty);
                case SequenceStart sequence:
                    return Open(new Frame(e.Start, sequence.Anchor, isMapping: false));
                case MappingStart mapping:
                    return Open(new Frame(e.Start, mapping.Anchor, isMapping: true));
                case SequenceEnd:
                case MappingEnd:
                    Frame frame = _open.Pop();
                    var span = TextSpan.FromBounds(Offset(frame.Start), Math.Max(Offset(frame.Start), Offset(e.End)));
                    YamlSyntax node = frame.IsMapping
                        ? new YamlMappingSyntax(span, frame.Entries.ToImmutable())
                        : new YamlSequenceSyntax(span, frame.Items.ToImmutable());
                    return Complete(node, frame.Anchor);
                default:
                    return true;
            }
        }

        private bool Open(Frame frame)
        {
            if (_open.Count >= YamlLimits.MaxDepth)
            {
                return Fail(frame.Start, $"The YAML nests deeper than {YamlLimits.MaxDepth} levels; catalogue files need at most six");
            }
            _open.Push(frame);
            return true;
        }

        private bool Complete(YamlSyntax node, AnchorName anchor)
        {
            if (++_nodes > YamlLimits.MaxNodes)
            {
                return Fail(default, $"The file has more than {YamlLimits.MaxNodes} YAML nodes; split it into several fact files");
            }
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }
            if (_open.Count == 0)
            {
                Root ??= node;
                return true;
            }
            _open.Peek().Add(node);
            return true;
        }

        private bool Fail(Mark at, string message)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                CatalogDiagnostics.YamlSyntaxError,
                LocationInfo.Create(_path, _text, new TextSpan(Offset(at), 0)),
                message));
            return false;
        }

        private TextSpan Span(ParsingEvent e)
        {
            int start = Offset(e.Start);
            return TextSpan.FromBounds(start, Math.Max(start, Offset(e.End)));
        }

        private int Offset(Mark mark) => Clamp(mark.Index, _text.Length);
    }

    /// <summary>An open mapping or sequence; a mapping alternates key and value.</summary>
    private sealed class Frame
    {
        public Frame(Mark start, AnchorName anchor, bool isMapping)
        {
            Start = start;
            Anchor = anchor;
            IsMapping = isMapping;
        }

        public Mark Start { get; }
        public AnchorName Anchor { get; }
        public bool IsMapping { get; }
        public ImmutableArray<YamlSyntax>.Builder Items { get; } = ImmutableArray.CreateBuilder<YamlSyntax>();
        public ImmutableArray<YamlEntrySyntax>.Builder Entries { get; } = ImmutableArray.CreateBuilder<YamlEntrySyntax>();
        private YamlSyntax? _pendingKey;

        public void Add(YamlSyntax node)
        {
            if (!IsMapping)
            {
                Items.Add(node);
            }
            else if (_pendingKey is null)
            {
                _pendingKey = node;
            }
            else
            {
                Entries.Add(new YamlEntrySyntax(_pendingKey, node));
                _pendingKey = null;
            }
        }
    }
}
