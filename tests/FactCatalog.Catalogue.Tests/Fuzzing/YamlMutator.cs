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
        switch (_random.Next(9))
        {
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
