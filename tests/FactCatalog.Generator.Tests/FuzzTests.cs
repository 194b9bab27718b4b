using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// No input makes the generator throw. Random and mutated catalogue files (fixed seed, so a failure
/// reproduces) go through the real driver: there must be no generator exception (CS8785), no internal-error
/// diagnostic, and whenever the catalogue has no error the generated code must compile.
/// </summary>
public class FuzzTests
{
    private const int Mutations = 1500;
    private const int RandomFiles = 400;

    private static readonly string[] Insertions =
    {
        "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u202E", "\u2066", "\u200B", "\uFEFF", "\u2028", "\u2029", "\uD800", "\uDC00",
        "\"", "'", "\\", "\\\\", "\\\"", "*/", "/*", "</summary>", "<summary>", "&", "&amp;", "<", ">", "]]>", "{", "}", "[", "]",
        ":", ": ", "- ", "#", "&anchor ", "*anchor", "!!binary ", "!!str ", "|", ">", "%YAML 1.2", "---", "...", "\t", "  ", "    ", "\n", "\r\n", "\r",
        "99999999999999999999", "-1", "1e309", "-9223372036854775808", "2147483648", "0.1", "NaN", "true", "null", "~", "2024-02-30", "0000",
        "é", "Ä", "日本", "😀", "\u0301", "class", "Value", "Id", "Fact", "System", "global", "@", "$", "`", "{0}", "%s",
    };

    private static readonly string[] Keys =
    {
        "group", "facts", "statement", "type", "unit", "tags", "preferred", "claims", "name", "note", "value", "bound", "claimant",
        "source", "quote", "prefix", "suffix", "as-of", "rank", "reason", "derived", "sources", "file", "title", "issued", "translation",
    };

    [Fact]
    public void Random_and_mutated_catalogues_never_break_the_generator_and_clean_ones_compile()
    {
        var random = new Random(20241116);
        CatalogueInput baseline = Catalogues.Representative();
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        int clean = 0;
        for (int i = 0; i < Mutations + RandomFiles; i++)
        {
            string path = i < Mutations
                ? random.Next(10) switch { < 7 => Catalogues.DeploymentPath, < 9 => Catalogues.ValuesPath, _ => Catalogues.SourcesPath }
                : Catalogues.DeploymentPath;
            string text = i < Mutations ? Mutate(baseline.Files.Single(f => f.Path == path).Text, random) : RandomYaml(random);
            GeneratorRun run = GeneratorHarness.Run(baseline.With(path, text));
            string context = $"case {i} ({path}):\n{text}\n--- diagnostics:\n{run.Describe()}";

            Assert.True(run.Exception is null, $"Generator threw {run.Exception}\n{context}");
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage().StartsWith(StageGuard.InternalErrorPrefix, StringComparison.Ordinal));
            if (run.HasErrors)
            {
                continue;
            }
            clean++;
            string key = string.Join("\n", run.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "\n" + f.Value));
            if (compiled.Add(key))
            {
                Diagnostic[] errors = run.CompileDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                Assert.True(errors.Length == 0, $"Generated code does not compile:\n{string.Join("\n", errors.Take(5))}\n{context}");
            }
        }
        // The corpus must exercise both paths: inputs rejected with errors, and inputs that produce code.
        Assert.InRange(clean, 50, Mutations + RandomFiles - 50);
    }

    private static string Mutate(string text, Random random)
    {
        int count = random.Next(1, 4);
        for (int m = 0; m < count; m++)
        {
            List<string> lines = text.Split('\n').ToList();
            int line = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0:
                    lines.RemoveAt(line);
                    break;
                case 1:
                    lines.Insert(line, lines[line]);
                    break;
                case 2:
                    int other = random.Next(lines.Count);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                case 3:
                    string target = lines[line];
                    int column = random.Next(target.Length + 1);
                    lines[line] = target.Substring(0, column) + Insertions[random.Next(Insertions.Length)] + target.Substring(column);
                    break;
                case 4:
                    // Values after "key: " are where most meaning is: replace one.
                    int colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                    if (colon >= 0)
                    {
                        lines[line] = lines[line].Substring(0, colon + 2) + Insertions[random.Next(Insertions.Length)];
                    }
                    break;
                default:
                    lines[line] = new string(' ', random.Next(0, 9)) + lines[line].TrimStart();
                    break;
            }
            text = string.Join("\n", lines);
        }
        return text;
    }

    private static string RandomYaml(Random random)
    {
        var builder = new StringBuilder();
        int lines = random.Next(1, 25);
        for (int i = 0; i < lines; i++)
        {
            builder.Append(' ', 2 * random.Next(0, 5));
            builder.Append(random.Next(3) == 0 ? Insertions[random.Next(Insertions.Length)] : Keys[random.Next(Keys.Length)]);
            builder.Append(random.Next(4) == 0 ? ":" : ": ");
            int parts = random.Next(0, 3);
            for (int p = 0; p < parts; p++)
            {
                builder.Append(Insertions[random.Next(Insertions.Length)]);
            }
            builder.Append('\n');
        }
        return builder.ToString();
    }
}
