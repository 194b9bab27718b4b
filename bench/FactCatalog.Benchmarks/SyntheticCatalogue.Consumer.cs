using System.Text;

namespace FactCatalog.Benchmarks;

public static partial class SyntheticCatalogue
{
    /// <summary>
    /// C# that cites the catalogue: <paramref name="memberCount"/> members in classes of 100, each with a
    /// <c>[Cites]</c> (a fact, or a claim; every 97th id misspelt) reading a generated member; every tenth also adds
    /// a literal equal to its own count fact's value, every tenth one equal to another count fact's value, and every
    /// tenth calls <c>Facts.Get</c> with a constant id.
    /// </summary>
    public static string Consumer(int factCount, int memberCount) => Consumer(Create(factCount), memberCount);

    /// <inheritdoc cref="Consumer(int, int)"/>
    public static string Consumer(SyntheticModel model, int memberCount)
    {
        var code = new StringBuilder("using FactCatalog;\nusing Bench;\n\nnamespace Consumer\n{\n");
        int factCount = model.Facts.Count;
        for (int member = 0; member < memberCount; member++)
        {
            if (member % 100 == 0)
            {
                code.Append(member == 0 ? string.Empty : "    }\n\n").Append("    public static class Members").Append(Int(member / 100)).Append("\n    {\n");
            }
            int i = (int)(member * 7919L % factCount);
            SyntheticFact fact = model.Facts[i];
            // Disputed and unsupported facts have no Value: read (and cite) one of their claims.
            bool hasValue = fact.Status is "Consistent" or "Resolved";
            SyntheticClaim claim = fact.Claims.Find(c => c.Rank != "deprecated") ?? fact.Claims[0];
            string path = "Facts." + model.GroupClass(fact.FileIndex) + "." + SyntheticYaml.PascalCase(fact.Id);
            string read = hasValue ? path + ".Value" : path + "." + SyntheticYaml.PascalCase(claim.Id);
            string cited = hasValue && member % 3 != 0 ? fact.Id : fact.Id + "#" + claim.Id;
            if (member % 97 == 0)
            {
                cited = cited.Substring(0, cited.Length - 1);
            }
            SyntheticFact? other = member % 10 == 1 ? NextCountFact(model, i) : null;
            (string type, string body) = (member % 10) switch
            {
                0 when fact.Type == "count" => ("int", read + " + " + claim.Value),
                1 when fact.Type == "count" && other is not null => ("int", read + " + " + other.Claims[0].Value),
                2 => ("int", "Facts.Get(\"" + fact.Id + "\").Claims.Count"),
                _ => (CSharpType(fact.Type), read),
            };
            code.Append("        [Cites(\"").Append(cited).Append("\")]\n")
                .Append("        public static ").Append(type).Append(" M").Append(Int(member)).Append("() => ").Append(body).Append(";\n\n");
        }
        return code.Append("    }\n}\n").ToString();
    }

    private static SyntheticFact? NextCountFact(SyntheticModel model, int index)
    {
        for (int step = 1; step < model.Facts.Count; step++)
        {
            SyntheticFact fact = model.Facts[(index + step) % model.Facts.Count];
            if (fact.Type == "count")
            {
                return fact;
            }
        }
        return null;
    }

    /// <summary>The C# type of a generated value member.</summary>
    public static string CSharpType(string valueType) => valueType switch
    {
        "count" or "year" => "int",
        "integer" => "long",
        "number" or "percent" => "double",
        "text" => "string",
        "boolean" => "bool",
        _ => "global::FactCatalog.FactDate",
    };
}
