using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Syntax;
using FactCatalog.Catalogue.Tests.Fuzzing;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Tests.Syntax;

/// <summary>
/// The simple reader must build exactly the tree YamlDotNet's parser gives for every file it accepts (kinds, spans,
/// values, styles, order), and accept only files YamlDotNet reads without error.
/// </summary>
public class SimpleYamlReaderTests
{
    [Theory]
    [InlineData("a: b")]
    [InlineData("a: b\n")]
    [InlineData("# c\nfacts:\n  a-b:\n    k: v x  # c\n    e:\n    t: [x, 'y z' , \"w\"]\n  c:\n    k: -5\n\n# tail\n")]
    [InlineData("a:\n  b: c\n  d:")]
    [InlineData("a:\n  b:\n      c: 1\n  d: 2\n")]
    [InlineData("a: []\nb: [ x ]\nc: \"q\"  # c\nd:\n")]
    [InlineData("a: # only a comment\n  b: 1\n")]
    [InlineData("a: C# and F#\nb: 12:30\nc: http://x.y/z\nd: it's\n")]
    [InlineData("a: résumé ’quoted’ «x»\nb: [José, Émile]\n")]
    [InlineData("a:\n  b: 1\n# outdented comment\n  c: 2\n\n\n")]
    [InlineData("a: \"\"\nb: ''\nc: \"#\"\nd: ' x '\n")]
    [InlineData("a: 1   \nb:    \nc: x   # y   \n")]
    [InlineData("a.b_c-d: 1\n_x: 2\n9: 3\n")]
    public void Builds_what_yamldotnet_builds(string yaml) => Assert.True(Check(yaml));

