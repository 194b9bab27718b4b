using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue.Syntax;

namespace FactCatalog.Catalogue.Tests.Fuzzing;

/// <summary>
/// Makes hostile variants of catalogue files from a seeded <see cref="Random"/>: line edits, inserted
/// characters that break YAML, C# or XML, huge numbers, odd indentation, truncation, and documents
/// generated from the catalogue's own keys.
/// </summary>
internal sealed class YamlMutator
{
    /// <summary>Fragments chosen because each breaks some layer: YAML syntax, encodings, C# literals, XML docs, Trojan Source.</summary>
    private static readonly string[] Hazards =
    {
        "\0", "\u0001", "\u007F", "\u0085", "\t", "\r", "\r\n", "\u2028", "\u2029", "\uD800", "\uDC00", "\uFFFD", "\uFEFF",
        "\u202E", "\u2066", "\u200B", "\u00AD", "\"", "'", "\\", "\\u0000", "*/", "/*", "</summary>", "<summary>", "&", "&amp;",
        "]]>", "{", "}", "[", "]", ":", ": ", "- ", "#", "&a ", "*a", "!!str ", "!!binary ", "%YAML 1.2", "---", "...", "|", ">",
        "?", "@", "`", ",", "99999999999999999999999", "-1", "1e999", "NaN", ".inf", "0x1F", "~", "null", "true", "é", "e\u0301",
        "“", "”", "—", "\u00A0", "a̐", "日本", "🙂", "class", "value", "Facts", "-", "2024-02-30", "0000-00-00",
        "\u206A", "\u206F", "\uFFF9", "\uFFFB", "\u180E", "\u200D", "\u043E", "\u0422", "\u03BF", "<<: ", "<<: *a",
    };

    /// <summary>
    /// Names that once passed the checks and broke the generated code, or that look like other names: format
    /// characters, look-alike letters, decomposed accents, names of generated members, and names past the metadata limit.
    /// </summary>
    private static readonly string[] HostileNames =
    {
        "Tro\u206Aops", "Penta\u180Egon", "Host\uFFF9ile", "Pen\u200Dtagon", "Pentag\u043En", "\u0420\u0415\u0421\u041E", "\u039A\u039F\u03A1",
        "Caf\u0065\u0301", "Caf\u00E9", "RecordData", "SourceAt", "SourceAt0", "RecordData12", "Facts", "Sources", "All", "Value", "Fact",
        "FactCatalog", "Storage", "Citation", new string('A', 511), new string('A', 512), new string('\u00E9', 255), new string('\u00E9', 256),
        "Gr" + new string('\u00E9', 200), new string('\u4E2D', 170), new string('\u4E2D', 171),
    };

    private readonly Random _random;

    public YamlMutator(int seed) => _random = new Random(seed);

    public string Mutate(string document)
    {
        string result = document;
        int edits = 1 + _random.Next(4);
        for (int i = 0; i < edits; i++)
        {
            result = MutateOnce(result);
        }
        return result;
    }

    /// <summary>A document of random mappings, lists and scalars built from the format's own keys, so it gets past the first checks.</summary>
    public string Generate()
    {
        var builder = new StringBuilder();
        if (_random.Next(3) > 0) builder.Append("group: ").Append(Word()).Append('\n');
        builder.Append("facts:\n");
        int facts = _random.Next(4);
        for (int f = 0; f < facts; f++)
        {
            builder.Append("  ").Append(Id()).Append(":\n");
            if (_random.Next(4) == 0)
            {
                builder.Append("    name: ").Append(Quote(HostileNames[_random.Next(HostileNames.Length)])).Append('\n');
            }
            foreach (string key in Pick(CatalogueKeys.Fact, _random.Next(1, 6)))
            {
                if (key == "claims")
                {
                    builder.Append("    claims:\n");
                    for (int c = 0, n = _random.Next(3); c < n; c++)
                    {
                        builder.Append("      ").Append(Id()).Append(":\n");
                        foreach (string claimKey in Pick(CatalogueKeys.Claim, _random.Next(1, 8)))
                        {
                            builder.Append("        ").Append(claimKey).Append(": ").Append(Scalar()).Append('\n');
                        }
                    }
                }
                else
                {
                    builder.Append("    ").Append(key).Append(": ").Append(Scalar()).Append('\n');
                }
            }
        }
        return _random.Next(4) == 0 ? Mutate(builder.ToString()) : builder.ToString();
    }

