using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using FactCatalog.Benchmarks;

// Modes that need a process of their own or are no BenchmarkDotNet benchmark; anything else goes to BenchmarkDotNet
// (for example: --filter '*GeneratorBenchmarks*'). Every command is listed in docs/benchmarks.md.
return args.FirstOrDefault() switch
{
    "--paired" => PairedAnalyzerRun.Run(),
    "--check" => CatalogueCheck.Run(args.Length > 1 ? args.Skip(1).Select(Number).ToArray() : new[] { 1_000, 10_000 }),
    "--scale" => ScaleRun.Run(args.Length > 1 ? Number(args[1]) : 100_000),
    "--cold-start" => FirstFactProbe.Run(args.Length > 1 ? Number(args[1]) : 10_000, args.Length > 2 ? Number(args[2]) : 15),
    "--first-fact" => FirstFactProbe.RunChild(args[1], args[2]),
    "--prepare" => Prepare(Number(args[1])),
    "--attack" => AttackRun.Run(args[1]),
    "--generator-warm-up" => GeneratorWarmUp.Run(args.Length > 1 ? Number(args[1]) : 10_000, args.Length > 2 ? Number(args[2]) : 20),
    "--compile-phases" => CompilePhases.Run(args[1]),
    "--write-generated" => CompileProfile.WriteGenerated(Number(args[1]), args[2]),
    "--compile-ab" => CompileProfile.AB(args.Skip(2).ToArray(), Number(args[1])),
    "--compile-profile" => CompileProfile.Profile(args[1], args.Length > 2 ? Number(args[2]) : 2),
    "--real-build" => RealBuildRun.Run(args.Skip(1).ToArray()),
    "--report-open" => ReportOpenRun.Run(args.Length > 1 ? Number(args[1]) : 10_000, args.Length > 2 ? Number(args[2]) : 5),
    _ => RunBenchmarks(args),
};

static int Prepare(int factCount)
{
    System.Console.WriteLine(CompiledCatalogue.Prepare(factCount));
    return 0;
}

static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(args);
    return 0;
}
