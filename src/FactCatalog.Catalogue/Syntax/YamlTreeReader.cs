using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Stage 1: reads one YAML file into a <see cref="YamlTree"/> with spans. Files in the plain subset catalogue
/// files use are read by <see cref="SimpleYamlReader"/>; any other goes through YamlDotNet's parser. That path
/// builds the tree with an explicit stack (no recursion, so deep nesting cannot overflow the stack), enforces
/// <see cref="YamlLimits"/>, and turns every YamlDotNet failure into FC0001 at its position.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>
    /// Parses <paramref name="text"/> into <paramref name="tree"/>. Returns the root node, or null when the file
    /// is empty or cannot be read (then <paramref name="diagnostics"/> says why).
    /// </summary>
    /// <remarks>
    /// With <paramref name="entriesKey"/> (<c>facts</c> for a fact file), a syntax error or forbidden character inside one
    /// entry of that top-level mapping costs that entry only: see <see cref="EntryRecovery"/>.
    /// </remarks>
    public static YamlNode? Read(
        string path, SourceText text, YamlTree tree, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken, string? entriesKey = null,
        List<string>? droppedKeys = null)
    {
        string content = text.ToString();
        int before = diagnostics.Count;
        if (TextHazards.ScanCatalogueFile(path, text, content, diagnostics))
        {
            return entriesKey is null ? null : EntryRecovery.Read(path, text, content, entriesKey, tree, diagnostics, before, cancellationToken, droppedKeys);
        }
        if (SimpleYamlReader.TryRead(content, tree, cancellationToken, out int simpleRoot))
        {
            return new YamlNode(tree, simpleRoot);
        }
        // Not in the simple subset: start again with the parser that reads (or reports) anything.
        tree.Clear();
        YamlNode? root = ReadGeneral(path, text, content, tree, diagnostics, cancellationToken);
        return root is null && entriesKey is not null && diagnostics.Count > before
            ? EntryRecovery.Read(path, text, content, entriesKey, tree, diagnostics, before, cancellationToken, droppedKeys)
            : root;
    }

    /// <summary>Parses <paramref name="content"/> the fast way if it can, else YamlDotNet's; for a text that passed the hazard scan.</summary>
    internal static YamlNode? ReadScanned(
        string path, SourceText text, string content, YamlTree tree, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        tree.Clear();
        if (SimpleYamlReader.TryRead(content, tree, cancellationToken, out int simpleRoot))
        {
            return new YamlNode(tree, simpleRoot);
        }
        tree.Clear();
        return ReadGeneral(path, text, content, tree, diagnostics, cancellationToken);
    }

    /// <summary>Parses <paramref name="content"/> with YamlDotNet's parser, for any YAML.</summary>
    internal static YamlNode? ReadGeneral(
        string path, SourceText text, string content, YamlTree tree, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var builder = new TreeBuilder(path, text, tree, diagnostics);
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
            return builder.Root < 0 ? null : new YamlNode(tree, builder.Root);
        }
        catch (YamlException e) when (LongKey(content, Clamp(e.Start.Index, content.Length)) is { } key)
        {
            // YamlDotNet stops at a key longer than YAML allows an implicit key with a message about something else.
            diagnostics.Add(DiagnosticInfo.Create(
                CatalogueDiagnostics.YamlSyntaxError,
                LocationInfo.Create(path, text, new TextSpan(key.Start, 0)),
                $"A key of {key.Length} characters is longer than the {MaxImplicitKeyLength} YAML allows a key; shorten it (an id is best a few words)"));
            return null;
        }
        catch (YamlException e)
        {
            (int offset, string message) = YamlErrors.Describe(content, Clamp(e.Start.Index, content.Length), StripPosition(e.Message));
            diagnostics.Add(DiagnosticInfo.Create(
                CatalogueDiagnostics.YamlSyntaxError,
                LocationInfo.Create(path, text, new TextSpan(offset, 0)),
                message));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Some malformed input makes YamlDotNet fail without a position: report where the last
            // well-formed piece ended, which is where the file stops making sense. Never crash the compiler.
            int offset = Clamp(lastGoodEnd, content.Length);
            while (offset < content.Length && content[offset] == ' ')
            {
                offset++;
            }
            string message = offset < content.Length && content[offset] is '[' or '{'
                ? $"The {(content[offset] == '[' ? "list" : "mapping")} opened with '{content[offset]}' here is never closed; end it with '{(content[offset] == '[' ? ']' : '}')}' on this line"
                : "Invalid YAML after this point (" + e.Message.TrimEnd('.') + "); check for an unclosed bracket or quote";
            diagnostics.Add(DiagnosticInfo.Create(
                CatalogueDiagnostics.YamlSyntaxError,
                LocationInfo.Create(path, text, new TextSpan(offset, 0)),
                message));
            return null;
        }
    }

    private static int Clamp(long index, int length) => (int)Math.Max(0, Math.Min(index, length));

    /// <summary>The longest implicit key YAML allows (YAML 1.2, 7.4.2), which YamlDotNet enforces.</summary>
    internal const int MaxImplicitKeyLength = 1024;

    /// <summary>
    /// A key longer than <see cref="MaxImplicitKeyLength"/> on the line of <paramref name="offset"/> or the line before:
    /// its start and length, or null.
    /// </summary>
    private static (int Start, int Length)? LongKey(string content, int offset)
    {
        int lineStart = offset == 0 ? 0 : content.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        for (int round = 0; round < 2; round++)
        {
            int lineEnd = content.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = content.Length;
            }
            int start = lineStart;
            while (start < lineEnd && (content[start] == ' ' || content[start] == '-'))
            {
                start++;
            }
            int colon = content.IndexOf(':', start, lineEnd - start);
            if (colon - start > MaxImplicitKeyLength)
            {
                return (start, colon - start);
            }
            if (lineStart == 0)
            {
                break;
            }
            lineStart = content.LastIndexOf('\n', lineStart - 2 < 0 ? 0 : lineStart - 2) + 1;
        }
        return null;
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (...): "; the diagnostic has the position already.</summary>
    private static string StripPosition(string message)
    {
        int marker = message.IndexOf("): ", StringComparison.Ordinal);
        string text = message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        return text.TrimEnd('.');
    }

    /// <summary>
    /// Collects parsing events into nodes. Each open container is a frame on a stack; the children it has so
    /// far wait on a second stack until it ends and they move into the tree together.
    /// </summary>
    private sealed class TreeBuilder
    {
        private readonly string _path;
        private readonly SourceText _text;
        private readonly YamlTree _tree;
        private readonly List<DiagnosticInfo> _diagnostics;
        private Frame[] _open = new Frame[16];
        private int _depth;
        private int[] _pending = new int[256];
        private int _pendingCount;
        private AliasBudget _expansion = new(256);
        private Dictionary<string, (int Node, long Nodes, long Characters)>? _anchors;
        private int _documents;
        private int _aliases;
        private int _nodes;

        public TreeBuilder(string path, SourceText text, YamlTree tree, List<DiagnosticInfo> diagnostics)
        {
            _path = path;
            _text = text;
            _tree = tree;
            _diagnostics = diagnostics;
        }

        /// <summary>The first complete top-level node, or -1.</summary>
        public int Root { get; private set; } = -1;

        /// <summary>Takes one event; false when the file must not be read further.</summary>
        public bool Accept(ParsingEvent e)
        {
            switch (e)
            {
                case Scalar scalar:
                    if (scalar.Value.Length > YamlLimits.MaxScalarLength)
                    {
                        return Fail(Offset(e.Start), $"A value of {scalar.Value.Length} characters is longer than the limit of {YamlLimits.MaxScalarLength}; shorten it");
                    }
                    int from = Offset(e.Start);
                    var span = TextSpan.FromBounds(from, Math.Max(from, Offset(e.End)));
                    string value = IsAtKey ? CatalogueKeys.Shared(scalar.Value) : scalar.Value;
                    return Complete(_tree.AddScalar(span, value, scalar.Style == ScalarStyle.Plain), scalar.Anchor, 1, value.Length);
                case MappingStart mapping:
                    return Open(Offset(e.Start), mapping.Anchor, isMapping: true);
                case SequenceStart sequence:
                    return Open(Offset(e.Start), sequence.Anchor, isMapping: false);
                case MappingEnd:
                case SequenceEnd:
                    return Close(Offset(e.End));
                case AnchorAlias alias:
                    if (++_aliases > YamlLimits.MaxAliases)
                    {
                        return Fail(Offset(e.Start), $"The file uses more than {YamlLimits.MaxAliases} aliases; write the values out instead");
                    }
                    if (_anchors is null || !_anchors.TryGetValue(alias.Value.Value, out (int Node, long Nodes, long Characters) target))
                    {
                        return Fail(Offset(e.Start), $"The alias '*{alias.Value.Value}' names no anchor defined before it; define '&{alias.Value.Value}' first");
                    }
                    if (_expansion.Add(target.Nodes, target.Characters) is { } exceeded)
                    {
                        _diagnostics.Add(CatalogueLimits.Exceeded(LocationInfo.Create(_path, _text, new TextSpan(Offset(e.Start), 0)),
                            exceeded.What, exceeded.Limit, exceeded.Value, "write the repeated parts out instead of aliasing them, or split the file"));
                        return false;
                    }
                    return Complete(target.Node, AnchorName.Empty, target.Nodes, target.Characters);
                case DocumentStart start when !start.IsImplicit || _documents > 0:
                    if (++_documents > 1)
                    {
                        return Fail(Offset(e.Start), "The file holds more than one YAML document; keep one document per file");
                    }
                    return true;
                case DocumentStart:
                    _documents++;
                    return true;
                default:
                    return true;
            }
        }

        /// <summary>True when the next node completes a key of the innermost open mapping.</summary>
        private bool IsAtKey => _depth > 0 && _open[_depth - 1].IsMapping && ((_pendingCount - _open[_depth - 1].FirstPending) & 1) == 0;

        private bool Open(int start, AnchorName anchor, bool isMapping)
        {
            if (_depth >= YamlLimits.MaxDepth)
            {
                return Fail(start, $"The YAML nests deeper than {YamlLimits.MaxDepth} levels; catalogue files need at most six");
            }
            if (_depth == _open.Length)
            {
                Array.Resize(ref _open, _open.Length * 2);
            }
            _open[_depth++] = new Frame(start, anchor, isMapping, _pendingCount);
            return true;
        }

        private bool Close(int end)
        {
            Frame frame = _open[--_depth];
            int count = _pendingCount - frame.FirstPending;
            if (frame.IsMapping)
            {
                // A key still waiting for its value has no entry.
                count &= ~1;
            }
            var span = TextSpan.FromBounds(frame.Start, Math.Max(frame.Start, end));
            int node = _tree.AddContainer(
                frame.IsMapping ? YamlNodeKind.Mapping : YamlNodeKind.Sequence, span, _pending, frame.FirstPending, count);
            // What the container stands for once every alias in it is expanded: itself and all its children, also a
            // key still waiting for its value.
            (long nodes, long characters) = _expansion.Sum(frame.FirstPending, _pendingCount);
            _pendingCount = frame.FirstPending;
            return Complete(node, frame.Anchor, 1 + nodes, characters);
        }

        private bool Complete(int node, AnchorName anchor, long expandedNodes, long expandedCharacters)
        {
            if (++_nodes > YamlLimits.MaxNodes)
            {
                return Fail(0, $"The file has more than {YamlLimits.MaxNodes} YAML nodes; split it into several fact files");
            }
            if (!anchor.IsEmpty)
            {
                (_anchors ??= new Dictionary<string, (int, long, long)>(StringComparer.Ordinal))[anchor.Value] = (node, expandedNodes, expandedCharacters);
            }
            if (_depth == 0)
            {
                if (Root < 0)
                {
                    Root = node;
                }
                return true;
            }
            if (_pendingCount == _pending.Length)
            {
                Array.Resize(ref _pending, _pending.Length * 2);
            }
            _expansion.Set(_pendingCount, expandedNodes, expandedCharacters);
            _pending[_pendingCount++] = node;
            return true;
        }

        private bool Fail(int offset, string message)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                CatalogueDiagnostics.YamlSyntaxError,
                LocationInfo.Create(_path, _text, new TextSpan(offset, 0)),
                message));
            return false;
        }

        private int Offset(Mark mark) => Clamp(mark.Index, _text.Length);
    }

    /// <summary>An open mapping or sequence: where it starts and where its children begin on the pending stack.</summary>
    private readonly struct Frame
    {
        public Frame(int start, AnchorName anchor, bool isMapping, int firstPending)
        {
            Start = start;
            Anchor = anchor;
            IsMapping = isMapping;
            FirstPending = firstPending;
        }

        public int Start { get; }

        public AnchorName Anchor { get; }

        public bool IsMapping { get; }

        public int FirstPending { get; }
    }
}
