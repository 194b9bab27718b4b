using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// Generated code is written for the consumer's language version: the representative catalogue compiles with no
/// diagnostic at all (warnings as errors, documentation diagnostics on) from C# 7.3 on, in every nullable context,
/// and behaves the same at every version.
/// </summary>
public class LanguageVersionTests
{
    /// <summary>Consumer code any C# from 7.3 on accepts, clean in every nullable context; it walks every generated table.</summary>
    private const string Code = """
        using System.Linq;
        using Demo;

        public static class Probe
        {
            public const int Troops = Facts.Deployment.TroopsInRussia.Value;
            public const string Host = Facts.Values.SummitHost.Value;

            public static string Run()
            {
                string found = Facts.TryGet("troops-in-russia", out var fact) ? fact.Id + "=" + fact.Status : "none";
                string missing = Facts.TryGet("no-such-fact", out var none) ? "found" : "missing";
                string source = Sources.TryGet("translated-report", out var translated) ? translated.Id : "none";
                return string.Join(";", new[]
                {
                    Troops.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Host,
                    Facts.Values.BudgetApproved.Value.ToString(),
                    found,
                    missing,
                    source,
                    Facts.Get("treaty-signed").Status.ToString(),
                    string.Join(",", Facts.All.Select(f => f.Id)),
                    string.Join(",", Facts.WithTag("troops").Select(f => f.Id)),
                    Facts.WithTag("no-such-tag").Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join(",", Sources.All.Select(s => s.Id)),
                    string.Join(",", Facts.All.SelectMany(f => f.Claims).Select(c => c.Citation.ToString())),
                });
            }
        }
        """;

    public static IEnumerable<object[]> Versions() =>
        new[]
        {
            (LanguageVersion.CSharp7_3, NullableContextOptions.Disable),
            (LanguageVersion.CSharp8, NullableContextOptions.Disable),
            (LanguageVersion.CSharp8, NullableContextOptions.Enable),
            (LanguageVersion.CSharp9, NullableContextOptions.Disable),
            (LanguageVersion.CSharp9, NullableContextOptions.Enable),
            (LanguageVersion.CSharp10, NullableContextOptions.Disable),
            (LanguageVersion.CSharp10, NullableContextOptions.Enable),
            (LanguageVersion.CSharp11, NullableContextOptions.Disable),
            (LanguageVersion.CSharp11, NullableContextOptions.Warnings),
            (LanguageVersion.CSharp11, NullableContextOptions.Annotations),
            (LanguageVersion.CSharp11, NullableContextOptions.Enable),
            (LanguageVersion.Latest, NullableContextOptions.Disable),
            (LanguageVersion.Latest, NullableContextOptions.Enable),
        }.Select(v => new object[] { v.Item1.ToDisplayString(), v.Item2.ToString() });

    [Theory]
    [MemberData(nameof(Versions))]
    public void Generated_code_compiles_with_no_diagnostic_and_runs_the_same(string languageVersion, string nullable)
    {
        GeneratorRun run = Run(languageVersion, nullable, Code);

        Assert.False(run.HasErrors, run.Describe());
        Assert.Empty(run.CompileDiagnostics());
        Assert.Equal(Expected(), (string)GeneratorHarness.Execute(run.Output, "Probe", "Run")!);
    }