    [Theory]
    [InlineData("a: b\n  c\n")]
    [InlineData("a: |\n  x\n")]
    [InlineData("a: >-\n  x\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !t 1\n")]
    [InlineData("a: \"x\\\"y\"\n")]
    [InlineData("a: 'it''s'\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("a:\n- b\n")]
    [InlineData("---\na: b\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: b:\n")]
    [InlineData("a:b\n")]
    [InlineData("a: [x, [y]]\n")]
    [InlineData("a: [x,]\n")]
    [InlineData("a: [x,\n  y]\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a:\n    b: 1\n  c: 2\n")]
    [InlineData("  a: 1\n")]
    [InlineData("a: 1\n\tb: 2\n")]
    [InlineData("a: 1\r\nb: 2\r\n")]
    [InlineData("# nothing\n")]
    [InlineData("")]
    [InlineData("\"a\": 1\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("a: \"open\n")]
    public void Leaves_everything_else_to_yamldotnet(string yaml) => Assert.False(Check(yaml));

    [Fact]
    public void Agrees_with_yamldotnet_on_generated_documents()
    {
        var random = new Random(17);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++)
        {
            if (Check(Generate(random, tricky: i % 2 == 0)))
            {
                accepted++;
            }
        }
        // Many generated documents are in the simple subset, so the comparison covers it well.
        Assert.True(accepted > 5_000, $"only {accepted} documents were read by the simple reader");
    }

    [Fact]
    public void Agrees_with_yamldotnet_on_mutated_catalogue_files()
    {
        string[] seeds = Directory.GetFiles(RepoFiles.FactsDir, "*.yaml").Select(File.ReadAllText)
            .Select(text => text.Replace(">-\n", "x\n"))
            .Concat(new[] { Generate(new Random(1), tricky: false), Generate(new Random(2), tricky: true) })
            .ToArray();
        var mutator = new YamlMutator(23);
        foreach (string seed in seeds)
        {
            Check(seed);
            for (int i = 0; i < 300; i++)
            {
                Check(mutator.Mutate(seed));
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="yaml"/> both ways; when the simple reader accepts it, YamlDotNet must read it without
    /// error into the same tree. Returns whether the simple reader accepted it. Like the parser, skips text with
    /// characters YAML forbids, which never reaches either reader.
    /// </summary>
    private static bool Check(string yaml)
    {
        if (TextHazards.ScanCatalogueFile("f.yaml", SourceText.From(yaml), yaml, new List<DiagnosticInfo>()))
        {
            return false;
        }
        YamlTree simple = YamlTree.Rent();
        YamlTree general = YamlTree.Rent();
        try
        {
            if (!SimpleYamlReader.TryRead(yaml, simple, CancellationToken.None, out int root))
            {
                return false;
            }
            var diagnostics = new List<DiagnosticInfo>();
            YamlNode? expected = YamlTreeReader.ReadGeneral("f.yaml", SourceText.From(yaml), yaml, general, diagnostics, CancellationToken.None);
            Assert.True(diagnostics.Count == 0, $"YamlDotNet rejects what the simple reader accepted:\n{yaml}\n{string.Join("\n", diagnostics)}");
            Assert.True(expected.HasValue, yaml);
            AssertSame(expected!.Value, new YamlNode(simple, root), yaml);
            return true;
        }
        finally
        {
            simple.Return();
            general.Return();
        }
    }

    private static void AssertSame(YamlNode expected, YamlNode actual, string yaml)
    {
        string where = $"{expected.KindName} at {expected.Span} in:\n{yaml}";
        Assert.True(expected.Kind == actual.Kind, "kind of " + where);
        Assert.True(expected.Span == actual.Span, $"span {actual.Span} of " + where);
        if (expected.IsScalar)
        {
            Assert.True(expected.Value == actual.Value, $"value '{actual.Value}' of '{expected.Value}' " + where);
            Assert.True(expected.IsPlain == actual.IsPlain, "style of " + where);
            return;
        }
        Assert.True(expected.Count == actual.Count, "size of " + where);
        for (int i = 0; i < expected.Count; i++)
        {
            if (expected.IsMapping)
            {
                AssertSame(expected.EntryKey(i), actual.EntryKey(i), yaml);
                AssertSame(expected.EntryValue(i), actual.EntryValue(i), yaml);
            }
            else
            {
                AssertSame(expected.Item(i), actual.Item(i), yaml);
            }
        }
    }

    private static readonly string[] Keys = { "facts", "claims", "value", "quote", "a-b", "x_1", "k.v", "9", "null", "true", "-k", "\"k\"", "k k" };

    private static readonly string[] Pieces =
    {
        "word", "two words", "  ", " ", "#", " #", " # note", ":", ": ", "::", "-", "- ", "-5", "-x", ",", "[", "]", "{", "}",
        "'", "''", "\"", "\\", "&a", "*a", "!t", "|", ">", ">-", "?", "@", "%", "`", "’", "é", "日本", "\u00A0", "12:30", "C#",
        "http://x", "1.5", "~", "null",
    };

    /// <summary>
    /// A random document of nested mappings. Values mix words with characters that matter to YAML; a
    /// <paramref name="tricky"/> document also gets constructs outside the simple subset.
    /// </summary>
    private static string Generate(Random random, bool tricky)
    {
        int Odd(int oneIn) => tricky ? random.Next(oneIn) : 1;

        var text = new StringBuilder();
        var indents = new List<int> { 0 };
        int lines = random.Next(1, 30);
        bool awaiting = false;
        for (int line = 0; line < lines; line++)
        {
            switch (random.Next(12))
            {
                case 0:
                    text.Append(' ', random.Next(6)).Append("# comment").Append(Piece(random)).Append('\n');
                    continue;
                case 1:
                    text.Append(' ', random.Next(3)).Append('\n');
                    continue;
            }
            int indent;
            if (awaiting && random.Next(3) > 0)
            {
                indent = indents[indents.Count - 1] + 1 + random.Next(4);
                indents.Add(indent);
            }
            else
            {
                while (indents.Count > 1 && random.Next(3) == 0)
                {
                    indents.RemoveAt(indents.Count - 1);
                }
                indent = indents[indents.Count - 1] + (Odd(30) == 0 ? 1 : 0);
            }
            text.Append(' ', indent).Append(Odd(4) == 0 ? Keys[random.Next(Keys.Length)] : "k" + random.Next(5));
            text.Append(Odd(25) == 0 ? ":x" : ":");
            awaiting = false;
            switch (random.Next(8))
            {
                case 0:
                case 1:
                    awaiting = true;
                    text.Append(random.Next(3) == 0 ? "  # c" : random.Next(2) == 0 ? "  " : string.Empty);
                    break;
                case 2:
                    text.Append(' ').Append('"').Append(Value(random, tricky)).Append('"');
                    break;
                case 3:
                    text.Append(' ').Append('\'').Append(Value(random, tricky)).Append('\'');
                    break;
                case 4:
                    text.Append(' ').Append('[');
                    for (int i = 0, n = random.Next(4); i < n; i++)
                    {
                        text.Append(i > 0 ? "," : string.Empty).Append(' ', random.Next(2));
                        text.Append(random.Next(4) == 0 ? "'" + Value(random, tricky) + "'" : Value(random, tricky)).Append(' ', random.Next(2));
                    }
                    text.Append(Odd(20) == 0 ? string.Empty : "]");
                    break;
                default:
                    text.Append(' ', 1 + random.Next(2)).Append(Value(random, tricky));
                    break;
            }
            if (random.Next(6) == 0)
            {
                text.Append(random.Next(2) == 0 ? "   " : "  # trailing");
            }
            text.Append('\n');
            if (Odd(15) == 0)
            {
                text.Append(' ', indent + 2).Append(Value(random, tricky)).Append('\n');
            }
        }
        return random.Next(10) == 0 ? text.ToString().TrimEnd('\n') : text.ToString();
    }

    /// <summary>A value: words and YAML-significant pieces; only a tricky one may start with a piece.</summary>
    private static string Value(Random random, bool tricky)
    {
        var value = new StringBuilder(tricky && random.Next(3) == 0 ? Piece(random) : "v" + random.Next(100));
        for (int i = 0, n = random.Next(3); i < n; i++)
        {
            value.Append(random.Next(2) == 0 ? " " : string.Empty).Append(random.Next(2) == 0 ? Piece(random) : "w");
        }
        return value.ToString();
    }

    private static string Piece(Random random) => Pieces[random.Next(Pieces.Length)];
}
