using System;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Parsing;
using FactCatalog.Catalogue.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Tests.Parsing;

/// <summary>The claims budget of one fact file (<see cref="CatalogueLimits.MaxClaimsPerFile"/>), which the generator tests cannot afford.</summary>
public class ClaimBudgetTests
{
    private const string Path = "/p/facts/many.facts.yaml";

    [Fact]
    public void A_file_past_its_claims_budget_stops_at_the_first_claim_past_it_and_reads_no_further_facts()
    {
        // 101 facts of 1,000 claims each (the most a fact may have), then one more fact: the file's 100,001st claim is
        // the first of fact 101, whose id is on line 2 + 100 * (4 + 1,000 * 5), its first claim on the line after the
        // fact's 'claims:'.
        var yaml = new StringBuilder("facts:\n");
        for (int f = 0; f < 102; f++)
        {
            yaml.Append("  f").Append(f).Append(":\n    statement: s\n    type: count\n    claims:\n");
            for (int c = 0; c < (f < 101 ? CatalogueLimits.MaxClaimsPerFact : 1); c++)
            {
                yaml.Append("      c").Append(c).Append(":\n        value: 1\n        claimant: a\n        source: s\n        quote: q\n");
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        ParsedFactFile file = FactFileParser.Parse(Path, SourceText.From(yaml.ToString()));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        DiagnosticInfo d = Assert.Single(file.Diagnostics);
        Assert.Equal("FC0017", d.Id);
        Assert.Equal((2 + (100 * (4 + (CatalogueLimits.MaxClaimsPerFact * 5))) + 4, 7), (d.Location.Line, d.Location.Column));
        Assert.Equal("The fact file has more than 100,000 claims, more than the limit MaxClaimsPerFile of 100,000; "
            + "claims from this one on, and the facts after it, are not read; split the file into several fact files", d.GetMessage());
        Assert.Equal(100, file.Facts.Count);
        Assert.Equal(CatalogueLimits.MaxClaimsPerFile, file.Facts.Sum(f => f.Claims.Count));
        // Bounded by the file (8 MB of text): a few hundred bytes per claim, not per claim expanded.
        Assert.True(allocated < 400L << 20, $"allocated {allocated:N0} bytes");
    }
}
