using System.Threading.Tasks;
using FactCatalog.Analyzers.Tests.Infrastructure;
using static FactCatalog.Analyzers.Tests.Infrastructure.CatalogueProject;
using Verify = FactCatalog.Analyzers.Tests.Infrastructure.CatalogueAnalyzerTest;

namespace FactCatalog.Analyzers.Tests;

/// <summary>
/// FC1001–FC1004 over the representative catalogue: a resolved fact with a deprecated claim (troops-in-russia), a
/// consistent one (officers-in-russia), a disputed one (treaty-signed) and an unsupported one (generals-in-russia).
/// Each diagnostic is marked up where it must be (<c>{|#n:...|}</c>) and expected with its exact message; any other
/// diagnostic fails the test.
/// </summary>
public class CitationAnalyzerTests
{
    [Fact]
    public async Task Correct_citations_and_lookups_are_silent()
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
        await Verify.VerifyAsync(code);
    }

    [Fact]
    public async Task FC1001_unknown_fact_or_claim_suggests_the_closest_id()
    {
        const string code = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|#0:"troops-in-rusia"|})]
                [Cites({|#1:"troops-in-russia#pentagn"|})]
                [Cites({|#2:"officers-in-rusia#ukrainian-inteligence"|})]
                [Cites({|#3:"no-such-thing-at-all"|})]
                public static object Troops() =>
                    Facts.Get({|#4:"treaty-signd"|}) ?? Facts.Get({|#5:"troops-in-russia#pentagon"|});
            }
            """;
        await Verify.VerifyAsync(
            code,
            Diagnostic("FC1001", 0, "The catalogue has no fact or claim 'troops-in-rusia'; did you mean 'troops-in-russia'?"),
            Diagnostic("FC1001", 1, "The catalogue has no fact or claim 'troops-in-russia#pentagn'; did you mean 'troops-in-russia#pentagon'?"),
            Diagnostic("FC1001", 2, "The catalogue has no fact or claim 'officers-in-rusia#ukrainian-inteligence'; did you mean 'officers-in-russia#ukrainian-intelligence'?"),
            Diagnostic("FC1001", 3, "The catalogue has no fact or claim 'no-such-thing-at-all'; use an id the catalogue defines"),
            Diagnostic("FC1001", 4, "The catalogue has no fact 'treaty-signd'; did you mean 'treaty-signed'?"),
            Diagnostic("FC1001", 5, "The catalogue has no fact 'troops-in-russia#pentagon'; did you mean 'troops-in-russia'?"));
    }

    [Fact]
    public async Task FC1001_also_checks_aliases_and_constant_expressions()
    {
        const string code = """
            using FactCatalog;
            using Source = FactCatalog.CitesAttribute;

            public static class Briefing
            {
                private const string Troops = "troops-in-";

                [Source({|#0:"troops-in-russia#kremlin"|})]
                [Cites({|#1:Troops + "rusia"|})]
                public static int Count() => 0;
            }
            """;
        await Verify.VerifyAsync(
            code,
            Diagnostic("FC1001", 0, "The catalogue has no fact or claim 'troops-in-russia#kremlin'; use an id the catalogue defines"),
            Diagnostic("FC1001", 1, "The catalogue has no fact or claim 'troops-in-rusia'; did you mean 'troops-in-russia'?"));
    }

    [Fact]
    public async Task Citations_are_checked_wherever_the_attribute_can_go()
    {
        const string code = """
            using System;
            using FactCatalog;

            [assembly: Cites({|#0:"a1"|})]
            [module: Cites({|#1:"m1"|})]

            [Cites({|#2:"t1"|})]
            public class Briefing<[Cites({|#3:"tp1"|})] T>
            {
                [Cites({|#4:"f1"|})] public int Field;
                [Cites({|#5:"p1"|})] public int Property { [Cites({|#6:"g1"|})] get; [param: Cites({|#7:"v1"|})] set; }
                [Cites({|#8:"e1"|})] public event Action? Changed;
                [Cites({|#9:"i1"|})] public int this[[Cites({|#10:"ip1"|})] int index] => index;

                [return: Cites({|#11:"r1"|})]
                public int Method<[Cites({|#12:"mtp1"|})] U>([Cites({|#13:"pa1"|})] int value)
                {
                    [Cites({|#14:"lf1"|})] int Local() => value;
                    Func<int, int> lambda = [Cites({|#15:"la1"|})] (x) => x;
                    return Local() + lambda(1);
                }
            }

            [Cites({|#16:"d1"|})]
            public delegate int Handler([Cites({|#17:"dp1"|})] int value);
            """;
        await Verify.VerifyAsync(
            code,
            Diagnostic("FC1001", 0, "The catalogue has no fact or claim 'a1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 1, "The catalogue has no fact or claim 'm1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 2, "The catalogue has no fact or claim 't1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 3, "The catalogue has no fact or claim 'tp1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 4, "The catalogue has no fact or claim 'f1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 5, "The catalogue has no fact or claim 'p1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 6, "The catalogue has no fact or claim 'g1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 7, "The catalogue has no fact or claim 'v1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 8, "The catalogue has no fact or claim 'e1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 9, "The catalogue has no fact or claim 'i1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 10, "The catalogue has no fact or claim 'ip1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 11, "The catalogue has no fact or claim 'r1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 12, "The catalogue has no fact or claim 'mtp1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 13, "The catalogue has no fact or claim 'pa1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 14, "The catalogue has no fact or claim 'lf1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 15, "The catalogue has no fact or claim 'la1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 16, "The catalogue has no fact or claim 'd1'; use an id the catalogue defines"),
            Diagnostic("FC1001", 17, "The catalogue has no fact or claim 'dp1'; use an id the catalogue defines"));
    }

    [Fact]
    public async Task FC1002_disputed_fact_cited_without_a_claim_lists_the_claims()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|#0:"treaty-signed"|})]
                public static string Signed() => "June";
            }
            """;
        await Verify.VerifyAsync(
            code,
            Diagnostic("FC1002", 0, "Fact 'treaty-signed' is disputed: its claims disagree and none is preferred; cite the claim the code relies on: 'treaty-signed#june' or 'treaty-signed#july'"));
    }

    [Fact]
    public async Task FC1003_deprecated_claim_gives_the_reason_and_the_other_claims()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|#0:"troops-in-russia#south-korean-intelligence"|})]
                public static string Early() => "early";
            }
            """;
        await Verify.VerifyAsync(
            code,
            Diagnostic("FC1003", 0, "Claim 'troops-in-russia#south-korean-intelligence' is deprecated: \"An early estimate, overtaken by later counts.\"; cite another claim instead: 'troops-in-russia#pentagon' or 'troops-in-russia#ukrainian-intelligence'"));
    }

    [Fact]
    public async Task FC1004_unsupported_fact_in_a_citation_or_a_lookup()
    {
        const string code = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites({|#0:"generals-in-russia"|})]
                [Cites({|#1:"generals-in-russia#ukrainian-intelligence"|})]
                public static bool Generals() => Facts.TryGet({|#2:"generals-in-russia"|}, out _);
            }
            """;
        await Verify.VerifyAsync(
            code,
            Diagnostic("FC1004", 0, "Fact 'generals-in-russia' is unsupported: none of its claims counts (each is deprecated or has no verified quote), so it has no value; add a claim quoted from a source, or stop relying on the fact"),
            Diagnostic("FC1003", 1, "Claim 'generals-in-russia#ukrainian-intelligence' is deprecated: \"No other source confirms it.\"; fact 'generals-in-russia' has no other claim to cite"),
            Diagnostic("FC1004", 1, "Fact 'generals-in-russia' is unsupported: none of its claims counts (each is deprecated or has no verified quote), so it has no value; add a claim quoted from a source, or stop relying on the fact"),
            Diagnostic("FC1004", 2, "Fact 'generals-in-russia' is unsupported: none of its claims counts (each is deprecated or has no verified quote), so it has no value; add a claim quoted from a source, or stop relying on the fact"));
    }

    [Fact]
    public async Task Methods_named_Get_elsewhere_and_attributes_named_Cites_elsewhere_are_not_checked()
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
        await Verify.VerifyAsync(code);
    }
}
