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
    public void A_claim_shows_value_bound_unit_claimant_quote_and_short_citation()
    {
        string text = Tooltip(Member(Representative, "Demo.Facts+Deployment+TroopsInRussia", "Pentagon"));
        Assert.Contains("about 10,000 troops, claimed by the Pentagon.", text);
        Assert.Contains("\u201Cabout 10,000 North Korean troops are ready to be deployed\u201D", text);
        Assert.Contains("The Daily Example, 2024-11-07, report.txt line 2", text);
        Assert.Contains("As of 2024-10-28.", text);
    }

    [Fact]
    public void A_deprecated_claim_shows_why()
    {
        string text = Tooltip(Member(Representative, "Demo.Facts+Deployment+TroopsInRussia", "SouthKoreanIntelligence"));
        Assert.Contains("Deprecated: An early estimate, overtaken by later counts.", text);
    }

    [Fact]
    public void The_fact_shows_statement_status_and_every_claim()
    {
        string text = Tooltip(Representative.GetTypeByMetadataName("Demo.Facts+Deployment+TroopsInRussia")!);
        Assert.Contains("North Korean troops sent to Russia.", text);
        Assert.Contains("Resolved: the claims disagree; the catalogue prefers", text);
        Assert.Contains("12,000 troops, claimed by Ukrainian military intelligence.", text);
        Assert.Contains("3,000 troops, claimed by South Korean intelligence.", text);
        // The quote and its citation are on the claim's own member, not repeated on the class.
        Assert.DoesNotContain("\u201Ccounted 12,000 North Korean soldiers\u201D", text);
        Assert.Contains("\u201Ccounted 12,000 North Korean soldiers\u201D",
            Tooltip(Member(Representative, "Demo.Facts+Deployment+TroopsInRussia", "UkrainianIntelligence")));
    }

    [Fact]
    public void Value_shows_the_answering_claim_and_its_citation()
    {
        string text = Tooltip(Member(Representative, "Demo.Facts+Deployment+TroopsInRussia", "Value"));
        Assert.Contains("The value of the fact: about 10,000 troops, claimed by the Pentagon (Resolved", text);
        Assert.Contains("\u201Cabout 10,000 North Korean troops are ready to be deployed\u201D", text);
        Assert.Contains("The Daily Example, 2024-11-07, report.txt line 2", text);
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
            XDocument.Parse(xml!);
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

    private static XElement Xml(ISymbol symbol) => XDocument.Parse(symbol.GetDocumentationCommentXml() ?? string.Empty).Root!;

    /// <summary>The text a tooltip renders: element text with whitespace collapsed.</summary>
    private static string Tooltip(ISymbol symbol) => string.Join(" ", Xml(symbol).Value.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
}
