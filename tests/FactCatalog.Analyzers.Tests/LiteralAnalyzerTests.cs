using System.Threading.Tasks;
using FactCatalog.Analyzers.Tests.Infrastructure;
using static FactCatalog.Analyzers.Tests.Infrastructure.CatalogueProject;
using Verify = FactCatalog.Analyzers.Tests.Infrastructure.CatalogueAnalyzerTest;

namespace FactCatalog.Analyzers.Tests;

/// <summary>FC1005 over the representative catalogue, whose values include 10000, 12000, 500, 6.5, 45 % and "Kim Jong Un".</summary>
public class LiteralAnalyzerTests
{
    [Fact]
    public async Task Literals_equal_to_catalogued_values_in_code_that_does_not_cite_them()
    {
        const string code = """
            public static class Briefing
            {
                public static int Troops() => {|#0:10000|};
                public static long Estimate = {|#1:12000L|};
                public static double Growth => {|#2:6.5|};
                public static double Share() => {|#3:45|};
                public static string Host { get; } = {|#4:"Kim Jong Un"|};
                public static int Budget(int x) => x > {|#5:500|} ? -10000 : {|#6:10000|} + 1;
            }
            """;
        await Verify.VerifyAsync(
            code,
            Diagnostic("FC1005", 0, "10000 equals the value of fact 'troops-in-russia' (Facts.Deployment.TroopsInRussia.Value); use that constant and cite 'troops-in-russia'"),
            Diagnostic("FC1005", 1, "12000L equals the value of claim 'troops-in-russia#ukrainian-intelligence' (Facts.Deployment.TroopsInRussia.UkrainianIntelligence); use that constant and cite 'troops-in-russia#ukrainian-intelligence'"),
            Diagnostic("FC1005", 2, "6.5 equals the value of fact 'growth' (Facts.Values.Growth.Value); use that constant and cite 'growth'"),
            Diagnostic("FC1005", 3, "45 equals the value of fact 'defence-share' (Facts.Values.DefenceShare.Value); use that constant and cite 'defence-share'"),
            Diagnostic("FC1005", 4, "\"Kim Jong Un\" equals the value of fact 'summit-host' (Facts.Values.SummitHost.Value); use that constant and cite 'summit-host'"),
            Diagnostic("FC1005", 5, "500 equals the value of fact 'officers-in-russia' (Facts.Deployment.OfficersInRussia.Value); use that constant and cite 'officers-in-russia'"),
            Diagnostic("FC1005", 6, "10000 equals the value of fact 'troops-in-russia' (Facts.Deployment.TroopsInRussia.Value); use that constant and cite 'troops-in-russia'"));
    }

    [Fact]
    public async Task Citing_the_fact_or_one_of_its_claims_anywhere_around_the_literal_silences_it()
    {
        const string code = """
            using FactCatalog;

            [assembly: Cites("summit-host")]

            [Cites("growth")]
            public static class Briefing
            {
                [Cites("troops-in-russia")]
                public static int Troops() => 10000;

                [Cites("troops-in-russia#pentagon")]
                public static long Estimate = 12000L;

                public static double Growth => 6.5;

                public static string Host { get; } = "Kim Jong Un";

                public static int Officers
                {
                    [Cites("officers-in-russia")]
                    get => 500;
                }

                [Cites("defence-share")]
                public static double Share()
                {
                    return Local();
                    static double Local() => 45;
                }
            }
            """;
        await Verify.VerifyAsync(code);
    }

    [Fact]
    public async Task Common_values_ids_deprecated_claims_and_generated_code_are_not_flagged()
    {
        // 4 (training-bases) is too small, 3000 is a deprecated claim, 3 belongs to an unsupported fact, "troops-in-russia"
        // is an id, 2024.5 and 9999 are no catalogued value, and true and dates are never compared.
        const string code = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites("officers-in-russia")]
                public static object Values() => new object[] { 4, 3000, 3, 2024.5, 9999, true, "Kim", Facts.Get("troops-in-russia") };
            }
            """;
        await Verify.VerifyAsync(code);
    }
}
