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
/// tracking on and checks how every named step (see <see cref="TrackingNames"/>) ran the second time.
/// </summary>
public class CachingTests
{
    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(
        CatalogueInput input, Func<GeneratorDriver, GeneratorDriver>? edit = null, Func<Compilation, Compilation>? editCode = null)
    {
        Compilation compilation = GeneratorHarness.Compilation("public static class UserCode { public static int One => 1; }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(input, trackSteps: true).RunGenerators(compilation);
        GeneratorDriverRunResult first = driver.GetRunResult();
        driver = (edit ?? (d => d))(driver);
        GeneratorDriverRunResult second = driver.RunGenerators((editCode ?? (c => c))(compilation)).GetRunResult();
        return (first, second);
    }

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
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), driver =>
            driver.ReplaceAdditionalText(FindText(driver, Catalogues.ValuesPath), new TestAdditionalText(Catalogues.ValuesPath, edited)));

        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }.OrderBy(r => r), Reasons(second, TrackingNames.ParsedFactFile).OrderBy(r => r));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }.OrderBy(r => r), Reasons(second, TrackingNames.ResolvedFactFile).OrderBy(r => r));
        Assert.All(Reasons(second, TrackingNames.Document), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(second, TrackingNames.SourceSet), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.GroupFile).OrderBy(r => r.ToString()));
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
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), driver =>
            driver.ReplaceAdditionalText(FindText(driver, Catalogues.DeploymentPath), new TestAdditionalText(Catalogues.DeploymentPath, edited)));

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.RootIndex));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.RootFile));
        string root = second.Results.Single().GeneratedSources.Single(s => s.HintName == "Facts.g.cs").SourceText.ToString();
        Assert.Contains("7:signing", root, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_that_only_moves_YAML_text_reemits_no_code()
    {
        string moved = "# A comment that moves every line down.\n\n" + Catalogues.Deployment;
        (_, GeneratorDriverRunResult second) = RunTwice(Catalogues.Representative(), driver =>
            driver.ReplaceAdditionalText(FindText(driver, Catalogues.DeploymentPath), new TestAdditionalText(Catalogues.DeploymentPath, moved)));

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.ParsedFactFile));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.Catalogue));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(second, TrackingNames.Diagnostics));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(second, TrackingNames.EmitModel));
        Assert.All(Reasons(second, TrackingNames.GroupFile), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
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

    private static AdditionalText FindText(GeneratorDriver driver, string path)
    {
        // The driver keeps the texts it was given; find ours by path through its state.
        object state = typeof(GeneratorDriver).GetField("_state", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(driver)!;
        var texts = (ImmutableArray<AdditionalText>)state.GetType().GetField("AdditionalTexts", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(state)!;
        return texts.Single(t => t.Path == path);
    }

    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel) };

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
