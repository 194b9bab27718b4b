using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// Generated members carry <c>#line</c> mappings: a fact's class lands on the fact in its YAML file, each claim's
/// member (and <c>Value</c>) on the claim, with the enhanced form from C# 10 and the plain form before it; the
/// plumbing between them is hidden, and compiler diagnostics in generated code land in the YAML file while those in
/// the user's code stay there.
/// </summary>
public class LineMappingTests
{
    private static readonly Compilation Latest = GeneratorHarness.Run(Catalogues.Representative()).Output;

    /// <summary>The 0-based line of the first line of the Deployment file that is exactly <paramref name="text"/>.</summary>
    private static int LineOf(string text) => Array.IndexOf(Catalogues.Deployment.Split('\n'), text);

    /// <summary>The catalogue (and <paramref name="code"/>) compiled at <paramref name="version"/>, as a project of that version compiles.</summary>
    private static Compilation Run(LanguageVersion version, CatalogueInput? input = null, string code = "public static class Probe { }")
    {
        var parse = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(input ?? Catalogues.Representative()).WithUpdatedParseOptions(parse);
        Compilation compilation = GeneratorHarness.Compilation()
            .WithOptions(GeneratorHarness.CompilationOptions.WithNullableContextOptions(
                version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, parse.WithDocumentationMode(DocumentationMode.Parse), path: "/project/Probe.cs"));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return output;
    }

