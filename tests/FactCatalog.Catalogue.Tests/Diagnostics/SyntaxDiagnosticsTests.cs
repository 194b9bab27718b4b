using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;

/// <summary>FC0001 (unreadable YAML), FC0002 (missing or invalid entries) and FC0003 (unknown keys).</summary>
public class SyntaxDiagnosticsTests
{
    [Fact]
    public void FC0001_syntax_error_is_reported_where_the_parser_stopped()
    {
        CatalogueResult result = Run("group: Test\nfacts:\n  troops: [one, two\n  other: x\n");
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 3, 15);
        Assert.StartsWith("Invalid YAML after this point", d.GetMessage());
    }

    [Fact]
    public void FC0001_scanner_error_carries_its_position_without_the_readers_prefix()
    {
        CatalogueResult result = Run("group: Test\nfacts:\n  troops: \"unterminated\n");
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 3, 11);
        Assert.StartsWith("The quoted value that starts here is never closed", d.GetMessage());
        Assert.DoesNotContain("(Line:", d.GetMessage());
    }

    [Fact]
    public void FC0001_control_character_is_reported_at_the_character()
    {
        CatalogueResult result = Run("group: Test\nfacts:\n  tro\0ops: x\n");
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 3, 6);
        Assert.Contains("U+0000", d.GetMessage());
    }

    [Fact]
    public void FC0001_invalid_utf8_decoded_as_replacement_character_is_reported()
    {
        CatalogueResult result = Run("group: Test\nfacts:\n  caf\uFFFD: x\n");
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 3, 6);
        Assert.Contains("not valid UTF-8", d.GetMessage());
    }

    [Fact]
    public void FC0001_lone_surrogate_is_reported()
    {
        CatalogueResult result = Run("group: Test\nfacts:\n  x: \uD800y\n");
        Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 3, 6);
    }

    [Fact]
    public void FC0001_nesting_past_the_limit_stops_at_the_first_level_too_deep()
    {
        CatalogueResult result = Run(new string('[', 10_000) + new string(']', 10_000));
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 1, 65);
        Assert.Contains("deeper than 64", d.GetMessage());
    }

    [Fact]
    public void FC0001_scalar_past_the_limit_is_refused()
    {
        CatalogueResult result = Run("group: Test\nfacts:\n  x: " + new string('a', 10_000_000) + "\n");
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 3, 6);
        Assert.Contains("longer than the limit", d.GetMessage());
    }

    [Fact]
    public void FC0001_repeated_key_points_at_both()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + "        quote: again\n"));
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 13, 9);
        Assert.Contains("(12,9)", d.GetMessage());
        Assert.Equal(12, d.AdditionalLocations.Single().Line);
    }

    [Fact]
    public void FC0001_second_document_is_refused()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim) + "---\nfacts: {}\n");
        Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 13, 1);
    }

    [Fact]
    public void FC0001_alias_to_an_undefined_anchor_is_reported()
    {
        CatalogueResult result = Run("group: Test\nfacts: *missing\n");
        DiagnosticInfo d = Single(result, "FC0001", DiagnosticSeverity.Error, FactPath, 2, 8);
        Assert.Equal("The alias '*missing' names no anchor defined before it; define '&missing' first", d.GetMessage());
    }

    [Fact]
    public void Alias_expansion_bomb_stops_at_the_alias_that_passes_the_expansion_budget()
    {
        var yaml = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 30; i++)
        {
            yaml.Append($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n");
        }
        yaml.Append("group: Test\nfacts:\n  bomb:\n    statement: s\n    tags: *a30\n    claims: {}\n");
        CatalogueResult result = Run(yaml.ToString());
        // Expanded, 'tags' would hold 10^30 scalars. Counted by what they expand to, the aliases of a1 add 110 nodes,
        // of a2 1,110, of a3 11,110, and each of a4's 11,111: its 8th brings the sum to 101,218, past 100,000. The file
        // is not read further.
        DiagnosticInfo d = Single(result, "FC0017", DiagnosticSeverity.Error, FactPath, 5, 45);
        Assert.Equal("The aliases of this file add at least 101,218 YAML nodes when expanded, more than the limit MaxAliasExpandedNodes of 100,000; "
            + "write the repeated parts out instead of aliasing them, or split the file", d.GetMessage());
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Valid_file_has_no_FC0001_FC0002_FC0003()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim));
        None(result, "FC0001");
        None(result, "FC0002");
        None(result, "FC0003");
    }

    [Fact]
    public void FC0002_missing_required_key_is_reported_at_its_mapping()
    {
        string claim = PentagonClaim.Replace("        quote: about 10,000 North Korean troops\n", "");
        CatalogueResult result = Run(OneFact(claim));
        DiagnosticInfo d = Single(result, "FC0002", DiagnosticSeverity.Error, FactPath, 8, 9);
        Assert.Equal("Claim 'pentagon' of fact 'troops' has no 'quote'; add 'quote: ...'", d.GetMessage());
    }

    [Fact]
    public void FC0002_value_not_valid_for_its_type_is_reported_at_the_value()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("value: 10000", "value: 10,000")));
        DiagnosticInfo d = Single(result, "FC0002", DiagnosticSeverity.Error, FactPath, 8, 16);
        Assert.Contains("digits only (10000, not 10,000)", d.GetMessage());
    }

    [Theory]
    [InlineData("count", "-1", "out of range")]
    [InlineData("count", "2147483648", "out of range")]
    [InlineData("integer", "99999999999999999999", "out of range")]
    [InlineData("number", "1e400", "finite")]
    [InlineData("percent", "50%", "no % sign")]
    [InlineData("date", "2024-02-30", "real calendar date")]
    [InlineData("boolean", "yes", "true or false")]
    public void FC0002_values_outside_their_type(string type, string value, string expected)
    {
        string claim = PentagonClaim.Replace("value: 10000", "value: " + value);
        CatalogueResult result = Run(OneFact(claim).Replace("type: count", "type: " + type));
        DiagnosticInfo d = Single(result, "FC0002", DiagnosticSeverity.Error, FactPath, 8, 16);
        Assert.Contains(expected, d.GetMessage());
    }

    [Fact]
    public void FC0002_wrong_kind_of_node_is_reported_at_the_node()
    {
        CatalogueResult result = Run(Facts("  troops:\n    statement: s\n    claims: [a, b]\n"));
        DiagnosticInfo d = Single(result, "FC0002", DiagnosticSeverity.Error, FactPath, 5, 13);
        Assert.Contains("must be a mapping", d.GetMessage());
    }

    [Fact]
    public void FC0002_unknown_type_word_suggests_the_closest()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim).Replace("type: count", "type: cont"));
        DiagnosticInfo d = Single(result, "FC0002", DiagnosticSeverity.Error, FactPath, 5, 11);
        Assert.Contains("did you mean 'count'?", d.GetMessage());
    }

    [Fact]
    public void FC0002_empty_file()
    {
        Single(Run(""), "FC0002", DiagnosticSeverity.Error, FactPath, 1, 1);
    }

    [Fact]
    public void FC0003_unknown_key_is_a_warning_with_the_closest_known_key()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim + "        sufix: deployed\n"));
        DiagnosticInfo d = Single(result, "FC0003", DiagnosticSeverity.Warning, FactPath, 13, 9);
        Assert.Equal("Unknown key 'sufix' in claim 'pentagon' of fact 'troops' is ignored; did you mean 'suffix'?", d.GetMessage());
    }

    [Fact]
    public void FC0003_unknown_key_with_nothing_close_has_no_suggestion()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim, factExtra: "    colour: blue\n"));
        DiagnosticInfo d = Single(result, "FC0003", DiagnosticSeverity.Warning, FactPath, 6, 5);
        Assert.Equal("Unknown key 'colour' in fact 'troops' is ignored", d.GetMessage());
    }
}
