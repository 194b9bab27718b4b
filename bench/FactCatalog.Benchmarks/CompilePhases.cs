using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Benchmarks;

/// <summary>
/// <c>--compile-phases &lt;folder&gt;</c>: where the compiler's time goes on generated code, given as the files a build
/// wrote (<c>-p:EmitCompilerGeneratedFiles=true</c>). Each phase runs on a compilation of its own, so each figure is
/// everything up to that point: parsing (with doc comments parsed, as with <c>GenerateDocumentationFile</c>, and as
/// plain comments, as without), declaring (<c>GetDeclarationDiagnostics</c>: types, members, signatures, attributes),
/// the whole emit (which binds, lowers and writes every method body and the metadata), and the emit with the XML
/// documentation file. CPU time of this process (all threads) and wall time; the whole sequence runs twice, and both
/// passes are printed: the first includes JIT-compiling the compiler's own code, the second is warm.
/// </summary>
public static class CompilePhases
{
    public static int Run(string folder)
    {
        (string Path, string Text)[] files = Read(folder);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compile phases: {files.Length} files, {files.Sum(f => (long)f.Text.Length) / 1e6:0.0} M chars; {Environment.ProcessorCount} CPUs; load average {LoadAverage()}"));
        Console.WriteLine("first pass (the compiler's code still being JIT-compiled):");
        Measure(files);
        Console.WriteLine("second pass (warm):");
        Measure(files);
        return 0;
    }

    internal static readonly CSharpParseOptions Diagnose = CatalogueBuild.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    internal static (string Path, string Text)[] Read(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToArray();

    private static void Measure((string Path, string Text)[] files)
    {
        static void Report(string what, (double Cpu, double Wall) t) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: CPU {t.Cpu:0.00} s, wall {t.Wall:0.00} s; load average {LoadAverage()}"));

        var diagnose = CatalogueBuild.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var none = CatalogueBuild.ParseOptions.WithDocumentationMode(DocumentationMode.None);
        SyntaxTree[] trees = null!;
        Report("parse, doc comments parsed", Time(() => trees = Parse(files, diagnose)));
        SyntaxTree[] plain = null!;
        Report("parse, doc comments as plain comments", Time(() => plain = Parse(files, none)));
        Report("declare (GetDeclarationDiagnostics)", Time(() => Check(Compile(trees).GetDeclarationDiagnostics())));
        Report("emit, no XML documentation", Time(() => Emit(Compile(trees), xml: false)));
        Report("emit with the XML documentation file", Time(() => Emit(Compile(trees), xml: true)));
        Report("emit, doc comments as plain comments", Time(() => Emit(Compile(plain), xml: false)));
    }

    internal static SyntaxTree[] Parse((string Path, string Text)[] files, CSharpParseOptions options) =>
        files.Select(f =>
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(f.Text), options, f.Path);
            tree.GetRoot();
            return tree;
        }).ToArray();

    internal static CSharpCompilation Compile(SyntaxTree[] trees) =>
        CatalogueBuild.Compilation("Catalogue", optimize: true).AddSyntaxTrees(trees);

    internal static void Emit(Compilation compilation, bool xml)
    {
        using var pe = new MemoryStream();
        using var doc = xml ? new MemoryStream() : null;
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(pe, xmlDocumentationStream: doc);
        Check(result.Diagnostics);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code did not compile.");
        }
    }

    private static void Check(IEnumerable<Diagnostic> diagnostics) =>
        CatalogueBuild.ThrowOnErrors("The generated code has errors", diagnostics);

    internal static (double Cpu, double Wall) Time(Action action)
    {
        GC.Collect();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        return ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, clock.Elapsed.TotalSeconds);
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
