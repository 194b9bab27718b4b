using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// The incremental pipeline re-runs only what an edit touches. Each test runs the driver twice with step
/// tracking on and checks how every named step (see <see cref="TrackingNames"/>) ran the second time. Only the
/// driver's public API is used: the tests keep the additional texts they hand the driver, edit through
/// <see cref="GeneratorDriver.ReplaceAdditionalText"/>, <see cref="GeneratorDriver.AddAdditionalTexts"/> and
/// <see cref="GeneratorDriver.RemoveAdditionalTexts"/>, and read <see cref="GeneratorRunResult.TrackedSteps"/> and
/// <see cref="GeneratorRunResult.TrackedOutputSteps"/>.
/// </summary>
public class CachingTests
{
    /// <summary>The additional texts given to the driver, by path, so that an edit can name the one it replaces.</summary>
    private sealed class Texts
    {
        private readonly Dictionary<string, AdditionalText> _byPath;

        public Texts(CatalogueInput input) =>
            _byPath = input.Files.ToDictionary(f => f.Path, f => (AdditionalText)new TestAdditionalText(f.Path, f.Text), StringComparer.Ordinal);

        public IEnumerable<AdditionalText> All => _byPath.Values;

        public AdditionalText this[string path] => _byPath[path];
    }

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(
        CatalogueInput input, Func<GeneratorDriver, Texts, GeneratorDriver>? edit = null, Func<Compilation, Compilation>? editCode = null)
    {
        var texts = new Texts(input);
        Compilation compilation = GeneratorHarness.Compilation("public static class UserCode { public static int One => 1; }");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new FactCatalogGenerator().AsSourceGenerator() },
                texts.All,
                GeneratorHarness.ParseOptions,
                new TestOptionsProvider(input.Properties),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGenerators(compilation);
        GeneratorDriverRunResult first = driver.GetRunResult();
        driver = (edit ?? ((d, _) => d))(driver, texts);
        GeneratorDriverRunResult second = driver.RunGenerators((editCode ?? (c => c))(compilation)).GetRunResult();
        return (first, second);
    }

    /// <summary>Replaces the text at <paramref name="path"/> with <paramref name="text"/>.</summary>
    private static Func<GeneratorDriver, Texts, GeneratorDriver> Replace(string path, string text) =>
        (driver, texts) => driver.ReplaceAdditionalText(texts[path], new TestAdditionalText(path, text));

    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string step) =>
        result.Results.Single().TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : Array.Empty<IncrementalStepRunReason>();

    private static void AssertAllCachedOrUnchanged(GeneratorDriverRunResult result, params string[] except)
    {
        foreach (string step in TrackingNames.All.Except(except))
        {
            Assert.All(Reasons(result, step), reason =>
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {step} ran as {reason}"));
        }
        Assert.All(result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"An output ran as {output.Reason}"));
    }

    [Fact]
    public void Every_step_is_tracked()
    {
        (GeneratorDriverRunResult first, _) = RunTwice(Catalogues.Representative());
        Assert.All(TrackingNames.All, name => Assert.True(first.Results.Single().TrackedSteps.ContainsKey(name), name + " is not tracked"));
    }

    [Fact]
    public void A_CSharp_edit_reruns_nothing()
    {
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), editCode: compilation =>
            compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class More { }", GeneratorHarness.ParseOptions)));
        AssertAllCachedOrUnchanged(second);
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.Features));
    }

    [Fact]
    public void Editing_one_fact_file_reparses_only_that_file_and_reemits_only_its_group()
    {
        string edited = Catalogues.Values.Replace("statement: Growth.", "statement: Economic growth.");
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), Replace(Catalogues.ValuesPath, edited));

        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }.OrderBy(r => r), Reasons(second, TrackingNames.ParsedFactFile).OrderBy(r => r));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }.OrderBy(r => r), Reasons(second, TrackingNames.ResolvedFactFile).OrderBy(r => r));
        Assert.All(Reasons(second, TrackingNames.Document), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(second, TrackingNames.SourceSet), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // The edited group's file is re-emitted; the other group's is reused (its model and places are unchanged).
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.GroupModel).OrderBy(r => r.ToString()));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.GroupFile).OrderBy(r => r.ToString()));
        // No id, name or tag changed: the root file's index is not even rebuilt.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.RootIndex));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(second, TrackingNames.RootFile));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.SourcesFile));
    }

    [Fact]
    public void Editing_a_tag_rebuilds_the_root_file()
    {
        string edited = Catalogues.Deployment.Replace("    tags: [treaty]\n", "    tags: [treaty, signing]\n");
        Assert.NotEqual(Catalogues.Deployment, edited);
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), Replace(Catalogues.DeploymentPath, edited));

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.RootIndex));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.RootFile));
        string root = second.Results.Single().GeneratedSources.Single(s => s.HintName == "Facts.g.cs").SourceText.ToString();
        Assert.Contains("7:signing", GeneratedData.Text(root), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_that_only_moves_YAML_text_reemits_only_that_file_s_group_for_its_line_mappings()
    {
        string moved = "# A comment that moves every line down.\n\n" + Catalogues.Deployment;
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), Replace(Catalogues.DeploymentPath, moved));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.ParsedFactFile));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.Catalogue));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.Diagnostics));
        // The model is the same: the root and sources files and every group's model stay; only the places moved.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.EmitModel));
        Assert.All(Reasons(second, TrackingNames.GroupModel), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.PlaceTable));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.GroupFile).OrderBy(r => r.ToString()));
        string deployment = second.Results.Single().GeneratedSources.Single(s => s.HintName == "Facts.Deployment.g.cs").SourceText.ToString();
        int pentagon = Array.IndexOf(moved.Split('\n'), "      pentagon:") + 1;
        Assert.Contains("#line (" + pentagon + ",7)-", deployment, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_graph_holds_no_compilation_symbol_or_syntax()
    {
        (GeneratorDriverRunResult first, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative());
        foreach (GeneratorDriverRunResult result in new[] { first, second })
        {
            // The compiler's own input steps (such as "Compilation") are tracked too; the model is what our steps hold.
            foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in
                result.Results.Single().TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)))
            {
                foreach ((object value, _) in step.Value.SelectMany(s => s.Outputs))
                {
                    AssertNoCompilerObjects(value, step.Key, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }
    }

    [Fact]
    public void Equal_inputs_give_equal_models()
    {
        (GeneratorDriverRunResult first, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative());
        foreach (string step in TrackingNames.All.Except(new[] { TrackingNames.Features }))
        {
            object[] a = first.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
            object[] b = second.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Adding_a_fact_file_parses_and_resolves_only_that_file_and_emits_only_its_group_when_it_sorts_last()
    {
        // The driver compares a SelectMany's outputs by position, and groups are in name order: a group that sorts last
        // leaves every other group file in place (one that sorts first would shift them all and re-emit them).
        const string path = "/project/facts/weather.facts.yaml";
        const string extra = "group: Weather\nfacts:\n  extra-growth:\n    statement: Growth again.\n    type: number\n    claims:\n"
            + "      report:\n        value: 6.5\n        claimant: the report\n        source: report\n        quote: Growth was 6.5 per cent\n";
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), (driver, _) =>
            driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new TestAdditionalText(path, extra))));

        Assert.Equal(new[] { IncrementalStepRunReason.New, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached }, Reasons(second, TrackingNames.ParsedFactFile).OrderBy(r => r));
        Assert.Equal(new[] { IncrementalStepRunReason.New, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached }, Reasons(second, TrackingNames.ResolvedFactFile).OrderBy(r => r));
        Assert.All(Reasons(second, TrackingNames.Document), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(second, TrackingNames.SourceSet), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(new[] { IncrementalStepRunReason.New, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.GroupFile).OrderBy(r => r));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.RootIndex));
        Assert.True(second.Diagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), string.Join("\n", second.Diagnostics));
        Assert.Contains(second.Results.Single().GeneratedSources, s => s.HintName == "Facts.Weather.g.cs");
    }

    [Fact]
    public void Removing_a_fact_file_removes_its_group_and_reruns_no_other_file()
    {
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), (driver, texts) =>
            driver.RemoveAdditionalTexts(ImmutableArray.Create(texts[Catalogues.ValuesPath])));

        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Removed }, Reasons(second, TrackingNames.ParsedFactFile).OrderBy(r => r));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Removed }, Reasons(second, TrackingNames.ResolvedFactFile).OrderBy(r => r));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Removed }, Reasons(second, TrackingNames.GroupFile).OrderBy(r => r));
        Assert.DoesNotContain(second.Results.Single().GeneratedSources, s => s.HintName == "Facts.Values.g.cs");
        Assert.Contains(second.Results.Single().GeneratedSources, s => s.HintName == "Facts.Deployment.g.cs");
    }

    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel) };

    /// <summary>
    /// Walks a step's output value (which the public run result hands out) through its fields: reflection over the
    /// model the generator built, never over the driver.
    /// </summary>
    private static void AssertNoCompilerObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value is Type || value is Delegate || value is Pointer)
        {
            return;
        }
        Type type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.Name}");
        if (type.IsPrimitive || type.IsEnum || (!type.IsValueType && !seen.Add(value)))
        {
            return;
        }
        if (value is IEnumerable items && type.IsArray)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertNoCompilerObjects(item, $"{path}[{i++}]", seen);
            }
            return;
        }
        for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertNoCompilerObjects(field.GetValue(value), path + "." + field.Name, seen);
            }
        }
    }
}