    [Theory]
    [InlineData("7.3")]
    [InlineData("8.0")]
    [InlineData("10.0")]
    [InlineData("latest")]
    public void Reading_a_disputed_Value_is_a_compile_error_naming_the_claims_at_every_version(string languageVersion)
    {
        const string code = """
            public static class Probe
            {
                public static object Read() { return Demo.Facts.Deployment.TreatySigned.Value; }
            }
            """;
        GeneratorRun run = Run(languageVersion, "Disable", code);

        Diagnostic error = Assert.Single(run.CompileDiagnostics());
        Assert.Equal("CS0619", error.Id);
        Assert.Contains("Fact 'treaty-signed' is disputed", error.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("June", error.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7.3", false, false)]
    [InlineData("8.0", true, true)]
    [InlineData("10.0", true, true)]
    [InlineData("11.0", true, true)]
    public void Below_CSharp_8_the_code_has_no_nullable_annotations_and_no_switch_expressions(string languageVersion, bool nullable, bool switchExpressions)
    {
        GeneratorRun run = Run(languageVersion, "Disable", string.Empty);
        string all = string.Join("\n", run.Files.Values);

        Assert.Equal(nullable, all.Contains("#nullable enable", StringComparison.Ordinal));
        Assert.Equal(nullable, all.Contains("global::FactCatalog.Fact? fact", StringComparison.Ordinal));
        Assert.Equal(switchExpressions, all.Contains(") switch", StringComparison.Ordinal));
        Assert.Equal(!switchExpressions, all.Contains("default: throw new global::System.ArgumentOutOfRangeException", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("8.0", "Enable")]
    [InlineData("latest", "Enable")]
    [InlineData("latest", "Disable")]
    public void The_private_index_and_data_methods_are_outside_nullable_analysis_and_everything_else_inside(string languageVersion, string nullable)
    {
        // The compiler's nullable analysis of the stores' switch arms was about 7 % of a warm emit of 10,000 facts
        // (docs/benchmarks.md): those private methods are in #nullable disable, every other member keeps the file's
        // #nullable enable, so the annotations a consumer sees do not change.
        GeneratorRun run = Run(languageVersion, nullable, string.Empty);
        var privateData = new System.Text.RegularExpressions.Regex("^(RecordData|IdData|FactAt|TagData|TagFacts)([0-9]+(_[0-9]+)?)?$|^("
            + string.Join("|", FactCatalog.Catalogue.Naming.GeneratedMemberNames.FactReaders) + ")$");
        int disabled = 0, enabled = 0;
        foreach (SyntaxTree tree in run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)))
        {
            SemanticModel model = run.Output.GetSemanticModel(tree);
            foreach (var member in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>()
                .Where(m => m is not Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax))
            {
                string name = member is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax method ? method.Identifier.ValueText : string.Empty;
                NullableContext context = model.GetNullableContext(member.Span.End - 1);
                if (privateData.IsMatch(name))
                {
                    Assert.True(((Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax)member).Modifiers.Any(SyntaxKind.PrivateKeyword), name);
                    Assert.True(context == NullableContext.Disabled, tree.FilePath + ": " + name + " is in " + context);
                    disabled++;
                }
                else
                {
                    Assert.True(context == NullableContext.Enabled, tree.FilePath + ": " + member.ToString().Split('\n')[0] + " is in " + context);
                    enabled++;
                }
            }
        }
        Assert.True(disabled >= 10, "private data methods found: " + disabled);
        Assert.True(enabled >= 50, "other members found: " + enabled);
    }

    /// <summary>What <see cref="Code"/> returns: computed once, at the newest version, which the snapshot tests pin.</summary>
    private static string Expected() => s_expected.Value;

    private static readonly Lazy<string> s_expected = new(() =>
    {
        GeneratorRun run = Run("latest", "Enable", Code);
        Assert.Empty(run.CompileDiagnostics());
        string result = (string)GeneratorHarness.Execute(run.Output, "Probe", "Run")!;
        Assert.StartsWith("10000;Kim Jong Un;2024-06;troops-in-russia=Resolved;missing;translated-report;Disputed;budget-approved,", result, StringComparison.Ordinal);
        return result;
    });

    private static GeneratorRun Run(string languageVersion, string nullable, string code)
    {
        Assert.True(LanguageVersionFacts.TryParse(languageVersion, out LanguageVersion version));
        var parse = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        CatalogueInput input = Catalogues.Representative();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FactCatalogGenerator().AsSourceGenerator() },
            input.Files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)),
            parse,
            new TestOptionsProvider(input.Properties));
        // Warnings as errors, as a project with TreatWarningsAsErrors compiles; the probe's own code is parsed without
        // documentation diagnostics, so that every one left comes from generated code.
        Compilation compilation = GeneratorHarness.Compilation()
            .WithOptions(GeneratorHarness.CompilationOptions
                .WithNullableContextOptions(Enum.Parse<NullableContextOptions>(nullable))
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, parse.WithDocumentationMode(DocumentationMode.Parse), path: "/project/Probe.cs"));
        return GeneratorHarness.Run(driver, compilation);
    }
}
