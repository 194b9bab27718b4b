using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactCatalog.Benchmarks;

/// <summary>
/// A deterministic catalogue of any size, and a consumer that cites it. Facts come in groups of
/// <see cref="FactsPerGroup"/>, one fact file and one source document per group, every claim quoting its own line.
/// Of every 50 facts, 1 is unsupported (its only claim deprecated), 4 are disputed, 10 resolved and the rest consistent.
/// </summary>
public static class SyntheticCatalogue
{
    public const int FactsPerGroup = 500;

    public const string ProjectDir = "/bench/";

    /// <summary>The additional files (fact files, sources.yaml, documents), by path.</summary>
    public static List<(string Path, string Text)> Files(int factCount)
    {
        var files = new List<(string, string)>();
        var sources = new StringBuilder("sources:\n");
        for (int group = 0; group * FactsPerGroup < factCount; group++)
        {
            string name = GroupName(group);
            sources.Append("  ").Append(name).Append(":\n    file: ").Append(name).Append(".txt\n    title: Report ").Append(Int(group)).Append('\n');
            var facts = new StringBuilder("group: G").Append(Int(group)).Append("\nfacts:\n");
            var document = new StringBuilder();
            for (int i = group * FactsPerGroup; i < Math.Min(factCount, (group + 1) * FactsPerGroup); i++)
            {
                AppendFact(facts, document, name, i);
            }
            files.Add((ProjectDir + "facts/" + name + ".facts.yaml", facts.ToString()));
            files.Add((ProjectDir + "seeds/" + name + ".txt", document.ToString()));
        }
        files.Add((ProjectDir + "facts/sources.yaml", sources.ToString()));
        return files;
    }

    /// <summary>
    /// C# that cites the catalogue: <paramref name="memberCount"/> members in classes of 100, each with a
    /// <c>[Cites]</c> (a fact, a claim, or every 97th a misspelt id), reading a constant, and some with a literal
    /// (cited or not) or a <c>Facts.Get</c>.
    /// </summary>
    public static string Consumer(int factCount, int memberCount)
    {
        var code = new StringBuilder("using FactCatalog;\nusing Bench;\n\nnamespace Consumer\n{\n");
        for (int member = 0; member < memberCount; member++)
        {
            if (member % 100 == 0)
            {
                code.Append(member == 0 ? string.Empty : "    }\n\n").Append("    public static class Members").Append(Int(member / 100)).Append("\n    {\n");
            }
            int i = (int)((member * 7919L) % factCount);
            string id = FactId(i);
            string path = "Facts.G" + Int(i / FactsPerGroup) + ".Fact" + Int(i, "D5");
            string cited = Kind(i) switch
            {
                FactKind.Unsupported or FactKind.Disputed => id + "#report",
                _ when member % 3 == 0 => id + "#report",
                _ => id,
            };
            if (member % 97 == 0)
            {
                cited = cited.Substring(0, cited.Length - 1);
            }
            string value = Kind(i) is FactKind.Unsupported or FactKind.Disputed ? path + ".Report" : path + ".Value";
            string body = (member % 10) switch
            {
                0 => value + " + " + Int(Value(i)),
                1 => value + " + " + Int(Value(i + 1)),
                2 => "Facts.Get(\"" + id + "\").Claims.Count",
                _ => value,
            };
            code.Append("        [Cites(\"").Append(cited).Append("\")]\n")
                .Append("        public static int M").Append(Int(member)).Append("() => ").Append(body).Append(";\n\n");
        }
        return code.Append("    }\n}\n").ToString();
    }

    private enum FactKind { Consistent, Resolved, Disputed, Unsupported }

    private static FactKind Kind(int i) => (i % 50) switch
    {
        0 => FactKind.Unsupported,
        < 5 => FactKind.Disputed,
        < 15 => FactKind.Resolved,
        _ => FactKind.Consistent,
    };

    private static int Value(int i) => 100_000 + i * 7;

    private static string FactId(int i) => "fact-" + Int(i, "D5");

    private static string GroupName(int group) => "report-" + Int(group, "D3");

    private static void AppendFact(StringBuilder facts, StringBuilder document, string source, int i)
    {
        string number = Int(i, "D5");
        int value = Value(i);
        FactKind kind = Kind(i);
        int audit = kind is FactKind.Disputed or FactKind.Resolved ? value + 1 : value;
        document.Append("Report ").Append(number).Append(" counted ").Append(Int(value, "N0")).Append(" units.\n");
        document.Append("Audit ").Append(number).Append(" found ").Append(Int(audit, "N0")).Append(" units.\n");

        facts.Append("  ").Append(FactId(i)).Append(":\n");
        facts.Append("    statement: Units counted in report ").Append(number).Append(".\n");
        facts.Append("    type: count\n    unit: units\n    tags: [t").Append(Int(i % 20)).Append("]\n");
        if (kind == FactKind.Resolved)
        {
            facts.Append("    preferred: report\n");
        }
        facts.Append("    claims:\n");
        AppendClaim(facts, "report", value, source, "Report " + number + " counted " + Int(value, "N0") + " units",
            kind == FactKind.Unsupported ? "A synthetic deprecation." : null);
        if (kind != FactKind.Unsupported)
        {
            AppendClaim(facts, "audit", audit, source, "Audit " + number + " found " + Int(audit, "N0") + " units", null);
        }
    }

    private static void AppendClaim(StringBuilder facts, string id, int value, string source, string quote, string? deprecation)
    {
        facts.Append("      ").Append(id).Append(":\n");
        facts.Append("        value: ").Append(Int(value)).Append('\n');
        facts.Append("        claimant: the ").Append(id).Append('\n');
        facts.Append("        source: ").Append(source).Append('\n');
        facts.Append("        quote: ").Append(quote).Append('\n');
        if (deprecation is not null)
        {
            facts.Append("        rank: deprecated\n        reason: ").Append(deprecation).Append('\n');
        }
    }

    private static string Int(int value, string format = "D") => value.ToString(format, CultureInfo.InvariantCulture);
}
