using FactCatalog.Analyzers.Tests.Infrastructure;

namespace FactCatalog.Analyzers.Tests;

/// <summary>
/// FC1001–FC1004 over the representative catalogue: a resolved fact with a deprecated claim (troops-in-russia), a
/// consistent one (officers-in-russia), a disputed one (treaty-signed) and an unsupported one (generals-in-russia).
/// </summary>
public class CitationAnalyzerTests
{
    [Fact]
    public void Correct_citations_and_lookups_are_silent()
    {
        const string code = """
            using Demo;
            using FactCatalog;
            using Alias = FactCatalog.CitesAttribute;

            [assembly: Cites("summit-host")]

            [Cites("officers-in-russia")]
            public static class Briefing
            {
                [Cites("troops-in-russia")]
                [Cites("troops-in-russia#ukrainian-intelligence")]
                [FactCatalog.CitesAttribute("treaty-signed#june")]
                [Alias(Facts.Deployment.TroopsInRussia.Id)]
                public static string Troops([Cites("growth")] int value) =>
                    Facts.Get("treaty-signed").Id + Facts.Get(id: "troops-in-russia").Id + Facts.TryGet("growth", out _);

                [return: Cites("treaty-signed#july")]
                public static int Local()
                {
                    [Cites("budget-won")] static int Inner() => 0;
                    return Inner();
                }
            }
            """;
        Assert.Empty(AnalyzerHarness.Analyze(code));
    }

