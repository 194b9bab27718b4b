using FactCatalog.Catalogue.Model;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;


/// <summary>FC0005 (unknown source), FC0006 (missing document), FC0007/FC0008 (quotes), FC0011 (hidden characters), FC0021 (no sources file) and FC0022 (a document that is not UTF-8).</summary>
public class SourceDiagnosticsTests
{
    [Fact]
    public void FC0005_unknown_source_suggests_the_closest()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("source: report", "source: reprot")));
        DiagnosticInfo d = Single(result, "FC0005", DiagnosticSeverity.Error, FactPath, 11, 17);
        Assert.Equal("Claim 'pentagon' names source 'reprot', which the sources file does not define; did you mean 'report'?", d.GetMessage());
    }

    [Fact]
    public void FC0006_document_not_among_additional_files()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim), document: null);
        DiagnosticInfo d = Single(result, "FC0006", DiagnosticSeverity.Error, SourcesPath, 3, 11);
        Assert.Contains("expected '/repo/seeds/report.txt'", d.GetMessage());
        None(result, "FC0007");
    }

    [Fact]
    public void FC0006_honours_the_sources_directory_option()
    {
        var options = new CatalogueOptions(FactsDir, SourcesDirectory: "/elsewhere");
        CatalogueResult result = Run(OneFact(PentagonClaim), options: options);
        Single(result, "FC0006", DiagnosticSeverity.Error, SourcesPath, 3, 11);
    }

    [Fact]
    public void No_FC0005_FC0006_FC0007_FC0008_for_a_found_quote()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim));
        foreach (string id in new[] { "FC0005", "FC0006", "FC0007", "FC0008" }) None(result, id);
    }

    [Fact]
    public void FC0007_quote_not_found_shows_the_closest_passage()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("10,000 North Korean troops", "10,000 North Korean troop")
            .Replace("quote: about", "quote: said abuot")));
        DiagnosticInfo d = Single(result, "FC0007", DiagnosticSeverity.Error, FactPath, 12, 16);
        Assert.Matches(@"^Quote of claim 'pentagon' is not found in source 'report'; the closest passage \(\d+% similar\) is at line 1, column \d+: "".*about 10,000 North Korean troop.*""; copy the words exactly as the source writes them$", d.GetMessage());
        ResolvedClaim claim = result.Model.Groups.Single().Facts.Single().Claims.Single();
        Assert.Null(claim.Citation);
        Assert.Equal(FactStatus.Unsupported, result.Model.Groups.Single().Facts.Single().Status);
    }

    [Fact]
    public void FC0007_for_a_quote_that_differs_only_in_letter_case_says_so()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("quote: about 10,000 North Korean troops", "quote: about 10,000 north korean Troops")));
        DiagnosticInfo d = Single(result, "FC0007", DiagnosticSeverity.Error, FactPath, 12, 16);
        Assert.Equal("Quote of claim 'pentagon' is not found in source 'report'; the source has these words at line 1, column 19, in other letter case: \"about 10,000 North Korean troops\"; write them with the source's capitals", d.GetMessage());
    }

    [Theory]
    [InlineData("about 10,000 \"North Korean\" troops", "quote marks or apostrophes")]
    [InlineData("about 10, 000 North Korean troops", "dashes or spacing")]
    [InlineData("about 10,000 North-Korean troops", "dashes or spacing")]
    [InlineData("about 10,000 'North -- Korean' troops", "quote marks, dashes or spacing")]
    public void FC0007_for_a_quote_that_differs_only_in_quote_marks_dashes_or_spacing_says_so(string quote, string marks)
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("quote: about 10,000 North Korean troops", "quote: '" + quote.Replace("'", "''") + "'")));
        DiagnosticInfo d = Single(result, "FC0007", DiagnosticSeverity.Error, FactPath, 12, 16);
        Assert.Equal($"Quote of claim 'pentagon' is not found in source 'report'; the source has these words at line 1, column 19, with other {marks}: \"about 10,000 North Korean troops\"; write {marks} as the source does", d.GetMessage());
    }

    [Fact]
    public void FC0022_document_read_from_Latin_1_bytes_is_reported_once_and_its_quotes_are_not_FC0007()
    {
        // "Caf\u00E9" saved as Latin-1: the byte E9 is not UTF-8, and reading the bytes as UTF-8 puts U+FFFD there.
        byte[] bytes = System.Text.Encoding.Latin1.GetBytes("Caf\u00E9 owners said about 10,000 North Korean troops are ready.\n");
        SourceText read = SourceText.From(new System.IO.MemoryStream(bytes));
        CatalogueResult result = CatalogueValidator.Validate(new[]
        {
            new CatalogueFile(FactPath, SourceText.From(OneFact(PentagonClaim) + "  again:\n    statement: Again.\n    type: count\n    claims:\n" + PentagonClaim)),
            new CatalogueFile(SourcesPath, SourceText.From(Sources)),
            new CatalogueFile(DocumentPath, read),
        }, Options);
        DiagnosticInfo d = Single(result, "FC0022", DiagnosticSeverity.Error, DocumentPath, 1, 4);
        Assert.Equal("The document '/repo/seeds/report.txt' is not valid UTF-8 here (bytes that are not UTF-8 were read as U+FFFD); it is likely saved as Latin-1 or Windows-1252; save it as UTF-8 (its quotes are not checked until then)", d.GetMessage());
        Assert.True(result.Diagnostics.Count == 1, Describe(result));
    }

    [Fact]
    public void FC0022_document_the_compiler_read_in_a_code_page_is_reported_at_its_start()
    {
        // The compiler reads bytes that are not UTF-8 in a fallback code page, and the text says which.
        CatalogueResult result = CatalogueValidator.Validate(new[]
        {
            new CatalogueFile(FactPath, SourceText.From(OneFact(PentagonClaim))),
            new CatalogueFile(SourcesPath, SourceText.From(Sources)),
            new CatalogueFile(DocumentPath, SourceText.From(Document, System.Text.Encoding.Latin1)),
        }, Options);
        DiagnosticInfo d = Single(result, "FC0022", DiagnosticSeverity.Error, DocumentPath, 1, 1);
        Assert.StartsWith("The document '/repo/seeds/report.txt' is not valid UTF-8, so it was read as iso-8859-1, which depends on the machine", d.GetMessage());
        None(result, "FC0007");
    }

    [Theory]
    [InlineData(true, "looks like UTF-16 (little-endian) without a byte order mark")]
    [InlineData(false, "looks like UTF-16 (big-endian) without a byte order mark")]
    public void FC0022_UTF_16_without_a_byte_order_mark_names_its_byte_order(bool littleEndian, string expected)
    {
        byte[] bytes = (littleEndian ? new System.Text.UnicodeEncoding(false, false) : new System.Text.UnicodeEncoding(true, false)).GetBytes(Document);
        CatalogueResult result = CatalogueValidator.Validate(new[]
        {
            new CatalogueFile(FactPath, SourceText.From(OneFact(PentagonClaim))),
            new CatalogueFile(SourcesPath, SourceText.From(Sources)),
            new CatalogueFile(DocumentPath, SourceText.From(new System.IO.MemoryStream(bytes))),
        }, Options);
        DiagnosticInfo d = Single(result, "FC0022", DiagnosticSeverity.Error, DocumentPath, 1, littleEndian ? 2 : 1);
        Assert.Contains(expected, d.GetMessage());
        Assert.True(result.Diagnostics.Count == 1, Describe(result));
    }

    [Fact]
    public void FC0022_not_for_UTF_16_with_its_byte_order_mark()
    {
        byte[] bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(Document)).ToArray();
        CatalogueResult result = CatalogueValidator.Validate(new[]
        {
            new CatalogueFile(FactPath, SourceText.From(OneFact(PentagonClaim))),
            new CatalogueFile(SourcesPath, SourceText.From(Sources)),
            new CatalogueFile(DocumentPath, SourceText.From(new System.IO.MemoryStream(bytes))),
        }, Options);
        Clean(result);
    }

    [Fact]
    public void FC0021_no_sources_file_is_reported_once_at_the_first_fact_that_cites_one()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim) + "  again:\n    statement: Again.\n    type: count\n    claims:\n" + PentagonClaim.Replace("source: report", "source: other"), sources: null);
        DiagnosticInfo d = Single(result, "FC0021", DiagnosticSeverity.Error, FactPath, 3, 3);
        Assert.Equal("/repo/facts/sources.yaml not found: the claims cite sources 'report', 'other', which it must define; create it with an entry for each source document", d.GetMessage());
        Assert.True(result.Diagnostics.Count == 1, Describe(result));
    }

    [Fact]
    public void FC0007_when_prefix_matches_no_occurrence()
    {
        string claim = PentagonClaim.Replace("quote: about 10,000 North Korean troops", "quote: Officials met again.\n        prefix: Nobody");
        CatalogueResult result = Run(OneFact(claim.Replace("value: 10000", "value: 2").Replace("bound: about\n", "derived: true\n")));
        DiagnosticInfo d = Single(result, "FC0007", DiagnosticSeverity.Error, FactPath, 12, 16);
        Assert.Contains("with the given prefix/suffix (the quote itself is at 4:1, 4:22)", d.GetMessage());
    }

    [Fact]
    public void FC0008_quote_that_occurs_twice_is_a_warning_listing_lines()
    {
        string claim = PentagonClaim.Replace("quote: about 10,000 North Korean troops", "quote: Officials met again.")
            .Replace("value: 10000", "value: 2").Replace("bound: about\n", "derived: true\n");
        CatalogueResult result = Run(OneFact(claim));
        DiagnosticInfo d = Single(result, "FC0008", DiagnosticSeverity.Warning, FactPath, 12, 16);
        Assert.Equal("Quote of claim 'pentagon' occurs 2 times in source 'report' (at line:column 4:1, 4:22); add 'prefix' or 'suffix' with the words around the one you mean", d.GetMessage());
    }

    [Fact]
    public void Prefix_picks_the_second_occurrence_and_silences_FC0008()
    {
        string claim = PentagonClaim.Replace("quote: about 10,000 North Korean troops", "quote: Officials met again.\n        prefix: Officials met again.")
            .Replace("value: 10000", "value: 2").Replace("bound: about\n", "derived: true\n        curator-note: The sentence is written twice.\n");
        CatalogueResult result = Run(OneFact(claim));
        Clean(result);
        ResolvedCitation citation = result.Model.Groups.Single().Facts.Single().Claims.Single().Citation!;
        int expectedOffset = Document.LastIndexOf("Officials met again.", System.StringComparison.Ordinal);
        Assert.Equal((4, 22, expectedOffset), (citation.Line, citation.Column, citation.Offset));
    }

    [Fact]
    public void FC0011_bidirectional_override_in_a_fact_file()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim).Replace("statement: Troops sent.", "statement: Troops \u202Esent."));
        DiagnosticInfo d = Single(result, "FC0011", DiagnosticSeverity.Warning, FactPath, 4, 23);
        Assert.Contains("a right-to-left override (U+202E)", d.GetMessage());
    }

    [Fact]
    public void FC0011_zero_width_space_in_a_source_document()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim), document: Document + "Hidden\u200Bword.\n");
        Single(result, "FC0011", DiagnosticSeverity.Warning, DocumentPath, 5, 7);
    }

    [Fact]
    public void No_FC0011_for_ordinary_unicode()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim).Replace("Troops sent.", "Troops sent — “quoted”, café."));
        None(result, "FC0011");
    }

    [Fact]
    public void No_FC0005_for_a_source_that_is_defined_but_rejected()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim), Sources.Replace("    file: report.txt\n", ""));
        Single(result, "FC0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error, SourcesPath, 3, 5);
        None(result, "FC0005");
    }

    [Fact]
    public void Empty_quote_is_FC0002_not_FC0007()
    {
        CatalogueResult result = Run(OneFact(PentagonClaim.Replace("quote: about 10,000 North Korean troops", "quote: \"  \"")));
        Single(result, "FC0002", DiagnosticSeverity.Error, FactPath, 12, 16);
        None(result, "FC0007");
    }
}
