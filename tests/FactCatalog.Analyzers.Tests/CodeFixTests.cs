using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FactCatalog.Analyzers.Tests.Infrastructure;
using FactCatalog.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;

namespace FactCatalog.Analyzers.Tests;

/// <summary>Each code fix applied in a workspace, one diagnostic at a time and with Fix All, compared with the expected text.</summary>
public class CodeFixTests
{
    [Fact]
    public async Task FC1001_offers_each_close_id_closest_first()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites("officers-in-rusia")]
                public static int Officers() => 0;
            }
            """;
        Document document = CodeFixHarness.CreateDocument(code);
        Diagnostic diagnostic = Assert.Single(await CodeFixHarness.DiagnosticsAsync(document, "FC1001"));
        IReadOnlyList<CodeAction> actions = await CodeFixHarness.ActionsAsync(document, new UnknownIdCodeFix(), diagnostic);

        Assert.Equal(new[] { "Replace with 'officers-in-russia'" }, actions.Select(a => a.Title));
        Assert.Equal(code.Replace("\"officers-in-rusia\"", "\"officers-in-russia\""), await CodeFixHarness.ApplyAsync(document, actions[0]));
    }

    [Fact]
    public async Task FC1001_offers_several_fixes_when_several_ids_are_close()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites("summit-yost")]
                public static string Host() => "";
            }
            """;
        Document document = CodeFixHarness.CreateDocument(code);
        Diagnostic diagnostic = Assert.Single(await CodeFixHarness.DiagnosticsAsync(document, "FC1001"));
        IReadOnlyList<CodeAction> actions = await CodeFixHarness.ActionsAsync(document, new UnknownIdCodeFix(), diagnostic);

        Assert.Equal(new[] { "Replace with 'summit-host'", "Replace with 'summit-year'" }, actions.Select(a => a.Title));
        Assert.Equal(new[] { UnknownIdCodeFix.ClosestKey, UnknownIdCodeFix.KeyFor("summit-year") }, actions.Select(a => a.EquivalenceKey));
        Assert.Equal(code.Replace("\"summit-yost\"", "\"summit-year\""), await CodeFixHarness.ApplyAsync(document, actions[1]));
    }

    [Fact]
    public async Task FC1001_fix_all_replaces_every_id_with_its_closest()
    {
        const string code = """
            using Demo;
            using FactCatalog;

            public static class Briefing
            {
                [Cites("troops-in-rusia")]
                [Cites("troops-in-russia#pentagn")]
                public static object Troops() => Facts.Get("officers-in-rusia");
            }
            """;
        string fixedCode = await CodeFixHarness.FixAllAsync(CodeFixHarness.CreateDocument(code), new UnknownIdCodeFix(), "FC1001", UnknownIdCodeFix.ClosestKey);
        Assert.Equal(
            code.Replace("\"troops-in-rusia\"", "\"troops-in-russia\"")
                .Replace("\"troops-in-russia#pentagn\"", "\"troops-in-russia#pentagon\"")
                .Replace("\"officers-in-rusia\"", "\"officers-in-russia\""),
            fixedCode);
    }

    [Fact]
    public async Task FC1002_offers_one_fix_per_claim()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites("treaty-signed")]
                public static string Signed() => "June";
            }
            """;
        Document document = CodeFixHarness.CreateDocument(code);
        Diagnostic diagnostic = Assert.Single(await CodeFixHarness.DiagnosticsAsync(document, "FC1002"));
        IReadOnlyList<CodeAction> actions = await CodeFixHarness.ActionsAsync(document, new DisputedFactCodeFix(), diagnostic);

        Assert.Equal(new[] { "Cite claim 'june'", "Cite claim 'july'" }, actions.Select(a => a.Title));
        Assert.Equal(code.Replace("\"treaty-signed\"", "\"treaty-signed#july\""), await CodeFixHarness.ApplyAsync(document, actions[1]));
    }

    [Fact]
    public async Task FC1002_fix_all_cites_the_same_claim_everywhere()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites("treaty-signed")]
                public static string Signed() => "June";

                [Cites("treaty-signed")]
                public static string Again() => "June";
            }
            """;
        string fixedCode = await CodeFixHarness.FixAllAsync(CodeFixHarness.CreateDocument(code), new DisputedFactCodeFix(), "FC1002", DisputedFactCodeFix.KeyFor("treaty-signed#june"));
        Assert.Equal(code.Replace("\"treaty-signed\"", "\"treaty-signed#june\""), fixedCode);
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
                    public static int Troops() => 10000;
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
        Document document = CodeFixHarness.CreateDocument(code);
        Diagnostic diagnostic = Assert.Single(await CodeFixHarness.DiagnosticsAsync(document, "FC1005"));
        IReadOnlyList<CodeAction> actions = await CodeFixHarness.ActionsAsync(document, new LiteralCodeFix(), diagnostic);

        Assert.Equal(new[] { "Use Facts.Deployment.TroopsInRussia.Value and cite 'troops-in-russia'" }, actions.Select(a => a.Title));
        Assert.Equal(expected, await CodeFixHarness.ApplyAsync(document, actions[0]));
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
                public static long Estimate = 12000;
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
        Document document = CodeFixHarness.CreateDocument(code);
        Diagnostic diagnostic = Assert.Single(await CodeFixHarness.DiagnosticsAsync(document, "FC1005"));
        CodeAction action = Assert.Single(await CodeFixHarness.ActionsAsync(document, new LiteralCodeFix(), diagnostic));
        Assert.Equal(expected, await CodeFixHarness.ApplyAsync(document, action));
    }

    [Fact]
    public async Task FC1005_fix_all_replaces_every_literal_and_cites_each_fact_once_per_member()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                public static string Summary(int troops) =>
                    troops > 10000 ? "more than " + 10000 : "Kim Jong Un" + " hosted " + 500 + " officers";

                public static double Growth => 6.5;
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
        string fixedCode = await CodeFixHarness.FixAllAsync(CodeFixHarness.CreateDocument(code), new LiteralCodeFix(), "FC1005", LiteralCodeFix.FirstKey);
        Assert.Equal(expected, fixedCode);
    }

    [Fact]
    public async Task FC1005_has_no_fix_outside_a_member()
    {
        Document document = CodeFixHarness.CreateDocument("System.Console.WriteLine(10000);", OutputKind.ConsoleApplication);
        Diagnostic diagnostic = Assert.Single(await CodeFixHarness.DiagnosticsAsync(document, "FC1005"));
        Assert.Empty(await CodeFixHarness.ActionsAsync(document, new LiteralCodeFix(), diagnostic));
    }
}
