using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Benchmarks;

/// <summary>
/// "--check": proves that the synthetic catalogue is what the benchmarks claim it is. The real generator must report
/// no error and no warning (FC0012 infos only, one per disputed fact), the generated code must compile without
/// warnings, and every fact's status and every claim's citation must come out as the synthetic model says.
/// </summary>
public static class CatalogueCheck
{
    public static int Run(IEnumerable<int> factCounts)
    {
        int failures = 0;
        foreach (int factCount in factCounts)
        {
            failures += Check(factCount, SyntheticCatalogue.DefaultFactFileCount);
        }
        Console.WriteLine(failures == 0 ? "check: passed" : "check: FAILED");
        return failures == 0 ? 0 : 1;
    }

    private static int Check(int factCount, int factFileCount)
    {
        var clock = Stopwatch.StartNew();
        SyntheticModel model = SyntheticCatalogue.Create(factCount, factFileCount);
        List<(string Path, string Text)> files = model.Files();
        Console.WriteLine(Describe(model, files, clock.Elapsed));

        GeneratorDriver driver = CatalogueBuild.CreateDriver(CatalogueBuild.AdditionalTexts(files))
            .RunGeneratorsAndUpdateCompilation(CatalogueBuild.Compilation("Catalogue", optimize: true), out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        long generated = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        var problems = new List<string>();
        if (result.Exception is not null)
        {
            problems.Add("generator threw " + result.Exception);
        }
        problems.AddRange(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20).Select(d => "generator: " + d));
        int disputed = model.Facts.Count(f => f.Status == "Disputed");
        int infos = diagnostics.Count(d => d.Id == "FC0012");
        if (infos != disputed)
        {
            problems.Add(Invariant($"FC0012 x{infos}, expected one per disputed fact ({disputed})"));
        }
        Console.WriteLine(Invariant($"  generator: {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings, {infos} FC0012 infos; {result.GeneratedSources.Length} files, {generated / 1_000_000.0:F1} M chars of C#"));

        ImmutableArray<Diagnostic> compile = output.GetDiagnostics();
        problems.AddRange(compile.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20).Select(d => "compiler: " + d));
        if (problems.Count == 0)
        {
            problems.AddRange(CompareWithModel(model, GeneratedAssembly.Emit(output)));
        }
        foreach (string problem in problems.Take(20))
        {
            Console.WriteLine("  PROBLEM " + problem);
        }
        Console.WriteLine(Invariant($"  {(problems.Count == 0 ? "ok" : "FAILED")} in {clock.Elapsed.TotalSeconds:F1} s"));
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Every fact through <c>Facts.All</c>: its status, and each claim's citation, as the model has them.</summary>
    private static List<string> CompareWithModel(SyntheticModel model, byte[] image)
    {
        var problems = new List<string>();
        Assembly assembly = GeneratedAssembly.LoadCollectible(image, out AssemblyLoadContext context);
        try
        {
            var all = (IReadOnlyList<Fact>)GeneratedAssembly.Facts(assembly).GetProperty("All")!.GetValue(null)!;
            Dictionary<string, Fact> byId = all.ToDictionary(f => f.Id, StringComparer.Ordinal);
            if (byId.Count != model.Facts.Count)
            {
                problems.Add(Invariant($"Facts.All has {byId.Count} facts, the model {model.Facts.Count}"));
            }
            foreach (SyntheticFact expected in model.Facts)
            {
                if (!byId.TryGetValue(expected.Id, out Fact? fact))
                {
                    problems.Add("missing fact " + expected.Id);
                    continue;
                }
                if (fact.Status.ToString() != expected.Status)
                {
                    problems.Add($"{expected.Id}: status {fact.Status}, expected {expected.Status}");
                }
                foreach (SyntheticClaim claim in expected.Claims)
                {
                    Claim? actual = fact.Claims.FirstOrDefault(c => c.Id == claim.Id);
                    Citation? citation = actual?.Citation;
                    if (citation is null || citation.Source.Id != claim.SourceId || citation.Quote != claim.SourceQuote || citation.Line != claim.Line
                        || citation.Column != claim.Column || citation.Offset != claim.Offset || citation.Length != claim.Length)
                    {
                        problems.Add(Invariant($"{expected.Id}#{claim.Id}: citation {citation?.Line}:{citation?.Column} @{citation?.Offset}+{citation?.Length}, expected {claim.Line}:{claim.Column} @{claim.Offset}+{claim.Length}"));
                    }
                }
            }
        }
        finally
        {
            context.Unload();
        }
        return problems;
    }

    private static string Describe(SyntheticModel model, List<(string Path, string Text)> files, TimeSpan elapsed)
    {
        List<SyntheticClaim> claims = model.Facts.SelectMany(f => f.Claims).ToList();
        string Share<T>(IEnumerable<T> items, Func<T, string> key, int total) => string.Join(", ", items.GroupBy(key)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Invariant($"{g.Key} {100.0 * g.Count() / total:F1} %")));
        int factCount = model.Facts.Count;
        long yaml = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Sum(f => (long)f.Text.Length);
        long documents = files.Sum(f => (long)f.Text.Length) - yaml;
        int[] quoteLengths = claims.Select(c => c.Quote.Length).ToArray();
        return Invariant($"""
            catalogue: {factCount} facts, {claims.Count} claims, {model.Sources.Count} sources, {model.FactFileNames.Length} fact files; made in {elapsed.TotalSeconds:F1} s
              YAML {yaml / 1_000_000.0:F1} M chars, documents {documents / 1_000_000.0:F1} M chars ({documents / model.Sources.Count} per document)
              types: {Share(model.Facts, f => f.Type, factCount)}
              status: {Share(model.Facts, f => f.Status, factCount)}
              claims per fact: {Share(model.Facts, f => f.Claims.Count.ToString(CultureInfo.InvariantCulture), factCount)}
              bounds: {Share(claims, c => c.Bound, claims.Count)}; as-of on {100.0 * claims.Count(c => c.AsOf is not null) / claims.Count:F1} % of claims, deprecated {100.0 * claims.Count(c => c.Rank == "deprecated") / claims.Count:F1} %
              quote length: min {quoteLengths.Min()}, mean {quoteLengths.Average():F0}, max {quoteLengths.Max()}
            """);
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