    private string MutateOnce(string document)
    {
        List<string> lines = document.Split('\n').ToList();
        int line = _random.Next(lines.Count);
        switch (_random.Next(12))
        {
            case 9:
                return Alias(lines, line);
            case 10:
                // A name on an entry: the line after a key whose value is a mapping gets a name at the mapping's indentation.
                string indent = new string(' ', lines[line].Length - lines[line].TrimStart().Length + 2);
                lines.Insert(Math.Min(lines.Count, line + 1), indent + (_random.Next(4) == 0 ? "group" : "name") + ": " + Quote(HostileNames[_random.Next(HostileNames.Length)]));
                break;
            case 11:
                // A very long id or key: the key of a line made tens to hundreds of words long.
                int colon = lines[line].IndexOf(':');
                if (colon > 0)
                {
                    string lead = lines[line].Substring(0, lines[line].Length - lines[line].TrimStart().Length);
                    lines[line] = lead + string.Join("-", Enumerable.Repeat(Word(), 20 + _random.Next(200))) + lines[line].Substring(colon);
                }
                break;
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[_random.Next(lines.Count)]);
                break;
            case 2:
                int other = _random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 3:
                lines[line] = new string(' ', _random.Next(9)) + lines[line].TrimStart();
                break;
            case 4:
                return document.Substring(0, _random.Next(document.Length + 1));
            case 5:
                lines[line] = ReplaceValue(lines[line], Scalar());
                break;
            default:
                string hazard = Hazards[_random.Next(Hazards.Length)];
                int at = _random.Next(document.Length + 1);
                return document.Substring(0, at) + hazard + document.Substring(at);
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// YAML anchors and aliases: a value anchored and aliased elsewhere, an entry whose value is an alias of a
    /// mapping, or a ladder of lists aliasing the one before (a small billion laughs) put before the document.
    /// </summary>
    private string Alias(List<string> lines, int line)
    {
        switch (_random.Next(3))
        {
            case 0:
                int colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                if (colon > 0)
                {
                    lines[line] = lines[line].Substring(0, colon + 2) + "&v " + lines[line].Substring(colon + 2);
                    int target = _random.Next(lines.Count);
                    lines[target] = ReplaceValue(lines[target], "*v");
                }
                break;
            case 1:
                // A key whose value is a mapping gets an anchor, and an entry after it aliases it.
                int key = lines.FindIndex(l => l.TrimEnd().EndsWith(":", StringComparison.Ordinal) && !l.TrimStart().StartsWith("-", StringComparison.Ordinal));
                if (key >= 0)
                {
                    lines[key] = lines[key].TrimEnd() + " &m";
                    string indent = lines[key].Substring(0, lines[key].Length - lines[key].TrimStart().Length);
                    for (int copies = 1 + _random.Next(50); copies > 0; copies--)
                    {
                        lines.Add(indent + Id() + ": *m");
                    }
                }
                break;
            default:
                var ladder = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
                int rungs = 1 + _random.Next(8);
                for (int i = 1; i <= rungs; i++)
                {
                    ladder.Append("l").Append(i).Append(": &l").Append(i).Append(" [")
                        .Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10))).Append("]\n");
                }
                lines.Insert(0, ladder.ToString().TrimEnd('\n'));
                break;
        }
        return string.Join("\n", lines);
    }

    /// <summary>A name as a double-quoted YAML scalar, with every character outside printable ASCII as an escape.</summary>
    private static string Quote(string name) =>
        "\"" + string.Concat(name.Select(c => c >= ' ' && c < '\u007F' && c != '"' && c != '\\' ? c.ToString() : "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))) + "\"";

    private static string ReplaceValue(string line, string value)
    {
        int colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line + value : line.Substring(0, colon + 2) + value;
    }

    private string Scalar() => _random.Next(6) switch
    {
        0 => _random.Next(-100, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => "\"" + Hazards[_random.Next(Hazards.Length)].Replace("\"", "\\\"") + Word() + "\"",
        2 => "[" + Word() + ", " + Word() + "]",
        3 => CatalogueKeys.ValueTypes[_random.Next(CatalogueKeys.ValueTypes.Length)],
        4 => "2024-" + _random.Next(0, 14).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        _ => Word() + " " + Word(),
    };

    private string Id() => _random.Next(8) == 0 ? Word().ToUpperInvariant() : Word() + "-" + Word();

    private string Word()
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var chars = new char[1 + _random.Next(8)];
        for (int i = 0; i < chars.Length; i++) chars[i] = letters[_random.Next(letters.Length)];
        return new string(chars);
    }

    private IEnumerable<string> Pick(IReadOnlyList<string> keys, int count) =>
        Enumerable.Range(0, count).Select(_ => keys[_random.Next(keys.Count)]).Distinct();
}
