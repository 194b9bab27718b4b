using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>Consumer code compiled against the generated catalogue: types, constants, values and lookups.</summary>
public class GeneratedApiTests
{
    [Theory]
    [InlineData("Demo.Facts+Deployment+TroopsInRussia", "Pentagon", "int", true)]
    [InlineData("Demo.Facts+Deployment+TroopsInRussia", "Value", "int", true)]
    [InlineData("Demo.Facts+Values+BudgetWon", "Value", "long", true)]
    [InlineData("Demo.Facts+Values+Growth", "Value", "double", true)]
    [InlineData("Demo.Facts+Values+DefenceShare", "Value", "double", true)]
    [InlineData("Demo.Facts+Values+SummitYear", "Value", "int", true)]
    [InlineData("Demo.Facts+Values+SummitHost", "Value", "string", true)]
    [InlineData("Demo.Facts+Values+TreatyInForce", "Value", "bool", true)]
    [InlineData("Demo.Facts+Values+BudgetApproved", "Value", "FactDate", false)]
    [InlineData("Demo.Facts+Deployment+TreatySigned", "June", "FactDate", false)]
    [InlineData("Demo.Facts+Deployment+TroopsInRussia", "Id", "string", true)]
    public void Members_have_the_promised_type_and_are_const_where_CSharp_allows(string type, string member, string expectedType, bool isConst)
    {
        Compilation output = GeneratorHarness.Run(Catalogues.Representative()).Output;
        IFieldSymbol field = output.GetTypeByMetadataName(type)!.GetMembers(member).OfType<IFieldSymbol>().Single();
        Assert.Equal(expectedType, field.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat));
        Assert.Equal(isConst, field.IsConst);
        Assert.Equal(!isConst, field.IsStatic && field.IsReadOnly && !field.IsConst);
    }

    [Fact]
    public void Constants_work_where_only_constants_are_allowed()
    {
        const string code = """
            using Demo;
            public static class Probe
            {
                public const int Troops = Facts.Deployment.TroopsInRussia.Value;
                public const long Budget = Facts.Values.BudgetWon.Value;
                public const double Growth = Facts.Values.Growth.Value;
                public const string Host = Facts.Values.SummitHost.Value;
                public const bool InForce = Facts.Values.TreatyInForce.Value;
                public const string Id = Facts.Deployment.TroopsInRussia.Id;

                public static string Describe(int troops) => troops switch
                {
                    Facts.Deployment.TroopsInRussia.Pentagon => "pentagon",
                    Facts.Deployment.TroopsInRussia.UkrainianIntelligence => "ukraine",
                    _ => "other",
                };
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative(), code);
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void Values_and_lookups_at_run_time()
    {
        const string code = """
            using System.Collections.Generic;
            using System.Linq;
            using Demo;
            using FactCatalog;
            public static class Probe
            {
                public static Dictionary<string, object?> Run()
                {
                    var result = new Dictionary<string, object?>();
                    Fact<int> troops = Facts.Deployment.TroopsInRussia.Fact;
                    result["troops.value"] = troops.Value;
                    result["troops.status"] = troops.Status;
                    result["troops.preferred"] = troops.Preferred?.Id;
                    result["troops.claims"] = string.Join(",", troops.Claims.Select(c => c.Id + "=" + c.Value));
                    result["troops.same"] = ReferenceEquals(troops, Facts.Deployment.TroopsInRussia.Fact);
                    result["troops.citation"] = troops.Claims[0].Citation.ToString();
                    result["troops.citation.source"] = ReferenceEquals(troops.Claims[0].Citation.Source, Sources.Report);
                    result["troops.asOf"] = troops.Claims[0].AsOf?.ToString();
                    result["date"] = Facts.Values.BudgetApproved.Value.ToString();
                    result["date.precision"] = Facts.Values.BudgetApproved.Fact.Value.Precision;
                    result["june"] = Facts.Deployment.TreatySigned.June.ToString();
                    result["growth"] = Facts.Values.Growth.Fact.Value;
                    result["budget"] = Facts.Values.BudgetWon.Fact.Value;
                    result["host"] = Facts.Values.SummitHost.Fact.Value;
                    result["inForce"] = Facts.Values.TreatyInForce.Fact.Value;
                    result["generals.status"] = Facts.Deployment.GeneralsInRussia.Fact.Status;
                    result["generals.hasValue"] = Facts.Deployment.GeneralsInRussia.Fact.HasValue;
                    try { _ = Facts.Deployment.TreatySigned.Fact.Value; }
                    catch (System.InvalidOperationException e) { result["disputed.message"] = e.Message; }
                    result["all"] = string.Join(",", Facts.All.Select(f => f.Id));
                    result["all.count"] = Facts.All.Count;
                    result["tryget"] = Facts.TryGet("troops-in-russia", out Fact? found) && ReferenceEquals(found, troops);
                    result["tryget.missing"] = Facts.TryGet("no-such-fact", out Fact? missing) || missing is not null;
                    result["get"] = Facts.Get("officers-in-russia").ToString();
                    try { Facts.Get("troops-in-rusia"); }
                    catch (KeyNotFoundException e) { result["get.missing"] = e.Message; }
                    result["withTag"] = string.Join(",", Facts.WithTag("troops").Select(f => f.Id));
                    result["withTag.missing"] = Facts.WithTag("no-such-tag").Count;
                    result["sources"] = string.Join(",", Sources.All.Select(s => s.Id));
                    result["sources.tryget"] = Sources.TryGet("translated-report", out Source? source) && ReferenceEquals(source, Sources.Translated);
                    result["sources.tryget.missing"] = Sources.TryGet("nope", out _);
                    return result;
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative(), code);
        Assert.Empty(run.CompileDiagnostics());
        var result = (Dictionary<string, object?>)GeneratorHarness.Execute(run.Output, "Probe", "Run")!;

        Assert.Equal(10000, result["troops.value"]);
        Assert.Equal(global::FactCatalog.FactStatus.Resolved, result["troops.status"]);
        Assert.Equal("pentagon", result["troops.preferred"]);
        Assert.Equal("pentagon=10000,ukrainian-intelligence=12000,south-korean-intelligence=3000", result["troops.claims"]);
        Assert.Equal(true, result["troops.same"]);
        Assert.Equal("The Daily Example, 2024-11-07, report.txt:2", result["troops.citation"]);
        Assert.Equal(true, result["troops.citation.source"]);
        Assert.Equal("2024-10-28", result["troops.asOf"]);
        Assert.Equal("2024-06", result["date"]);
        Assert.Equal(global::FactCatalog.DatePrecision.Month, result["date.precision"]);
        Assert.Equal("2024-06-19", result["june"]);
        Assert.Equal(6.5, result["growth"]);
        Assert.Equal(1234567890123L, result["budget"]);
        Assert.Equal("Kim Jong Un", result["host"]);
        Assert.Equal(true, result["inForce"]);
        Assert.Equal(global::FactCatalog.FactStatus.Unsupported, result["generals.status"]);
        Assert.Equal(false, result["generals.hasValue"]);
        Assert.Contains("june", (string)result["disputed.message"]!);
        Assert.Contains("july", (string)result["disputed.message"]!);
        Assert.Equal(
            "budget-approved,budget-won,defence-share,generals-in-russia,growth,officers-in-russia,summit-host,summit-year,training-bases,treaty-in-force,treaty-signed,troops-in-russia",
            result["all"]);
        Assert.Equal(12, result["all.count"]);
        Assert.Equal(true, result["tryget"]);
        Assert.Equal(false, result["tryget.missing"]);
        Assert.Equal("officers-in-russia: 500 officers", result["get"]);
        Assert.Equal("No fact has the id 'troops-in-rusia'; did you mean 'troops-in-russia'?", result["get.missing"]);
        Assert.Equal("officers-in-russia,troops-in-russia", result["withTag"]);
        Assert.Equal(0, result["withTag.missing"]);
        Assert.Equal("report,translated-report", result["sources"]);
        Assert.Equal(true, result["sources.tryget"]);
        Assert.Equal(false, result["sources.tryget.missing"]);
    }

    [Fact]
    public void Each_group_lists_its_facts_in_id_order()
    {
        const string code = """
            using System.Collections.Generic;
            using System.Linq;
            using Demo;
            using FactCatalog;
            public static class Probe
            {
                public static Dictionary<string, object?> Run()
                {
                    var result = new Dictionary<string, object?>();
                    IReadOnlyList<Fact> deployment = Facts.Deployment.All;
                    result["deployment"] = string.Join(",", deployment.Select(f => f.Id));
                    result["values"] = string.Join(",", Facts.Values.All.Select(f => f.Id));
                    result["count"] = deployment.Count;
                    result["same.list"] = ReferenceEquals(deployment, Facts.Deployment.All);
                    result["same.fact"] = ReferenceEquals(deployment[3], Facts.Deployment.TroopsInRussia.Fact);
                    try { _ = deployment[4]; }
                    catch (System.ArgumentOutOfRangeException) { result["outOfRange"] = true; }
                    return result;
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative(), code);
        Assert.Empty(run.CompileDiagnostics());
        var result = (Dictionary<string, object?>)GeneratorHarness.Execute(run.Output, "Probe", "Run")!;

        Assert.Equal("generals-in-russia,officers-in-russia,treaty-signed,troops-in-russia", result["deployment"]);
        Assert.Equal(
            "budget-approved,budget-won,defence-share,growth,summit-host,summit-year,training-bases,treaty-in-force",
            result["values"]);
        Assert.Equal(4, result["count"]);
        Assert.Equal(true, result["same.list"]);
        Assert.Equal(true, result["same.fact"]);
        Assert.Equal(true, result["outOfRange"]);
    }

    [Fact]
    public void A_group_larger_than_one_chunk_lists_every_fact_and_no_fact_name_captures_the_list()
    {
        // More facts than one dispatch chunk holds, and facts named like the members of the list class.
        var facts = new System.Text.StringBuilder("group: Big\nfacts:\n");
        IEnumerable<string> ids = Enumerable.Range(0, FactCatalog.Generator.Emit.FactListCode.ChunkSize + 88)
            .Select(i => "fact-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
            .Concat(new[] { "fact-list", "fact-at", "fact-at0", "fact-count", "facts" });
        foreach (string id in ids)
        {
            facts.Append("  ").Append(id).Append(":\n    statement: A fact.\n    type: count\n    claims:\n")
                .Append("      pentagon:\n        value: 10000\n        bound: about\n        claimant: the Pentagon\n")
                .Append("        source: report\n        quote: about 10,000 North Korean troops are ready to be deployed\n");
        }
        const string code = """
            using System.Linq;
            public static class Probe
            {
                public static string Run() =>
                    Demo.Facts.Big.All.Count + " " + Demo.Facts.Big.All[0].Id + " " + Demo.Facts.Big.All[599].Id + " "
                    + Demo.Facts.Big.All.Last().Id + " " + ReferenceEquals(Demo.Facts.Big.All[603], Demo.Facts.Big.FactList.Fact);

                // Every index of the group's list and of the whole catalogue, through every dispatch chunk.
                public static string Ids() => string.Join(",", Demo.Facts.Big.All.Select(f => f.Id));

                public static string AllIds() => string.Join(",", Demo.Facts.All.Select(f => f.Id));

                public static bool SameFacts() => Demo.Facts.All.All(f => ReferenceEquals(f, Demo.Facts.Get(f.Id)));
            }
            """;
        CatalogueInput input = Catalogues.Representative().With("/project/facts/big.facts.yaml", facts.ToString());
        GeneratorRun run = GeneratorHarness.Run(input, code);
        Assert.False(run.HasErrors, run.Describe());
        Assert.Empty(run.CompileDiagnostics());
        Assert.Equal("605 fact-0000 fact-0599 facts True", GeneratorHarness.Execute(run.Output, "Probe", "Run"));
        string[] sorted = ids.OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(string.Join(",", sorted), GeneratorHarness.Execute(run.Output, "Probe", "Ids"));
        string[] all = ((string)GeneratorHarness.Execute(run.Output, "Probe", "AllIds")!).Split(',');
        Assert.Equal(all.OrderBy(id => id, StringComparer.Ordinal), all);
        Assert.Equal(all.Length, all.Distinct(StringComparer.Ordinal).Count());
        Assert.True(sorted.All(id => Array.BinarySearch(all, id, StringComparer.Ordinal) >= 0));
        Assert.Equal(true, GeneratorHarness.Execute(run.Output, "Probe", "SameFacts"));
    }

    [Fact]
    public void A_disputed_fact_Value_is_a_compile_error_naming_the_claims()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative(),
            "public static class Probe { public static object Read() => Demo.Facts.Deployment.TreatySigned.Value; }");
        Diagnostic error = Assert.Single(run.CompileDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0619", error.Id);
        Assert.Contains("Fact 'treaty-signed' is disputed", error.GetMessage());
        Assert.Contains("choose one of: June (2024-06-19), July (2024-07-26)", error.GetMessage());
        Assert.Equal("/project/Code0.cs", error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void An_unsupported_fact_has_no_Value()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative(),
            "public static class Probe { public static object Read() => Demo.Facts.Deployment.GeneralsInRussia.Value; }");
        Assert.Contains(run.CompileDiagnostics(), d => d.Id == "CS0117" && d.GetMessage().Contains("Value"));
    }

    [Fact]
    public void A_deprecated_claim_compiles_with_a_warning_giving_its_reason()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative(),
            "public static class Probe { public static int Read() => Demo.Facts.Deployment.TroopsInRussia.SouthKoreanIntelligence; }");
        Diagnostic warning = Assert.Single(run.CompileDiagnostics());
        Assert.Equal(("CS0618", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("Deprecated: An early estimate, overtaken by later counts.", warning.GetMessage());
    }

    [Theory]
    [InlineData("Representative")]
    [InlineData("OddNames")]
    public void Generated_code_compiles_without_any_warning_with_nullable_and_documentation_on(string catalogue)
    {
        GeneratorRun run = GeneratorHarness.Run(catalogue == "OddNames" ? Catalogues.OddNames() : Catalogues.Representative());
        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompileDiagnostics());
    }
}
