using System.Threading.Tasks;
using FactCatalog.Analyzers.Tests.Infrastructure;
using FactCatalog.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FactCatalog.Analyzers.Tests;

/// <summary>
/// Each code fix as the testing library applies it: the diagnostics marked up in the code (<c>{|FC1001:...|}</c>), the
/// fix chosen by its index and equivalence key, applied one diagnostic at a time until none is left
/// (<c>NumberOfIncrementalIterations</c>), and Fix All in the document, the project and the solution
/// (<c>NumberOfFixAllIterations</c>), each compared with the expected text. The list of fixes offered is checked too.
/// </summary>
public class CodeFixTests
{
    [Fact]
    public async Task FC1001_offers_each_close_id_closest_first()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|FC1001:"officers-in-rusia"|})]
                public static int Officers() => 0;
            }
            """;
        var test = new CatalogueCodeFixTest<UnknownIdCodeFix>(code, Fixed(code).Replace("\"officers-in-rusia\"", "\"officers-in-russia\""))
        {
            CodeActionEquivalenceKey = UnknownIdCodeFix.ClosestKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Replace with 'officers-in-russia'", action.Title),
        };
        await test.RunAsync();
        AssertOffered(test, "Replace with 'officers-in-russia'");
    }

    [Fact]
    public async Task FC1001_offers_several_fixes_when_several_ids_are_close()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|FC1001:"summit-yost"|})]
                public static string Host() => "";
            }
            """;
        var closest = new CatalogueCodeFixTest<UnknownIdCodeFix>(code, Fixed(code).Replace("\"summit-yost\"", "\"summit-host\""))
        {
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = UnknownIdCodeFix.ClosestKey,
        };
        await closest.RunAsync();
        var second = new CatalogueCodeFixTest<UnknownIdCodeFix>(code, Fixed(code).Replace("\"summit-yost\"", "\"summit-year\""))
        {
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = UnknownIdCodeFix.KeyFor("summit-year"),
        };
        await second.RunAsync();
        AssertOffered(second, "Replace with 'summit-host'", "Replace with 'summit-year'");
    }

    [Fact]
    public async Task FC1001_fix_all_replaces_every_id_with_its_closest()
    {
        const string code = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|FC1001:"troops-in-rusia"|})]
                [Cites({|FC1001:"troops-in-russia#pentagn"|})]
                public static object Troops() => Facts.Get({|FC1001:"officers-in-rusia"|});
            }
            """;
        string expected = Fixed(code)
            .Replace("\"troops-in-rusia\"", "\"troops-in-russia\"")
            .Replace("\"troops-in-russia#pentagn\"", "\"troops-in-russia#pentagon\"")
            .Replace("\"officers-in-rusia\"", "\"officers-in-russia\"");
        await new CatalogueCodeFixTest<UnknownIdCodeFix>(code, expected)
        {
            CodeActionEquivalenceKey = UnknownIdCodeFix.ClosestKey,
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
        }.RunAsync();
    }

    [Fact]
    public async Task FC1002_offers_one_fix_per_claim()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|FC1002:"treaty-signed"|})]
                public static string Signed() => "June";
            }
            """;
        var test = new CatalogueCodeFixTest<DisputedFactCodeFix>(code, Fixed(code).Replace("\"treaty-signed\"", "\"treaty-signed#july\""))
        {
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = DisputedFactCodeFix.KeyFor("treaty-signed#july"),
        };
        await test.RunAsync();
        AssertOffered(test, "Cite claim 'june'", "Cite claim 'july'");
    }

    [Fact]
    public async Task FC1002_fix_all_cites_the_same_claim_everywhere()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|FC1002:"treaty-signed"|})]
                public static string Signed() => "June";

                [Cites({|FC1002:"treaty-signed"|})]
                public static string Again() => "June";
            }
            """;
        await new CatalogueCodeFixTest<DisputedFactCodeFix>(code, Fixed(code).Replace("\"treaty-signed\"", "\"treaty-signed#june\""))
        {
            CodeActionEquivalenceKey = DisputedFactCodeFix.KeyFor("treaty-signed#june"),
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        }.RunAsync();
    }

    [Fact]
    public async Task FC1005_uses_the_constant_and_cites_the_fact()
    {
        const string code = """
            namespace App
            {
                public static class Briefing
                {
                    /// <summary>The troops.</summary>
                    public static int Troops() => {|FC1005:10000|};
                }
            }
            """;
        const string expected = """
            using Demo;
            using FactCatalog;

            namespace App
            {
                public static class Briefing
                {
                    /// <summary>The troops.</summary>
                    [Cites("troops-in-russia")]
                    public static int Troops() => Facts.Deployment.TroopsInRussia.Value;
                }
            }
            """;
        var test = new CatalogueCodeFixTest<LiteralCodeFix>(code, expected) { CodeActionEquivalenceKey = LiteralCodeFix.FirstKey };
        await test.RunAsync();
        AssertOffered(test, "Use Facts.Deployment.TroopsInRussia.Value and cite 'troops-in-russia'");
    }

    [Fact]
    public async Task FC1005_cites_a_claim_when_the_literal_is_a_claim_and_keeps_existing_attributes()
    {
        const string code = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites("officers-in-russia")]
                public static long Estimate = {|FC1005:12000|};
            }
            """;
        const string expected = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites("officers-in-russia")]
                [Cites("troops-in-russia#ukrainian-intelligence")]
                public static long Estimate = Facts.Deployment.TroopsInRussia.UkrainianIntelligence;
            }
            """;
        var test = new CatalogueCodeFixTest<LiteralCodeFix>(code, expected);
        await test.RunAsync();
        Assert.All(test.OfferedTitles, titles => Assert.Single(titles));
    }

    /// <summary>
    /// Fix All and one fix at a time end differently here, and both are checked: Fix All replaces every literal and cites
    /// each fact once per member; one at a time, the first fix cites a fact, which silences its other literals in the
    /// same member (FC1005 flags only code that does not cite the value's fact).
    /// </summary>
    [Fact]
    public async Task FC1005_fix_all_replaces_every_literal_and_cites_each_fact_once_per_member()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                public static string Summary(int troops) =>
                    troops > {|FC1005:10000|} ? "more than " + {|FC1005:10000|} : {|FC1005:"Kim Jong Un"|} + " hosted " + {|FC1005:500|} + " officers";

                public static double Growth => {|FC1005:6.5|};
            }
            """;
        const string oneAtATime = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites("troops-in-russia")]
                [Cites("summit-host")]
                [Cites("officers-in-russia")]
                public static string Summary(int troops) =>
                    troops > Facts.Deployment.TroopsInRussia.Value ? "more than " + 10000 : Facts.Values.SummitHost.Value + " hosted " + Facts.Deployment.OfficersInRussia.Value + " officers";

                [Cites("growth")]
                public static double Growth => Facts.Values.Growth.Value;
            }
            """;
        const string expected = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites("troops-in-russia")]
                [Cites("summit-host")]
                [Cites("officers-in-russia")]
                public static string Summary(int troops) =>
                    troops > Facts.Deployment.TroopsInRussia.Value ? "more than " + Facts.Deployment.TroopsInRussia.Value : Facts.Values.SummitHost.Value + " hosted " + Facts.Deployment.OfficersInRussia.Value + " officers";

                [Cites("growth")]
                public static double Growth => Facts.Values.Growth.Value;
            }
            """;
        var test = new CatalogueCodeFixTest<LiteralCodeFix>(code, oneAtATime)
        {
            CodeActionEquivalenceKey = LiteralCodeFix.FirstKey,
            NumberOfIncrementalIterations = 4,
            NumberOfFixAllIterations = 1,
        };
        CatalogueProject.AddCatalogue(test.BatchFixedState);
        test.BatchFixedState.Sources.Insert(0, ("/0/Test0.cs", Microsoft.CodeAnalysis.Text.SourceText.From(expected)));
        await test.RunAsync();
    }

    [Fact]
    public async Task FC1005_has_no_fix_outside_a_member()
    {
        const string code = "System.Console.WriteLine({|FC1005:10000|});";
        var test = new CatalogueCodeFixTest<LiteralCodeFix>(code, code);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        await test.RunAsync();
        Assert.All(test.OfferedTitles, Assert.Empty);
        Assert.NotEmpty(test.OfferedTitles);
    }

    /// <summary>The fixed code: the test code without its markup.</summary>
    private static string Fixed(string code)
    {
        TestFileMarkupParser.GetSpans(code, out string text, out System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
        return text;
    }

    /// <summary>Every time the provider was asked, it offered exactly <paramref name="titles"/>, in that order.</summary>
    private static void AssertOffered<TCodeFix>(CatalogueCodeFixTest<TCodeFix> test, params string[] titles)
        where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        Assert.NotEmpty(test.OfferedTitles);
        Assert.All(test.OfferedTitles, offered => Assert.Equal(titles, offered));
    }
}
