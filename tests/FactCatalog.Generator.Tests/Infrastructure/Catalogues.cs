using System.Collections.Generic;

namespace FactCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Small catalogues that between them show every shape the generator must handle: consistent, resolved,
/// disputed and unsupported facts, deprecated claims, every value type, odd names and hostile text.
/// </summary>
internal static class Catalogues
{
    public const string FactsDir = "/project/facts/";
    public const string SourcesPath = "/project/facts/sources.yaml";
    public const string ReportPath = "/project/seeds/report.txt";
    public const string TranslationPath = "/project/seeds/translation.txt";
    public const string DeploymentPath = "/project/facts/deployment.facts.yaml";
    public const string ValuesPath = "/project/facts/values.facts.yaml";
    public const string OddPath = "/project/facts/odd.facts.yaml";

    public static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string>
    {
        ["RootNamespace"] = "Demo",
        ["ProjectDir"] = GeneratorHarness.ProjectDir,
    };

    public const string Report =
        "North Korean troops in Russia\n" +
        "The Pentagon said about 10,000 North Korean troops are ready to be deployed in the war zone.\n" +
        "Ukrainian military intelligence counted 12,000 North Korean soldiers, including 500 officers and three generals.\n" +
        "South Korean intelligence said 3,000 troops had been sent.\n" +
        "The treaty was signed on 19 June 2024 in Pyongyang.\n" +
        "Another report said the treaty was signed on 26 July 2024.\n" +
        "Kim Jong Un hosted the summit in 2024.\n" +
        "Growth was 6.5 per cent, and 45% of the budget went to defence.\n" +
        "The budget was 1,234,567,890,123 won, approved in June 2024.\n" +
        "The minister confirmed the treaty is in force.\n" +
        "He said \"A < B && C > D\" holds, with */ and \\ and 'quotes' and </summary> too.\n";

    public const string Translation =
        "A machine translation.\n" +
        "The agreement covers 4 bases.\n";

    public const string Sources =
        "sources:\n" +
        "  report:\n" +
        "    file: report.txt\n" +
        "    type: article-newspaper\n" +
        "    title: North Korean troops in Russia\n" +
        "    container-title: The Daily Example\n" +
        "    author: [Jane Doe]\n" +
        "    issued: 2024-11-07\n" +
        "    language: en\n" +
        "  translated-report:\n" +
        "    file: translation.txt\n" +
        "    name: Translated\n" +
        "    type: webpage\n" +
        "    publisher: Example Media\n" +
        "    author: []\n" +
        "    language: en\n" +
        "    translation: machine\n" +
        "    original-publisher: Original Outlet\n" +
        "    original-date: 2024-11\n" +
        "    note: Translated by machine; \"quotes\" & <tags> kept.\n";

    /// <summary>Resolved with a deprecated claim, consistent, disputed, and unsupported.</summary>
    public const string Deployment =
        "group: Deployment\n" +
        "facts:\n" +
        "  troops-in-russia:\n" +
        "    statement: North Korean troops sent to Russia.\n" +
        "    type: count\n" +
        "    unit: troops\n" +
        "    tags: [north-korea, troops]\n" +
        "    preferred: pentagon\n" +
        "    claims:\n" +
        "      pentagon:\n" +
        "        value: 10000\n" +
        "        bound: about\n" +
        "        claimant: the Pentagon\n" +
        "        source: report\n" +
        "        quote: about 10,000 North Korean troops are ready to be deployed\n" +
        "        as-of: \"2024-10-28\"\n" +
        "      ukrainian-intelligence:\n" +
        "        value: 12000\n" +
        "        claimant: Ukrainian military intelligence\n" +
        "        source: report\n" +
        "        quote: counted 12,000 North Korean soldiers\n" +
        "        as-of: \"2024-10-28\"\n" +
        "      south-korean-intelligence:\n" +
        "        value: 3000\n" +
        "        claimant: South Korean intelligence\n" +
        "        source: report\n" +
        "        quote: 3,000 troops had been sent\n" +
        "        rank: deprecated\n" +
        "        reason: An early estimate, overtaken by later counts.\n" +
        "  officers-in-russia:\n" +
        "    statement: North Korean officers in Russia.\n" +
        "    type: count\n" +
        "    unit: officers\n" +
        "    tags: [troops]\n" +
        "    claims:\n" +
        "      ukrainian-intelligence:\n" +
        "        value: 500\n" +
        "        claimant: Ukrainian military intelligence\n" +
        "        source: report\n" +
        "        quote: including 500 officers\n" +
        "  treaty-signed:\n" +
        "    statement: When the treaty was signed.\n" +
        "    type: date\n" +
        "    tags: [treaty]\n" +
        "    claims:\n" +
        "      june:\n" +
        "        value: 2024-06-19\n" +
        "        claimant: the report\n" +
        "        source: report\n" +
        "        quote: signed on 19 June 2024\n" +
        "      july:\n" +
        "        value: 2024-07-26\n" +
        "        claimant: another report\n" +
        "        source: report\n" +
        "        quote: signed on 26 July 2024\n" +
        "  generals-in-russia:\n" +
        "    statement: North Korean generals in Russia.\n" +
        "    type: count\n" +
        "    unit: generals\n" +
        "    claims:\n" +
        "      ukrainian-intelligence:\n" +
        "        value: 3\n" +
        "        claimant: Ukrainian military intelligence\n" +
        "        source: report\n" +
        "        quote: three generals\n" +
        "        rank: deprecated\n" +
        "        reason: No other source confirms it.\n";

