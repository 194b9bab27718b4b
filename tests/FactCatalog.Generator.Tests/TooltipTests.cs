using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// What an IDE shows on hover: the documentation XML of generated symbols, read the way an IDE reads it
/// (<see cref="ISymbol.GetDocumentationCommentXml"/>), must be well-formed and say who claims what, in which
/// words, where.
/// </summary>
public class TooltipTests
{
    private static readonly Compilation Representative = GeneratorHarness.Run(Catalogues.Representative()).Output;
    private static readonly Compilation Odd = GeneratorHarness.Run(Catalogues.OddNames()).Output;

    [Fact]
    public void A_claim_shows_statement_value_bound_unit_claimant_quote_and_short_citation()
    {
        string text = Tooltip(Member(Representative, "Demo.Facts+Deployment+TroopsInRussia", "Pentagon"));
        Assert.StartsWith("North Korean troops sent to Russia: about 10,000 troops, claimed by the Pentagon.", text);
        Assert.Contains("\u201Cabout 10,000 North Korean troops are ready to be deployed\u201D", text);
        Assert.Contains("The Daily Example, 2024-11-07, report.txt:2", text);
        Assert.Contains("As of 2024-10-28.", text);
    }

    [Fact]
    public void A_denial_a_non_answer_and_a_curators_note_read_as_such()
    {
        const string statements =
            "group: Statements\n" +
            "facts:\n" +
            "  treaty-in-force:\n" +
            "    statement: Is the treaty in force?\n" +
            "    type: boolean\n" +
            "    claims:\n" +
            "      minister:\n" +
            "        value: true\n" +
            "        claimant: the minister\n" +
            "        source: report\n" +
            "        quote: The minister confirmed the treaty is in force\n" +
            "        curator-note: The text does not name the minister.\n" +
            "      kim:\n" +
            "        value: false\n" +
            "        stance: denies\n" +
            "        claimant: Kim Jong Un\n" +
            "        source: report\n" +
            "        quote: Kim Jong Un hosted the summit\n" +
            "      pentagon:\n" +
            "        value: true\n" +
            "        stance: declines\n" +
            "        claimant: the Pentagon\n" +
            "        source: report\n" +
            "        quote: The Pentagon said\n";
        Compilation output = GeneratorHarness.Run(Catalogues.Representative().With("/project/facts/statements.facts.yaml", statements)).Output;
        const string type = "Demo.Facts+Statements+TreatyInForce";

        string minister = Tooltip(Member(output, type, "Minister"));
        Assert.StartsWith("Is the treaty in force? true, claimed by the minister.", minister);
        Assert.Contains("Curator's note: The text does not name the minister.", minister);
        Assert.StartsWith("Is the treaty in force? false, denied by Kim Jong Un.", Tooltip(Member(output, type, "Kim")));
        Assert.StartsWith("Is the treaty in force? true, neither confirmed nor denied by the Pentagon.", Tooltip(Member(output, type, "Pentagon")));
        Assert.DoesNotContain("Curator's note", Tooltip(Member(output, type, "Kim")));
    }

    [Fact]
    public void A_deprecated_claim_shows_why()
    {
        XElement doc = Xml(Member(Representative, "Demo.Facts+Deployment+TroopsInRussia", "SouthKoreanIntelligence"));
        // Said in the summary, right after the value, and once.
        string summary = Collapse(doc.Element("summary")!.Value);
        Assert.StartsWith("North Korean troops sent to Russia: 3,000 troops, claimed by South Korean intelligence. Deprecated: An early estimate, overtaken by later counts.", summary);
        Assert.Single(Occurrences(Tooltip(doc), "Deprecated"));
    }

    [Fact]
    public void The_fact_shows_statement_status_and_every_claim()
    {
        string text = Tooltip(Representative.GetTypeByMetadataName("Demo.Facts+Deployment+TroopsInRussia")!);
        Assert.StartsWith("North Korean troops sent to Russia. Resolved: the claims disagree; the catalogue prefers", text);
        // (A <see cref> renders as the member's name in an IDE; here, as nothing.)
        Assert.Contains(": about 10,000 troops, claimed by the Pentagon. \u201Cabout 10,000 North Korean troops are ready to be deployed\u201D, The Daily Example, 2024-11-07, report.txt:2", text);
        Assert.Contains(": 12,000 troops, claimed by Ukrainian military intelligence. \u201Ccounted 12,000 North Korean soldiers\u201D, The Daily Example, 2024-11-07, report.txt:3", text);
        Assert.Contains(" (deprecated): 3,000 troops, claimed by South Korean intelligence. \u201C3,000 troops had been sent\u201D", text);
    }

    [Fact]
    public void A_disputed_fact_says_so_and_lists_its_claims_once()
    {
        XElement doc = Xml(Representative.GetTypeByMetadataName("Demo.Facts+Deployment+TreatySigned")!);
        Assert.StartsWith("When the treaty was signed. Disputed: the claims disagree and none is preferred, so Value is a compile error", Tooltip(doc));
        Assert.Equal(new[] { "F:Demo.Facts.Deployment.TreatySigned.June", "F:Demo.Facts.Deployment.TreatySigned.July" },
            doc.Descendants("see").Select(e => (string)e.Attribute("cref")!));
    }

