using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Syntax;
using Microsoft.CodeAnalysis;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;

/// <summary>
/// FC0001 for the YAML mistakes newcomers make, each at the character to fix and in the catalogue's words, and the
/// recovery that keeps every fact whose entry is still readable.
/// </summary>
public class YamlErrorTests
{
    /// <summary>A fact of ten lines; in <see cref="Broken"/> it is the first of three (lines 3-12), the claimant on line 10.</summary>
    private static string Fact(string id) =>
        $"  {id}:\n    statement: Troops sent.\n    type: count\n    claims:\n" + CatalogueFixture.PentagonClaim;

    /// <summary>Three facts; <paramref name="edit"/> changes the middle one (lines 13-22: claimant on line 20, quote on line 22).</summary>
    private static string Broken(System.Func<string, string> edit) => Facts(Fact("first") + edit(Fact("second")) + Fact("third"));

    private static DiagnosticInfo OnlyError(CatalogueResult result, int line, int column)
    {
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, line, column);
        Assert.True(result.Diagnostics.Count == 1, "Expected only the FC0001:\n" + Describe(result));
        Assert.DoesNotContain("YAML:", d.GetMessage());
        return d;
    }

    private static string[] FactIds(CatalogueResult result) =>
        result.Model.Groups.SelectMany(g => g.Facts).Select(f => f.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Tab_indenting_the_first_fact_is_reported_at_the_tab_not_at_the_start_of_the_file()
    {
        CatalogueResult result = Run("group: Test\nfacts:\n\ttroops:\n    statement: x\n");
        DiagnosticInfo d = OnlyError(result, 3, 1);
        Assert.Equal("Line 3 is indented with a tab; YAML indents with spaces only: replace the tab with spaces", d.GetMessage());
    }

    [Fact]
    public void Tab_on_line_20_is_reported_on_line_20_and_costs_its_fact_only()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("        claimant", "\tclaimant")));
        DiagnosticInfo d = OnlyError(result, 20, 1);
        Assert.StartsWith("Line 20 is indented with a tab", d.GetMessage());
        Assert.Equal(new[] { "first", "third" }, FactIds(result));
    }

    [Fact]
    public void Tab_after_spaces_is_reported_at_the_tab()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("        claimant", "    \t    claimant")));
        OnlyError(result, 20, 5);
    }

    [Fact]
    public void Line_indented_more_than_its_neighbour_names_the_indentation_it_needs()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("        claimant", "         claimant")));
        DiagnosticInfo d = OnlyError(result, 20, 10);
        Assert.Equal("Line 20 is indented 9 spaces, more than line 19 above it, which has its value already; indent it 8 spaces to line up with 'bound'", d.GetMessage());
        Assert.Equal(new[] { "first", "third" }, FactIds(result));
    }

    [Fact]
    public void Line_indented_less_than_its_neighbour_names_the_indentation_it_needs()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("        claimant", "       claimant")));
        DiagnosticInfo d = OnlyError(result, 20, 8);
        Assert.Equal("Line 20 is indented 7 spaces, which lines up with no key above it: indent it 8 spaces to line up with 'bound' on line 19", d.GetMessage());
        Assert.Equal(new[] { "first", "third" }, FactIds(result));
    }

    [Theory]
    [InlineData('"', "end it with \" on this line (a \" inside it is written \\\")")]
    [InlineData('\'', "end it with ' on this line (a ' inside it is written '')")]
    public void Unclosed_quote_is_reported_at_its_opening_quote(char quote, string advice)
    {
        CatalogueResult result = Run(Broken(f => f.Replace("quote: about", "quote: " + quote + "about")));
        DiagnosticInfo d = OnlyError(result, 22, 16);
        Assert.Equal("The quoted value that starts here is never closed; " + advice, d.GetMessage());
        Assert.Equal(new[] { "first", "third" }, FactIds(result));
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_where_it_starts()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("quote: about 10,000 North Korean troops", "quote: \"about 10,000\" North Korean troops")));
        DiagnosticInfo d = OnlyError(result, 22, 31);
        Assert.StartsWith("Text follows the closing quote", d.GetMessage());
    }

    [Fact]
    public void Unknown_escape_is_reported_at_its_backslash()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("quote: about", "quote: \"ab\\qout\"")));
        DiagnosticInfo d = OnlyError(result, 22, 19);
        Assert.StartsWith("'\\q' is not an escape YAML knows in double quotes", d.GetMessage());
    }

    [Fact]
    public void Stray_colon_in_a_value_is_reported_at_the_colon()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("claimant: the Pentagon", "claimant: the Pentagon: spokesman")));
        DiagnosticInfo d = OnlyError(result, 20, 31);
        Assert.Equal("This value holds ': ', which YAML reads as the start of another key; put the whole value in quotes", d.GetMessage());
        Assert.Equal(new[] { "first", "third" }, FactIds(result));
    }

    [Fact]
    public void Missing_space_after_a_colon_is_reported_at_the_colon()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("claimant: the", "claimant:the")));
        DiagnosticInfo d = OnlyError(result, 20, 17);
        Assert.Equal("'claimant' needs a space after its colon to be a key; write 'claimant: the Pentagon'", d.GetMessage());
    }

    [Fact]
    public void List_item_among_keys_is_reported_at_the_dash()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("        claimant", "        - claimant")));
        DiagnosticInfo d = OnlyError(result, 20, 9);
        Assert.Equal("A list item ('- ') where a 'key: value' line is expected; remove the '- '", d.GetMessage());
    }

    [Fact]
    public void Value_starting_with_a_reserved_character_is_reported_at_it()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("claimant: the", "claimant: @the")));
        DiagnosticInfo d = OnlyError(result, 20, 19);
        Assert.Equal("A value cannot start with '@' unquoted; put the value in quotes", d.GetMessage());
    }

    [Fact]
    public void Unclosed_flow_list_is_reported_at_its_bracket()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("claimant: the Pentagon", "claimant: [the Pentagon")));
        DiagnosticInfo d = OnlyError(result, 20, 19);
        Assert.Equal("The list opened with '[' here is never closed; end it with ']' on this line", d.GetMessage());
    }

    [Fact]
    public void Duplicate_key_points_at_both_and_keeps_the_fact()
    {
        CatalogueResult result = Run(Broken(f => f + "        quote: again\n"));
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 23, 9);
        Assert.Contains("(22,9)", d.GetMessage());
        Assert.Equal(new[] { "first", "second", "third" }, FactIds(result));
    }

    [Fact]
    public void Every_broken_fact_is_reported_at_its_own_place_and_the_rest_is_kept()
    {
        string text = Facts(Fact("first").Replace("        claimant", "\tclaimant") + Fact("second") + Fact("third").Replace("quote: about", "quote: 'about"));
        CatalogueResult result = Run(text);
        Assert.Equal(new[] { (10, 1), (32, 16) }, result.Diagnostics.Select(d => (d.Location.Line, d.Location.Column)).ToArray());
        Assert.All(result.Diagnostics, d => Assert.Equal("FC0001", d.Id));
        Assert.Equal(new[] { "second" }, FactIds(result));
    }

    [Fact]
    public void Forbidden_character_costs_its_fact_only()
    {
        CatalogueResult result = Run(Broken(f => f.Replace("the Pentagon", "the Penta\u0001gon")));
        DiagnosticInfo d = OnlyError(result, 20, 28);
        Assert.Contains("U+0001", d.GetMessage());
        Assert.Equal(new[] { "first", "third" }, FactIds(result));
    }

    [Fact]
    public void Kept_facts_are_checked_and_located_as_in_the_real_text()
    {
        string third = Fact("third").Replace("about 10,000 North", "about 10,000 South");
        CatalogueResult result = Run(Facts(Fact("first") + Fact("second").Replace("quote: about", "quote: \"about") + third));
        Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 22, 16);
        Single(result, "FC0007", DiagnosticSeverity.Error, FactPath, 32, 16);
        Assert.Equal(new[] { "first", "third" }, FactIds(result));
    }

    [Fact]
    public void Error_in_the_header_still_costs_the_file()
    {
        CatalogueResult result = Run("group: \"Test\nfacts:\n" + Fact("first"));
        Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 1, 8);
        Assert.Empty(FactIds(result));
    }

    [Fact]
    public void When_every_fact_is_broken_only_the_errors_are_reported()
    {
        CatalogueResult result = Run(Facts(Fact("first").Replace("quote: about", "quote: 'about")));
        OnlyError(result, 12, 16);
    }

    [Theory]
    [InlineData("        claimant", "\tclaimant")]
    [InlineData("        claimant", "         claimant")]
    [InlineData("        claimant", "       claimant")]
    [InlineData("quote: about", "quote: \"about")]
    [InlineData("claimant: the", "claimant:the")]
    [InlineData("claimant: the Pentagon", "claimant: the Pentagon: spokesman")]
    public void Line_endings_change_nothing(string find, string replace)
    {
        string text = Broken(f => f.Replace(find, replace));
        CatalogueResult lf = Run(text);
        CatalogueResult crlf = Run(text.Replace("\n", "\r\n"));
        Assert.Equal(lf.Diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.GetMessage())), crlf.Diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.GetMessage())));
        Assert.Equal(FactIds(lf), FactIds(crlf));
        Assert.Equal(new[] { "first", "third" }, FactIds(crlf));
    }

    [Fact]
    public void Syntax_error_in_one_source_costs_that_source_only_and_its_claims_are_not_FC0005()
    {
        string sources = "sources:\n  broken:\n    file: other.txt\n    title: \"Unclosed\n  report:\n    file: report.txt\n";
        string claims = Fact("first") + Fact("second").Replace("source: report", "source: broken");
        CatalogueResult result = Run(Facts(claims), sources);
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, SourcesPath, 4, 12);
        Assert.StartsWith("The quoted value that starts here is never closed", d.GetMessage());
        Assert.True(result.Diagnostics.Count == 1, Describe(result));
        // The claim citing the readable source is checked and cited as usual.
        Assert.NotNull(result.Model.Groups.SelectMany(g => g.Facts).Single(f => f.Id == "first").Claims.Single().Citation);
        Assert.Equal(new[] { "report" }, result.Model.Sources.Select(s => s.Id).ToArray());
    }

    [Fact]
    public void Entries_run_from_a_key_line_to_the_next_and_end_at_the_left_margin()
    {
        string text = "group: T\nfacts:\n  # note\n  a:\n    x: 1\n\n  b:\n\t  y: 2\n# end\nother: 1\n";
        var entries = EntryRecovery.Entries(text, "facts");
        Assert.Equal(new[] { "  a:\n    x: 1\n\n", "  b:\n\t  y: 2\n# end\n" }, entries.Select(e => text.Substring(e.Start, e.End - e.Start)).ToArray());
        Assert.Empty(EntryRecovery.Entries("facts: {}\n", "facts"));
        Assert.Empty(EntryRecovery.Entries("facts:\n\ta:\n", "facts"));
    }
}