    /// <summary>One fact per value type.</summary>
    public const string Values =
        "group: Values\n" +
        "facts:\n" +
        "  budget-won:\n" +
        "    statement: The budget in won.\n" +
        "    type: integer\n" +
        "    unit: won\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: 1234567890123\n" +
        "        claimant: the report\n" +
        "        source: report\n" +
        "        quote: The budget was 1,234,567,890,123 won\n" +
        "  growth:\n" +
        "    statement: Growth.\n" +
        "    type: number\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: 6.5\n" +
        "        claimant: the report\n" +
        "        source: report\n" +
        "        quote: Growth was 6.5 per cent\n" +
        "  defence-share:\n" +
        "    statement: Share of the budget that went to defence.\n" +
        "    type: percent\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: 45\n" +
        "        claimant: the report\n" +
        "        source: report\n" +
        "        quote: 45% of the budget went to defence\n" +
        "  budget-approved:\n" +
        "    statement: When the budget was approved.\n" +
        "    type: date\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: 2024-06\n" +
        "        claimant: the report\n" +
        "        source: report\n" +
        "        quote: approved in June 2024\n" +
        "  summit-year:\n" +
        "    statement: The year of the summit.\n" +
        "    type: year\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: 2024\n" +
        "        claimant: the report\n" +
        "        source: report\n" +
        "        quote: hosted the summit in 2024\n" +
        "  summit-host:\n" +
        "    statement: Who hosted the summit.\n" +
        "    type: text\n" +
        "    claims:\n" +
        "      report:\n" +
        "        value: Kim Jong Un\n" +
        "        claimant: the report\n" +
        "        source: report\n" +
        "        quote: Kim Jong Un hosted the summit\n" +
        "  treaty-in-force:\n" +
        "    statement: Whether the treaty is in force.\n" +
        "    type: boolean\n" +
        "    claims:\n" +
        "      minister:\n" +
        "        value: true\n" +
        "        claimant: the minister\n" +
        "        source: report\n" +
        "        quote: The minister confirmed the treaty is in force\n" +
        "  training-bases:\n" +
        "    statement: Training bases the agreement covers.\n" +
        "    type: count\n" +
        "    unit: bases\n" +
        "    claims:\n" +
        "      translation:\n" +
        "        value: 4\n" +
        "        claimant: the translated report\n" +
        "        source: translated-report\n" +
        "        quote: The agreement covers 4 bases\n";

    /// <summary>
    /// Names the generator must write carefully (a lower-case group, a group called System, a leading digit,
    /// non-ASCII) and text that must be escaped in literals and doc comments.
    /// </summary>
    public const string Odd =
        "group: System\n" +
        "facts:\n" +
        "  2024-summit-host:\n" +
        "    statement: \"Escaping: A < B && C > D, */ /* \\\\ \\\"double\\\" 'single' </summary> <see cref=\\\"x\\\"/>\\u2028next\\ttab\\u0085end\"\n" +
        "    type: text\n" +
        "    unit: \"&amp;\"\n" +
        "    tags: [\"<tag>\", \"a&b\"]\n" +
        "    note: \"Note with \\\\ backslash and \\\"quotes\\\" and \u202E bidi\"\n" +
        "    claims:\n" +
        "      report:\n" +
        "        name: Größe\n" +
        "        value: 'A < B && C > D'\n" +
        "        claimant: 'He (\"the man\") & co'\n" +
        "        source: report\n" +
        "        quote: '\"A < B && C > D\" holds, with */ and \\ and ''quotes'' and </summary> too'\n" +
        "  value-like:\n" +
        "    name: lowercase\n" +
        "    statement: A fact with a lower-case class name.\n" +
        "    claims:\n" +
        "      value2:\n" +
        "        value: 500\n" +
        "        claimant: Ukrainian military intelligence\n" +
        "        source: report\n" +
        "        quote: including 500 officers\n";

    /// <summary>Every file of the representative catalogue (Deployment and Values groups).</summary>
    /// <summary>
    /// A tab and an unclosed quote in two facts (each costs its fact), a document saved as Latin-1, fact files in a folder
    /// named <c>Facts</c> and a sources file named <c>Sources.yml</c> beside the real one.
    /// </summary>
    public static CatalogueInput NewcomerMistakes()
    {
        CatalogueInput input = Representative();
        string deployment = System.Linq.Enumerable.Single(input.Files, f => f.Path == DeploymentPath).Text
            .Replace("        claimant: Ukrainian military intelligence\n        source: report\n        quote: including 500 officers\n",
                "\tclaimant: Ukrainian military intelligence\n        source: report\n        quote: including 500 officers\n", System.StringComparison.Ordinal)
            .Replace("quote: three generals", "quote: \"three generals", System.StringComparison.Ordinal);
        return input.With(DeploymentPath, deployment)
            .With(TranslationPath, "A machine translation.\nThe agreement covers 4 bases, caf\uFFFD.\n")
            .With("/project/Facts/moved.facts.yaml", "facts: {}\n")
            .With("/project/facts/Sources.yml", "sources: {}\n");
    }

    public static CatalogueInput Representative() => new(
        new List<(string, string)>
        {
            (DeploymentPath, Deployment),
            (ValuesPath, Values),
            (SourcesPath, Sources),
            (ReportPath, Report),
            (TranslationPath, Translation),
        },
        Properties);

    /// <summary>The odd-names catalogue, in the global namespace and with another class name.</summary>
    public static CatalogueInput OddNames() => new(
        new List<(string, string)>
        {
            (OddPath, Odd),
            (SourcesPath, Sources),
            (ReportPath, Report),
            (TranslationPath, Translation),
        },
        new Dictionary<string, string> { ["ProjectDir"] = GeneratorHarness.ProjectDir, ["FactCatalogClassName"] = "Catalogue" });
}