    [Fact]
    public void FC1001_unknown_fact_or_claim_suggests_the_closest_id()
    {
        const string code = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites("troops-in-rusia")]
                [Cites("troops-in-russia#pentagn")]
                [Cites("officers-in-rusia#ukrainian-inteligence")]
                [Cites("no-such-thing-at-all")]
                public static object Troops() =>
                    Facts.Get("treaty-signd") ?? Facts.Get("troops-in-russia#pentagon");
            }
            """;
        Expect.Lines(
            new[]
            {
                "Code0.cs(6,12): warning FC1001: The catalogue has no fact or claim 'troops-in-rusia'; did you mean 'troops-in-russia'?",
                "Code0.cs(7,12): warning FC1001: The catalogue has no fact or claim 'troops-in-russia#pentagn'; did you mean 'troops-in-russia#pentagon'?",
                "Code0.cs(8,12): warning FC1001: The catalogue has no fact or claim 'officers-in-rusia#ukrainian-inteligence'; did you mean 'officers-in-russia#ukrainian-intelligence'?",
                "Code0.cs(9,12): warning FC1001: The catalogue has no fact or claim 'no-such-thing-at-all'; use an id the catalogue defines",
                "Code0.cs(11,19): warning FC1001: The catalogue has no fact 'treaty-signd'; did you mean 'treaty-signed'?",
                "Code0.cs(11,48): warning FC1001: The catalogue has no fact 'troops-in-russia#pentagon'; did you mean 'troops-in-russia'?",
            },
            AnalyzerHarness.Analyze(code));
    }

    [Fact]
    public void FC1001_also_checks_aliases_and_constant_expressions()
    {
        const string code = """
            using FactCatalog;
            using Source = FactCatalog.CitesAttribute;

            public static class Briefing
            {
                private const string Troops = "troops-in-";

                [Source("troops-in-russia#kremlin")]
                [Cites(Troops + "rusia")]
                public static int Count() => 0;
            }
            """;
        Expect.Lines(
            new[]
            {
                "Code0.cs(8,13): warning FC1001: The catalogue has no fact or claim 'troops-in-russia#kremlin'; use an id the catalogue defines",
                "Code0.cs(9,12): warning FC1001: The catalogue has no fact or claim 'troops-in-rusia'; did you mean 'troops-in-russia'?",
            },
            AnalyzerHarness.Analyze(code));
    }

    [Fact]
    public void Citations_are_checked_wherever_the_attribute_can_go()
    {
        const string code = """
            using System;
            using FactCatalog;

            [assembly: Cites("a1")]
            [module: Cites("m1")]

            [Cites("t1")]
            public class Briefing<[Cites("tp1")] T>
            {
                [Cites("f1")] public int Field;
                [Cites("p1")] public int Property { [Cites("g1")] get; [param: Cites("v1")] set; }
                [Cites("e1")] public event Action? Changed;
                [Cites("i1")] public int this[[Cites("ip1")] int index] => index;

                [return: Cites("r1")]
                public int Method<[Cites("mtp1")] U>([Cites("pa1")] int value)
                {
                    [Cites("lf1")] int Local() => value;
                    Func<int, int> lambda = [Cites("la1")] (x) => x;
                    return Local() + lambda(1);
                }
            }

            [Cites("d1")]
            public delegate int Handler([Cites("dp1")] int value);
            """;
        Expect.Lines(
            new[]
            {
                "Code0.cs(4,18): warning FC1001: The catalogue has no fact or claim 'a1'; use an id the catalogue defines",
                "Code0.cs(5,16): warning FC1001: The catalogue has no fact or claim 'm1'; use an id the catalogue defines",
                "Code0.cs(7,8): warning FC1001: The catalogue has no fact or claim 't1'; use an id the catalogue defines",
                "Code0.cs(8,30): warning FC1001: The catalogue has no fact or claim 'tp1'; use an id the catalogue defines",
                "Code0.cs(10,12): warning FC1001: The catalogue has no fact or claim 'f1'; use an id the catalogue defines",
                "Code0.cs(11,12): warning FC1001: The catalogue has no fact or claim 'p1'; use an id the catalogue defines",
                "Code0.cs(11,48): warning FC1001: The catalogue has no fact or claim 'g1'; use an id the catalogue defines",
                "Code0.cs(11,74): warning FC1001: The catalogue has no fact or claim 'v1'; use an id the catalogue defines",
                "Code0.cs(12,12): warning FC1001: The catalogue has no fact or claim 'e1'; use an id the catalogue defines",
                "Code0.cs(13,12): warning FC1001: The catalogue has no fact or claim 'i1'; use an id the catalogue defines",
                "Code0.cs(13,42): warning FC1001: The catalogue has no fact or claim 'ip1'; use an id the catalogue defines",
                "Code0.cs(15,20): warning FC1001: The catalogue has no fact or claim 'r1'; use an id the catalogue defines",
                "Code0.cs(16,30): warning FC1001: The catalogue has no fact or claim 'mtp1'; use an id the catalogue defines",
                "Code0.cs(16,49): warning FC1001: The catalogue has no fact or claim 'pa1'; use an id the catalogue defines",
                "Code0.cs(18,16): warning FC1001: The catalogue has no fact or claim 'lf1'; use an id the catalogue defines",
                "Code0.cs(19,40): warning FC1001: The catalogue has no fact or claim 'la1'; use an id the catalogue defines",
                "Code0.cs(24,8): warning FC1001: The catalogue has no fact or claim 'd1'; use an id the catalogue defines",
                "Code0.cs(25,36): warning FC1001: The catalogue has no fact or claim 'dp1'; use an id the catalogue defines",
            },
            AnalyzerHarness.Analyze(code));
    }

    [Fact]
    public void FC1002_disputed_fact_cited_without_a_claim_lists_the_claims()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites("treaty-signed")]
                public static string Signed() => "June";
            }
            """;
        Expect.Lines(
            new[] { "Code0.cs(5,12): warning FC1002: Fact 'treaty-signed' is disputed: its claims disagree and none is preferred; cite the claim the code relies on: 'treaty-signed#june' or 'treaty-signed#july'" },
            AnalyzerHarness.Analyze(code));
    }

    [Fact]
    public void FC1003_deprecated_claim_gives_the_reason_and_the_other_claims()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites("troops-in-russia#south-korean-intelligence")]
                public static string Early() => "early";
            }
            """;
        Expect.Lines(
            new[] { "Code0.cs(5,12): warning FC1003: Claim 'troops-in-russia#south-korean-intelligence' is deprecated: \"An early estimate, overtaken by later counts.\"; cite another claim instead: 'troops-in-russia#pentagon' or 'troops-in-russia#ukrainian-intelligence'" },
            AnalyzerHarness.Analyze(code));
    }

    [Fact]
    public void FC1004_unsupported_fact_in_a_citation_or_a_lookup()
    {
        const string code = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites("generals-in-russia")]
                [Cites("generals-in-russia#ukrainian-intelligence")]
                public static bool Generals() => Facts.TryGet("generals-in-russia", out _);
            }
            """;
        Expect.Lines(
            new[]
            {
                "Code0.cs(6,12): warning FC1004: Fact 'generals-in-russia' is unsupported: none of its claims counts (each is deprecated or has no verified quote), so it has no value; add a claim quoted from a source, or stop relying on the fact",
                "Code0.cs(7,12): warning FC1003: Claim 'generals-in-russia#ukrainian-intelligence' is deprecated: \"No other source confirms it.\"; fact 'generals-in-russia' has no other claim to cite",
                "Code0.cs(7,12): warning FC1004: Fact 'generals-in-russia' is unsupported: none of its claims counts (each is deprecated or has no verified quote), so it has no value; add a claim quoted from a source, or stop relying on the fact",
                "Code0.cs(8,51): warning FC1004: Fact 'generals-in-russia' is unsupported: none of its claims counts (each is deprecated or has no verified quote), so it has no value; add a claim quoted from a source, or stop relying on the fact",
            },
            AnalyzerHarness.Analyze(code));
    }

    [Fact]
    public void Methods_named_Get_elsewhere_and_attributes_named_Cites_elsewhere_are_not_checked()
    {
        const string code = """
            using System.Collections.Generic;

            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class CitesAttribute : System.Attribute
                {
                    public CitesAttribute(string id) { }
                }

                public static class Lookup
                {
                    public static string Get(string id) => id;

                    [Cites("not-a-fact")]
                    public static string Use(Dictionary<string, int> map) => Get("not-a-fact") + map.TryGetValue("x", out _);
                }
            }
            """;
        Assert.Empty(AnalyzerHarness.Analyze(code));
    }
}