    [Fact]
    public void Value_shows_the_answering_claim_and_its_citation()
    {
        string text = Tooltip(Member(Representative, "Demo.Facts+Deployment+TroopsInRussia", "Value"));
        Assert.StartsWith("North Korean troops sent to Russia: about 10,000 troops, claimed by the Pentagon (Resolved", text);
        Assert.Contains("\u201Cabout 10,000 North Korean troops are ready to be deployed\u201D", text);
        Assert.Contains("The Daily Example, 2024-11-07, report.txt:2", text);
    }

    [Fact]
    public void A_disputed_Value_says_which_claims_to_choose_from()
    {
        XElement doc = Xml(Member(Representative, "Demo.Facts+Deployment+TreatySigned", "Value"));
        Assert.Contains("none is preferred", doc.Value);
        Assert.Equal(new[] { "F:Demo.Facts.Deployment.TreatySigned.June", "F:Demo.Facts.Deployment.TreatySigned.July" },
            doc.Descendants("see").Select(e => (string)e.Attribute("cref")!));
    }

    [Fact]
    public void A_source_shows_title_outlet_author_and_date()
    {
        string text = Tooltip(Member(Representative, "Demo.Sources", "Report"));
        Assert.Contains("North Korean troops in Russia", text);
        Assert.Contains("The Daily Example, by Jane Doe, 2024-11-07", text);
        Assert.Contains("A machine translation", Tooltip(Member(Representative, "Demo.Sources", "Translated")));
    }

    [Fact]
    public void Hostile_text_is_escaped_so_the_XML_is_well_formed_and_reads_as_written()
    {
        INamedTypeSymbol fact = Odd.GetTypeByMetadataName("Catalogue+System+_2024SummitHost")!;
        string text = Tooltip(fact);
        Assert.Contains("Escaping: A < B && C > D, */ /* \\ \"double\" 'single' </summary> <see cref=\"x\"/> next tab end", text);
        Assert.Contains("\\u202E", text);
        Assert.DoesNotContain("\u202E", text);
        string claim = Tooltip(Member(Odd, "Catalogue+System+_2024SummitHost", "Größe"));
        Assert.Contains("claimed by He (\"the man\") & co", claim);
        Assert.Contains("\u201C\"A < B && C > D\" holds, with */ and \\ and 'quotes' and </summary> too\u201D", claim);
    }

    [Theory]
    [InlineData("Representative")]
    [InlineData("OddNames")]
    public void Every_public_generated_symbol_has_well_formed_docs(string catalogue)
    {
        Compilation compilation = catalogue == "OddNames" ? Odd : Representative;
        var symbols = new List<ISymbol>();
        Collect(compilation.Assembly.GlobalNamespace, symbols);
        Assert.NotEmpty(symbols);
        foreach (ISymbol symbol in symbols)
        {
            string? xml = symbol.GetDocumentationCommentXml();
            Assert.False(string.IsNullOrWhiteSpace(xml), "No docs on " + symbol.ToDisplayString());
            XElement doc = XDocument.Parse(xml!).Root!;
            // A tooltip starts with text: a leading <para> would render as a blank first line.
            foreach (XElement block in doc.Elements().Where(e => e.Name == "summary" || e.Name == "remarks"))
            {
                XNode? first = block.Nodes().FirstOrDefault(n => n is not XText text || !string.IsNullOrWhiteSpace(text.Value));
                Assert.False(first is XElement { Name.LocalName: "para" }, "Blank first line in the docs of " + symbol.ToDisplayString());
            }
            // No quote twice on one member.
            foreach (string quote in Quotes(compilation))
            {
                Assert.True(Occurrences(Tooltip(doc), quote).Count <= 1, $"{symbol.ToDisplayString()} shows {quote} twice");
            }
        }
    }

    private static void Collect(INamespaceOrTypeSymbol container, List<ISymbol> symbols)
    {
        foreach (ISymbol member in container.GetMembers())
        {
            if (member.DeclaredAccessibility != Accessibility.Public && member is not INamespaceSymbol || member.IsImplicitlyDeclared)
            {
                continue;
            }
            if (member is not INamespaceSymbol && member is not IMethodSymbol { AssociatedSymbol: not null })
            {
                symbols.Add(member);
            }
            if (member is INamespaceOrTypeSymbol nested)
            {
                Collect(nested, symbols);
            }
        }
    }

    private static ISymbol Member(Compilation compilation, string type, string name) =>
        compilation.GetTypeByMetadataName(type)!.GetMembers(name).Single();

    /// <summary>Every quote the claims' docs show (a paragraph of its own), in their typographic quotes.</summary>
    private static IEnumerable<string> Quotes(Compilation compilation) =>
        System.Text.RegularExpressions.Regex.Matches(
                string.Join("\n", compilation.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)).Select(t => t.ToString())),
                "<para>(\u201C[^\u201D]*\u201D)</para>")
            .Select(m => Collapse(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)))
            .Distinct();

    private static List<int> Occurrences(string text, string part)
    {
        var found = new List<int>();
        for (int at = text.IndexOf(part, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, System.StringComparison.Ordinal))
        {
            found.Add(at);
        }
        return found;
    }

    private static string Collapse(string text) => string.Join(" ", text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));

    private static XElement Xml(ISymbol symbol) => XDocument.Parse(symbol.GetDocumentationCommentXml() ?? string.Empty).Root!;

    /// <summary>The text a tooltip renders: element text with whitespace collapsed.</summary>
    private static string Tooltip(ISymbol symbol) => Tooltip(Xml(symbol));

    private static string Tooltip(XElement doc) => Collapse(doc.Value);
}
