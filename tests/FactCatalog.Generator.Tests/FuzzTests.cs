using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Tests.Fuzzing;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// No input makes the generator throw or stall. Random and mutated catalogue files (fact files, the sources file
/// and source documents; fixed seed, so a failure reproduces) go through the real driver, one fresh driver per
/// case: there must be no generator exception (CS8785), no internal-error diagnostic, no case that costs more work
/// than <see cref="MaxCaseWork"/> (counted as the bytes the driver allocates on the test's thread, which do not depend
/// on the machine's speed or load; times are printed, never asserted), and whenever the catalogue has no error the generated code must compile without
/// errors or warnings (each distinct output once).
/// </summary>
/// <remarks>
/// <see cref="DefaultCases"/> cases per run; set <c>FACTCATALOG_FUZZ_ITERATIONS</c> for more (the catalogue
/// fuzz tests read it too) and <c>FACTCATALOG_FUZZ_SEED</c> for another corpus. docs/reliability.md has the
/// figures.
/// </remarks>
public sealed class FuzzTests
{
    public const int DefaultCases = 10_000;
    private const int DefaultSeed = 20241116;
    /// <summary>The most a case may allocate in the driver: the costliest case of the default seed allocates under 2 MB.</summary>
    private const long MaxCaseWork = 16L << 20;

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    private static int Cases => EnvironmentNumber("FACTCATALOG_FUZZ_ITERATIONS") ?? DefaultCases;

    private static int Seed => EnvironmentNumber("FACTCATALOG_FUZZ_SEED") ?? DefaultSeed;

    [Fact]
    public void Random_and_mutated_catalogues_never_break_the_generator_and_clean_ones_compile()
    {
        int cases = Cases;
        var corpus = new Corpus(Seed);
        // Every warning wave on, as the SDK builds a project for the latest framework.
        Compilation compilation = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.CompilationOptions.WithWarningLevel(9999));
        // Load and JIT the generator, the YAML reader and the emitters (and run their static initialisers) before anything is measured.
        Assert.False(GeneratorHarness.Run(Catalogues.Representative()).HasErrors);

        var times = new double[cases];
        var compiled = new HashSet<string>(StringComparer.Ordinal);
        int clean = 0;
        double slowest = -1;
        string slowestCase = string.Empty;
        long costliest = -1;
        string costliestCase = string.Empty;
        var compileTime = new Stopwatch();
        // Cases that reach the checks of aliases, look-alike names, format characters in names and long names.
        var reached = new SortedDictionary<string, int>(StringComparer.Ordinal)
        {
            ["FC0017 alias budget"] = 0, ["FC0018 look-alike name"] = 0, ["FC0010 format character"] = 0, ["FC0010 name too long"] = 0,
        };
        var total = Stopwatch.StartNew();
        for (int i = 0; i < cases; i++)
        {
            (CatalogueInput input, string what, string[] mutated) = corpus.Next();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(input);
            long start = Stopwatch.GetTimestamp();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            GeneratorRun run = GeneratorHarness.Run(driver, compilation);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (allocated > costliest)
            {
                (costliest, costliestCase) = (allocated, $"case {i}, {what}");
            }
            if (times[i] > slowest)
            {
                (slowest, slowestCase) = (times[i], $"case {i}, {what}");
            }

            if (run.Exception is not null
                || run.Diagnostics.Any(d => d.Id == "CS8785" || d.GetMessage().StartsWith(StageGuard.InternalErrorPrefix, StringComparison.Ordinal)))
            {
                Assert.Fail($"Case {i} ({what}) broke the generator: {run.Exception}\n{Context(input, mutated, run)}");
            }
            Count(reached, "FC0017 alias budget", run, d => d.Id == "FC0017");
            Count(reached, "FC0018 look-alike name", run, d => d.Id == "FC0018");
            Count(reached, "FC0010 format character", run, d => d.Id == "FC0010" && d.GetMessage().Contains("format character", StringComparison.Ordinal));
            Count(reached, "FC0010 name too long", run, d => d.Id == "FC0010" && d.GetMessage().Contains("UTF-8 bytes", StringComparison.Ordinal));
            if (run.HasErrors)
            {
                continue;
            }
            clean++;
            if (compiled.Add(Fingerprint(run.Files)))
            {
                compileTime.Start();
                // Generated code compiles without errors, and without warnings too: it must never add a warning to a build.
                Diagnostic[] problems = run.CompileDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
                compileTime.Stop();
                Assert.True(problems.Length == 0,
                    $"Case {i} ({what}) has no error diagnostic, but its generated code does not compile cleanly:\n{string.Join("\n", problems.Take(5))}\n{Context(input, mutated, run)}");
            }
        }
        total.Stop();