    /// <summary>Where the declaration of <paramref name="member"/> of <paramref name="type"/> (or the type itself) maps to.</summary>
    private static FileLinePositionSpan Mapped(Compilation compilation, string type, string? member = null)
    {
        INamedTypeSymbol symbol = compilation.GetTypeByMetadataName(type)!;
        ISymbol target = member is null ? symbol : symbol.GetMembers(member).Single();
        Location location = target.Locations.Single(l => l.SourceTree!.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
        return location.GetMappedLineSpan();
    }

    [Fact]
    public void A_claim_member_lands_on_its_claim_in_the_YAML_file()
    {
        FileLinePositionSpan span = Mapped(Latest, "Demo.Facts+Deployment+TroopsInRussia", "Pentagon");
        Assert.True(span.HasMappedPath);
        Assert.Equal(Catalogues.DeploymentPath, span.Path);
        Assert.Equal(new LinePosition(LineOf("      pentagon:"), 6), span.StartLinePosition);
    }

    [Fact]
    public void Value_lands_on_the_answering_claim_and_the_class_on_the_fact()
    {
        FileLinePositionSpan value = Mapped(Latest, "Demo.Facts+Deployment+TroopsInRussia", "Value");
        Assert.Equal(Catalogues.DeploymentPath, value.Path);
        Assert.Equal(new LinePosition(LineOf("      pentagon:"), 6), value.StartLinePosition);

        FileLinePositionSpan fact = Mapped(Latest, "Demo.Facts+Deployment+TroopsInRussia");
        Assert.Equal(Catalogues.DeploymentPath, fact.Path);
        Assert.Equal(new LinePosition(LineOf("  troops-in-russia:"), 2), fact.StartLinePosition);

        // A disputed fact's Value, which answers nothing, lands on the fact.
        FileLinePositionSpan disputed = Mapped(Latest, "Demo.Facts+Deployment+TreatySigned", "Value");
        Assert.Equal(new LinePosition(LineOf("  treaty-signed:"), 2), disputed.StartLinePosition);
    }

    [Fact]
    public void Below_CSharp_10_the_plain_form_maps_the_line_and_the_code_compiles_clean()
    {
        Compilation old = Run(LanguageVersion.CSharp7_3);
        string text = old.SyntaxTrees.Single(t => t.FilePath.EndsWith("Facts.Deployment.g.cs", StringComparison.Ordinal)).ToString();
        Assert.True(text.Contains("#line " + (LineOf("      pentagon:") + 1) + " \"" + Catalogues.DeploymentPath + "\"\n", StringComparison.Ordinal), text);
        Assert.DoesNotContain("#line (", text, StringComparison.Ordinal);

        FileLinePositionSpan span = Mapped(old, "Demo.Facts+Deployment+TroopsInRussia", "Pentagon");
        Assert.Equal(Catalogues.DeploymentPath, span.Path);
        Assert.Equal(LineOf("      pentagon:"), span.StartLinePosition.Line);
        Assert.Empty(old.GetDiagnostics());

        Assert.Contains("#line (", Run(LanguageVersion.CSharp10).SyntaxTrees.Single(t => t.FilePath.EndsWith("Facts.Deployment.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_Fact_properties_and_doc_comments_are_hidden_and_the_store_is_the_generated_file_s()
    {
        SyntaxTree tree = Latest.SyntaxTrees.Single(t => t.FilePath.EndsWith("Facts.Deployment.g.cs", StringComparison.Ordinal));
        SyntaxNode root = tree.GetRoot();
        foreach (VariableDeclaratorSyntax id in root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(v => v.Identifier.Text == "Id"))
        {
            Assert.Equal(LineVisibility.Hidden, tree.GetLineVisibility(id.SpanStart));
        }
        foreach (PropertyDeclarationSyntax fact in root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Where(p => p.Identifier.Text == "Fact"))
        {
            Assert.Equal(LineVisibility.Hidden, tree.GetLineVisibility(fact.SpanStart));
        }
        ClassDeclarationSyntax store = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Modifiers.Any(SyntaxKind.InternalKeyword));
        Assert.Equal(LineVisibility.Visible, tree.GetLineVisibility(store.SpanStart));
        Assert.False(tree.GetMappedLineSpan(store.Identifier.Span).HasMappedPath);
        Assert.Equal(tree.FilePath, tree.GetMappedLineSpan(store.Identifier.Span).Path);
    }

    [Fact]
    public void A_compiler_error_in_generated_code_lands_on_the_claim_and_the_user_s_warnings_stay_in_the_user_s_code()
    {
        // The user's partial class declares a member the claim also declares: the compiler reports the generated
        // declaration (CS0102), which is the claim's. Using a deprecated claim warns (CS0618) in the user's code.
        const string code = """
            namespace Demo
            {
                public static partial class Facts
                {
                    public static partial class Deployment
                    {
                        public static partial class TroopsInRussia
                        {
                            public const int Pentagon = 1;
                        }
                    }
                }
            }

            public static class Use
            {
                public static int Old() => Demo.Facts.Deployment.TroopsInRussia.SouthKoreanIntelligence;
            }
            """;
        Compilation compilation = GeneratorHarness.Run(Catalogues.Representative(), code).Output;
        // The duplicate also makes the docs' crefs to the member ambiguous (CS0419); those are in doc comments, which
        // are hidden, so they stay in the generated file.
        Diagnostic[] diagnostics = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0419").ToArray();
        Assert.All(compilation.GetDiagnostics().Where(d => d.Id == "CS0419"), d => Assert.EndsWith("Facts.Deployment.g.cs", d.Location.GetMappedLineSpan().Path, StringComparison.Ordinal));

        Diagnostic duplicate = Assert.Single(diagnostics, d => d.Id == "CS0102");
        FileLinePositionSpan at = duplicate.Location.GetMappedLineSpan();
        Assert.Equal(Catalogues.DeploymentPath, at.Path);
        Assert.Equal(LineOf("      pentagon:"), at.StartLinePosition.Line);
        Assert.Contains(Catalogues.DeploymentPath + "(" + (LineOf("      pentagon:") + 1) + ",7)", duplicate.ToString(), StringComparison.Ordinal);

        Diagnostic deprecated = Assert.Single(diagnostics, d => d.Id == "CS0618");
        Assert.Equal("/project/Code0.cs", deprecated.Location.GetMappedLineSpan().Path);
        Assert.False(deprecated.Location.GetMappedLineSpan().HasMappedPath);
        Assert.True(diagnostics.Length == 2, string.Join("\n", diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void Generated_code_has_no_warning_even_at_the_highest_warning_level()
    {
        foreach (LanguageVersion version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.CSharp10, LanguageVersion.Latest })
        {
            Compilation compilation = Run(version);
            compilation = compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithWarningLevel(9999));
            Diagnostic[] diagnostics = compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToArray();
            Assert.True(diagnostics.Length == 0, version + ":\n" + string.Join("\n", diagnostics.Select(d => d.ToString())));
        }
    }

    [Fact]
    public void Windows_paths_are_written_as_they_are_and_a_path_with_a_quote_is_left_unmapped()
    {
        // The compiler reads a #line file name without escapes, so backslashes are written once, as in the path.
        const string windows = @"C:\work\project\facts\deployment.facts.yaml";
        CatalogueInput input = Catalogues.Representative() with
        {
            Files = Catalogues.Representative().Files.Select(f => (@"C:\work" + f.Path.Replace('/', '\\'), f.Text)).ToList(),
        };
        input = input.WithProperty("ProjectDir", @"C:\work\project\");
        Compilation compilation = Run(LanguageVersion.Latest, input);
        Assert.Contains("\"" + windows + "\"", compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Facts.Deployment.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
        FileLinePositionSpan span = Mapped(compilation, "Demo.Facts+Deployment+TroopsInRussia", "Pentagon");
        Assert.Equal(windows, span.Path);
        Assert.Empty(compilation.GetDiagnostics());

        const string quoted = "/project/facts/odd\"name.facts.yaml";
        input = Catalogues.Representative().Without(Catalogues.DeploymentPath).With(quoted, Catalogues.Deployment);
        compilation = Run(LanguageVersion.Latest, input);
        FileLinePositionSpan unmapped = Mapped(compilation, "Demo.Facts+Deployment+TroopsInRussia", "Pentagon");
        Assert.False(unmapped.HasMappedPath);
        Assert.EndsWith("Facts.Deployment.g.cs", unmapped.Path, StringComparison.Ordinal);
        Assert.Empty(compilation.GetDiagnostics());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Places_past_the_largest_line_or_column_a_directive_may_give_are_mapped_by_line_or_not_at_all(bool enhanced)
    {
        static string Directives(bool enhanced, int line, int character)
        {
            var writer = new FactCatalog.Generator.Emit.CodeWriter();
            var lines = new FactCatalog.Generator.Emit.LineDirectives(writer, enhanced);
            lines.Map("/f.yaml", new LinePositionSpan(new LinePosition(line, character), new LinePosition(line, character + 3)), 13);
            writer.Line("public class C { }");
            lines.Hide();
            lines.Reset();
            return writer.ToString();
        }

        static SyntaxTree Parse(string text)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(text, path: "/g.cs");
            Assert.True(!tree.GetDiagnostics().Any(), text + string.Join("\n", tree.GetDiagnostics()));
            return tree;
        }

        static FileLinePositionSpan MappedClass(SyntaxTree tree) =>
            tree.GetMappedLineSpan(tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single().Identifier.Span);

        const int lastLine = FactCatalog.Generator.Emit.LineDirectives.MaxLine - 1;
        const int lastCharacter = FactCatalog.Generator.Emit.LineDirectives.MaxCharacter - 1;
        // The last line and column a directive may name (0-based here) map there, the span's end held to that column...
        FileLinePositionSpan last = MappedClass(Parse(Directives(enhanced, lastLine, lastCharacter)));
        Assert.Equal(new LinePosition(lastLine, enhanced ? lastCharacter : 13), last.StartLinePosition);
        // ...a claim starting past that column maps by its line alone...
        string pastColumn = Directives(enhanced, 9, lastCharacter + 1);
        Assert.StartsWith("#line 10 \"/f.yaml\"\n", pastColumn, StringComparison.Ordinal);
        Assert.Equal(9, MappedClass(Parse(pastColumn)).StartLinePosition.Line);
        // ...and one past the last line would be a compiler error, so nothing is written for it.
        Assert.NotEmpty(CSharpSyntaxTree.ParseText("#line " + (lastLine + 2) + " \"/f.yaml\"\nclass C { }").GetDiagnostics());
        Assert.Equal("public class C { }\n", Directives(enhanced, lastLine + 1, 0));
    }
}
