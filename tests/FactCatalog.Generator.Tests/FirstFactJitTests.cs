using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// What the first fact costs a fresh process under the JIT, counted in methods compiled, not in time: each method
/// first called costs start-up time (about 0.1 ms here), so a way from a typed member to its fact that grows again
/// (a helper per field, a generic method, a lambda, a static constructor pulled in) fails here. The catalogue is
/// compiled (optimized, as a Release build) into a small program that reads one fact and prints
/// <c>JitInfo.GetCompiledMethodCount</c> before and after, on its own thread (a first call is compiled on the thread
/// that makes it; counting every thread would also count the runtime's background recompilations, which a busy
/// machine can move into the window); it runs with the runtime library beside it, in a process
/// of its own, so nothing on the way was compiled before. docs/benchmarks.md section 4 lists the methods.
/// </summary>
public sealed class FirstFactJitTests : IDisposable
{
    // The counts reached (typed: 33, by id: 48 when this was written), with a little headroom for a runtime update
    // that compiles a method more or less; before the way was cut they were 97 and 110.
    private const int TypedBound = 36;
    private const int ByIdBound = 50;

    private const string Probe = """
        using System;
        using System.Runtime;
        using System.Runtime.CompilerServices;

        public static class FirstFactProgram
        {
            public static int Main(string[] args)
            {
                long before = JitInfo.GetCompiledMethodCount(currentThread: true);
                object fact = args[0] == "typed" ? Typed() : ById();
                long after = JitInfo.GetCompiledMethodCount(currentThread: true);
                GC.KeepAlive(fact);
                Console.WriteLine(after - before);
                return 0;
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static object Typed() => Demo.Facts.Deployment.TroopsInRussia.Fact;

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static object ById() => Demo.Facts.Get("troops-in-russia");
        }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factcatalog-first-fact-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void The_first_typed_fact_and_the_first_fact_by_id_compile_few_methods_in_a_fresh_process()
    {
        string program = Build();

        int typed = MethodsCompiled(program, "typed");
        int byId = MethodsCompiled(program, "by-id");

        // The probe compiles at least the fact's member, its table and the record's decoding: a count near zero
        // would mean the process measured nothing (precompiled code, or a probe that never ran).
        Assert.True(typed >= 10 && typed <= TypedBound && byId >= 10 && byId <= ByIdBound,
            $"Methods compiled: {typed} for the first typed fact (10 to {TypedBound}), {byId} for the first fact by id (10 to {ByIdBound})");
    }

    /// <summary>The catalogue and the probe as a program, with the runtime library and a runtime config beside it.</summary>
    private string Build()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative(), Probe);
        Assert.False(run.HasErrors, run.Describe());
        Compilation compilation = run.Output
            .WithAssemblyName("FirstFactProgram")
            .WithOptions(((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)run.Output.Options)
                .WithOutputKind(OutputKind.ConsoleApplication)
                .WithOptimizationLevel(OptimizationLevel.Release));
        Directory.CreateDirectory(_directory);
        string program = Path.Combine(_directory, "FirstFactProgram.dll");
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(program);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        string runtime = typeof(global::FactCatalog.Fact).Assembly.Location;
        File.Copy(runtime, Path.Combine(_directory, Path.GetFileName(runtime)));
        File.WriteAllText(Path.Combine(_directory, "FirstFactProgram.runtimeconfig.json"), $$"""
            { "runtimeOptions": { "tfm": "net{{Environment.Version.Major}}.{{Environment.Version.Minor}}", "framework": { "name": "Microsoft.NETCore.App", "version": "{{Environment.Version}}" } } }
            """);
        return program;
    }

    /// <summary>What the program printed: the methods compiled while it read the fact.</summary>
    private static int MethodsCompiled(string program, string mode)
    {
        string? current = Environment.ProcessPath;
        string dotnet = current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add(mode);
        // The runtime's own defaults: no JIT or tiering setting of the test run's environment reaches the probe.
        foreach (string name in start.Environment.Keys.Where(IsJitSetting).ToList())
        {
            start.Environment.Remove(name);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, mode + " exited with " + process.ExitCode.ToString(CultureInfo.InvariantCulture) + ": " + output + error);
        return int.Parse(output, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static bool IsJitSetting(string name) =>
        name.StartsWith("COMPlus_", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("DOTNET_ROOT", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("DOTNET_CLI", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("DOTNET_NOLOGO", StringComparison.OrdinalIgnoreCase));
}
