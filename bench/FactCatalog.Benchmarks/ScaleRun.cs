using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Runtime;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Benchmarks;

/// <summary>
/// "--scale N": one generator run over N facts in a fresh process, as one build would do it: its time and memory,
/// then the output compiled, loaded and called. Exits non-zero on any error diagnostic or failure. Run it under
/// <c>/usr/bin/time -v</c> for the process's maximum resident set as the kernel counts it.
/// </summary>
public static class ScaleRun
{
    private const double MiB = 1024 * 1024;

    public static int Run(int factCount)
    {
        Console.WriteLine(Invariant($"scale: {factCount} facts; {Environment.ProcessorCount} CPUs, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {GCSettings.LatencyMode}"));
        try
        {
            return Measure(factCount);
        }
        catch (Exception e)
        {
            Console.WriteLine("FAILED: " + e);
            return 1;
        }
    }

    private static int Measure(int factCount)
    {
        var clock = Stopwatch.StartNew();
        SyntheticModel model = SyntheticCatalogue.Create(factCount);
        AdditionalText[] files = CatalogueBuild.AdditionalTexts(model.Files());
        foreach (AdditionalText file in files)
        {
            file.GetText();
        }
        Compilation empty = CatalogueBuild.Compilation("Catalogue", optimize: true);
        long inputChars = files.Sum(f => (long)f.GetText()!.Length);
        Console.WriteLine(Invariant($"input: {files.Length} files, {inputChars / 1e6:F1} M chars, made in {clock.Elapsed.TotalSeconds:F1} s; managed heap {GC.GetTotalMemory(true) / MiB:F0} MiB, peak working set so far {Peak() / MiB:F0} MiB"));

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        Compilation output;
        ImmutableArray<Diagnostic> diagnostics;
        GeneratorRunResult result;
        using (var sampler = new MemorySampler())
        {
            clock.Restart();
            GeneratorDriver driver = CatalogueBuild.CreateDriver(files).RunGeneratorsAndUpdateCompilation(empty, out output, out diagnostics);
            clock.Stop();
            result = driver.GetRunResult().Results.Single();
            Console.WriteLine(Invariant($"generator: {clock.Elapsed.TotalSeconds:F2} s; peak managed heap {sampler.PeakManagedBytes / MiB:F0} MiB, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / MiB:F0} MiB, peak working set {Peak() / MiB:F0} MiB"));
        }
        long generatedChars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        Console.WriteLine(Invariant($"  output: {result.GeneratedSources.Length} files, {generatedChars / 1e6:F1} M chars; {Count(diagnostics, DiagnosticSeverity.Error)} errors, {Count(diagnostics, DiagnosticSeverity.Warning)} warnings, {Count(diagnostics, DiagnosticSeverity.Info)} infos"));
        if (result.Exception is not null || Count(diagnostics, DiagnosticSeverity.Error) > 0)
        {
            Console.WriteLine("FAILED: " + (result.Exception?.ToString() ?? string.Join("\n", diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10))));
            return 1;
        }

        Console.WriteLine("  output by kind: " + OutputShape.Describe(result.GeneratedSources));
        Console.WriteLine("  where the time goes (a second run, steps tracked): " + Breakdown(files, empty));

        clock.Restart();
        byte[] image;
        using (var sampler = new MemorySampler())
        {
            using var stream = new System.IO.MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(stream);
            clock.Stop();
            Diagnostic[] errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Console.WriteLine(Invariant($"emit: {clock.Elapsed.TotalSeconds:F2} s, {(emitted.Success ? "succeeded" : "FAILED")}, {stream.Length / MiB:F1} MiB assembly; {errors.Length} errors, {Count(emitted.Diagnostics, DiagnosticSeverity.Warning)} warnings; peak managed heap {sampler.PeakManagedBytes / MiB:F0} MiB, peak working set {Peak() / MiB:F0} MiB"));
            foreach (IGrouping<string, Diagnostic> group in errors.GroupBy(d => d.Id).Take(5))
            {
                Console.WriteLine(Invariant($"  {group.Key} x{group.Count()}: {group.First()}"));
            }
            if (!emitted.Success)
            {
                return 1;
            }
            image = stream.ToArray();
        }
        Console.WriteLine("  assembly: " + AssemblyShape.Describe(image));

        return Call(model, image);
    }

    /// <summary>A second run with step tracking on, for the breakdown only: tracking adds work of its own.</summary>
    private static string Breakdown(AdditionalText[] files, Compilation compilation)
    {
        var clock = Stopwatch.StartNew();
        GeneratorRunResult tracked = CatalogueBuild.CreateDriver(files, trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();
        return StepTimes.Describe(tracked, clock.Elapsed);
    }

    /// <summary>Loads the catalogue and reads a few facts by id, by TryGet and through their typed members.</summary>
    private static int Call(SyntheticModel model, byte[] image)
    {
        Assembly assembly = GeneratedAssembly.LoadCollectible(image, out AssemblyLoadContext context);
        try
        {
            Type facts = GeneratedAssembly.Facts(assembly);
            MethodInfo get = facts.GetMethod("Get")!;
            MethodInfo tryGet = facts.GetMethod("TryGet")!;
            int failures = 0;
            var clock = Stopwatch.StartNew();
            foreach (int index in new[] { 0, model.Facts.Count / 2, model.Facts.Count - 1 })
            {
                SyntheticFact expected = model.Facts[index];
                var fact = (Fact)Invoke(get, expected.Id)!;
                object?[] arguments = { expected.Id, null };
                bool found = (bool)Invoke(tryGet, arguments)!;
                bool ok = fact.Id == expected.Id && fact.Status.ToString() == expected.Status && found && ReferenceEquals(arguments[1], fact);
                failures += ok ? 0 : 1;
                Console.WriteLine(Invariant($"  Facts.Get(\"{expected.Id}\"): {fact.Status}, {fact.Claims.Count} claims, value {fact.BoxedValue ?? "(none)"}; TryGet {found}; {(ok ? "ok" : "WRONG")}"));
            }
            object?[] missing = { "no-such-fact", null };
            bool missingFound = (bool)Invoke(tryGet, missing)!;
            failures += missingFound ? 1 : 0;
            Console.WriteLine(Invariant($"  Facts.TryGet(\"no-such-fact\"): {missingFound}; {(missingFound ? "WRONG" : "ok")}"));

            SyntheticFact typed = model.Facts.First(f => f.Type == "count" && f.Status is "Consistent" or "Resolved" && f.Claims.Count > 1);
            Type member = assembly.GetType(CatalogueBuild.RootNamespace + ".Facts+" + model.GroupClass(typed.FileIndex) + "+" + SyntheticYaml.PascalCase(typed.Id), throwOnError: true)!;
            object? value = member.GetField("Value")!.GetValue(null);
            var typedFact = (Fact)member.GetProperty("Fact")!.GetValue(null)!;
            bool typedOk = Equals(value, typedFact.BoxedValue) && typedFact.Id == typed.Id;
            failures += typedOk ? 0 : 1;
            Console.WriteLine(Invariant($"  {member.FullName}.Value = {value}, .Fact.Value = {typedFact.BoxedValue}; {(typedOk ? "ok" : "WRONG")}"));
            Console.WriteLine(Invariant($"run: {clock.Elapsed.TotalMilliseconds:F0} ms, {(failures == 0 ? "ok" : "FAILED")}; peak working set {Peak() / MiB:F0} MiB"));
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            context.Unload();
        }
    }

    private static object? Invoke(MethodInfo method, params object?[] arguments)
    {
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static long Peak()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static int Count(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity) => diagnostics.Count(d => d.Severity == severity);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