        Array.Sort(times);
        double p99 = times[Math.Max(0, (int)Math.Ceiling(cases * 0.99) - 1)];
        double median = times[cases / 2];
        string figures = string.Format(CultureInfo.InvariantCulture,
            "{0} cases (seed {1}) in {2:0.0} s: {3} without errors, {4} distinct outputs compiled in {5:0.0} s; driver time per case: median {6:0.0} ms, p99 {7:0.0} ms, max {8:0.0} ms ({9}); most allocated by a case: {10} KB ({11})",
            cases, Seed, total.Elapsed.TotalSeconds, clean, compiled.Count, compileTime.Elapsed.TotalSeconds, median, p99, slowest, slowestCase, costliest / 1024, costliestCase);
        figures += "; cases reaching " + string.Join(", ", reached.Select(r => r.Key + ": " + r.Value.ToString(CultureInfo.InvariantCulture)));
        _output.WriteLine(figures);
        Assert.True(reached.Values.All(n => n > 0), $"The mutations do not reach every hostile-name and alias check. {figures}");

        Assert.True(costliest <= MaxCaseWork, $"A case allocated more than {MaxCaseWork >> 20} MB. {figures}");
        // The corpus must exercise both paths: inputs rejected with errors, and inputs that produce code.
        Assert.True(clean >= cases / 20 && cases - clean >= cases / 20, $"The corpus does not reach both paths. {figures}");
    }

    private static void Count(SortedDictionary<string, int> reached, string what, GeneratorRun run, Func<Diagnostic, bool> match)
    {
        if (run.Diagnostics.Any(match))
        {
            reached[what]++;
        }
    }

    /// <summary>The generated files, ordered by name, as one hash: equal outputs need compiling once.</summary>
    private static string Fingerprint(IReadOnlyDictionary<string, string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (KeyValuePair<string, string> file in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Key + "\0" + file.Value.Length.ToString(CultureInfo.InvariantCulture) + "\0"));
            hash.AppendData(Encoding.UTF8.GetBytes(file.Value));
        }
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    private static string Context(CatalogueInput input, string[] mutated, GeneratorRun run) =>
        string.Join("\n", input.Files.Where(f => mutated.Contains(f.Path)).Select(f => $"--- {f.Path}:\n{f.Text}"))
        + "\n--- diagnostics:\n" + run.Describe();

    private static int? EnvironmentNumber(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : null;

    /// <summary>
    /// The cases: the representative and odd-names catalogues with one or two files mutated (fact files most often,
    /// then the sources file and the source documents), or a fact file generated from the format's own keys.
    /// </summary>
    private sealed class Corpus
    {
        private readonly Random _random;
        private readonly YamlMutator _mutator;
        private readonly CatalogueInput _representative = Catalogues.Representative();
        private readonly CatalogueInput _odd = Catalogues.OddNames();

        public Corpus(int seed)
        {
            _random = new Random(seed);
            _mutator = new YamlMutator(seed);
        }

        public (CatalogueInput Input, string What, string[] Mutated) Next()
        {
            int kind = _random.Next(20);
            CatalogueInput input = kind == 0 ? _odd : _representative;
            string first = kind switch
            {
                0 => Catalogues.OddPath,
                < 8 => Catalogues.DeploymentPath,
                < 11 => Catalogues.ValuesPath,
                < 14 => Catalogues.SourcesPath,
                < 16 => Catalogues.ReportPath,
                _ => Catalogues.DeploymentPath,
            };
            bool generated = kind >= 16;
            input = generated ? input.With(first, _mutator.Generate()) : Mutate(input, first);
            var mutated = new List<string> { first };
            if (_random.Next(5) == 0 && first != Catalogues.SourcesPath)
            {
                input = Mutate(input, Catalogues.SourcesPath);
                mutated.Add(Catalogues.SourcesPath);
            }
            string what = (generated ? "generated " : "mutated ") + string.Join(" + ", mutated.Select(p => p.Substring(p.LastIndexOf('/') + 1)));
            return (input, what, mutated.ToArray());
        }

        private CatalogueInput Mutate(CatalogueInput input, string path) =>
            input.With(path, _mutator.Mutate(input.Files.Single(f => f.Path == path).Text));
    }
}
