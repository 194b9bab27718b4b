using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Benchmarks;

/// <summary>
/// The generated catalogue compiled to a DLL (Release) together with the probe classes the runtime and cold-start
/// benchmarks call, the same catalogue as JSON, and the probed fact's id. Built once into a temp folder keyed by the
/// fact count and the builds of the generator, runtime library and this project, so a changed emitter builds them
/// anew; each benchmark process then only loads them.
/// </summary>
public static class CompiledCatalogue
{
    public const string FirstFactType = CatalogueBuild.RootNamespace + ".Probes.FirstFact";

    public const string LookupLoopsType = CatalogueBuild.RootNamespace + ".Probes.LookupLoops";

    /// <summary>
    /// The folder for <paramref name="factCount"/> facts and these builds. The builds' module ids are read from the
    /// files, not from loaded assemblies, so that a process measuring a cold start does not load the compiler.
    /// </summary>
    public static string Directory(int factCount)
    {
        string here = Path.GetDirectoryName(typeof(CompiledCatalogue).Assembly.Location)!;
        string builds = string.Join(",", new[] { "FactCatalog.Generator.dll", "FactCatalog.Catalogue.dll", "FactCatalog.dll", Path.GetFileName(typeof(CompiledCatalogue).Assembly.Location) }
            .Select(file => ModuleVersionId(Path.Combine(here, file))));
        string key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(builds)), 0, 6).ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "factcatalog-bench", "catalogue-" + factCount.ToString(CultureInfo.InvariantCulture) + "-" + key);
    }

    private static string ModuleVersionId(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString("N");
    }

    public static string AssemblyPath(string directory) => Path.Combine(directory, "Catalogue.dll");

    public static string JsonPath(string directory) => Path.Combine(directory, "catalogue.json");

    public static string FactId(string directory) => File.ReadAllText(Path.Combine(directory, "fact-id.txt"));

    /// <summary>
    /// The folder of the files, built first if they are not there, in a process of its own ("--prepare"), so that a
    /// process measuring a cold start has not run the compiler before.
    /// </summary>
    public static string Ensure(int factCount)
    {
        string directory = Directory(factCount);
        if (!File.Exists(Path.Combine(directory, "fact-id.txt")))
        {
            SelfProcess.Run("--prepare", factCount.ToString(CultureInfo.InvariantCulture));
        }
        return directory;
    }

    /// <summary>Builds the files (unless they are there); returns their folder.</summary>
    public static string Prepare(int factCount)
    {
        string directory = Directory(factCount);
        if (File.Exists(Path.Combine(directory, "fact-id.txt")))
        {
            return directory;
        }
        System.IO.Directory.CreateDirectory(directory);
        SyntheticModel model = SyntheticCatalogue.Create(factCount);
        SyntheticFact probe = Probe(model);
        Compilation output = CatalogueBuild.Generate(model.Files(), CatalogueBuild.Compilation("Catalogue", optimize: true, ProbeCode(model, probe), LookupLoopsCode), out _);
        File.WriteAllBytes(AssemblyPath(directory), GeneratedAssembly.Emit(output));
        JsonCatalogue.Write(model, JsonPath(directory));
        // Written last: its presence says the folder is complete.
        File.WriteAllText(Path.Combine(directory, "fact-id.txt"), probe.Id);
        return directory;
    }

    /// <summary>A fact halfway through the catalogue with a value and more than one claim.</summary>
    private static SyntheticFact Probe(SyntheticModel model) =>
        model.Facts.Skip(model.Facts.Count / 2).First(f => f.Status is "Consistent" or "Resolved" && f.Claims.Count > 1);

    /// <summary>Reads one fact, or all of them, compiled with the catalogue so that its calls bind like an application's.</summary>
    private static string ProbeCode(SyntheticModel model, SyntheticFact probe) => $$"""
        namespace {{CatalogueBuild.RootNamespace}}.Probes
        {
            public static class FirstFact
            {
                public static object Typed() => global::{{CatalogueBuild.RootNamespace}}.Facts.{{model.GroupClass(probe.FileIndex)}}.{{SyntheticYaml.PascalCase(probe.Id)}}.Fact;

                public static object ById() => global::{{CatalogueBuild.RootNamespace}}.Facts.Get("{{probe.Id}}");

                public static object All()
                {
                    int claims = 0;
                    foreach (global::FactCatalog.Fact fact in global::{{CatalogueBuild.RootNamespace}}.Facts.All)
                    {
                        claims += fact.Claims.Count;
                    }
                    return claims;
                }
            }
        }
        """;

    /// <summary>The lookup loops of the runtime benchmarks: the same loop over Facts.TryGet, a Dictionary and a FrozenDictionary.</summary>
    private const string LookupLoopsCode = """
        using System.Collections.Frozen;
        using System.Collections.Generic;
        using FactCatalog;

        namespace Bench.Probes
        {
            public static class LookupLoops
            {
                public static int TryGetAll(string[] ids)
                {
                    int found = 0;
                    foreach (string id in ids)
                    {
                        if (global::Bench.Facts.TryGet(id, out Fact? fact))
                        {
                            found++;
                        }
                    }
                    return found;
                }

                public static int DictionaryAll(Dictionary<string, Fact> facts, string[] ids)
                {
                    int found = 0;
                    foreach (string id in ids)
                    {
                        if (facts.TryGetValue(id, out Fact? fact))
                        {
                            found++;
                        }
                    }
                    return found;
                }

                public static int FrozenDictionaryAll(FrozenDictionary<string, Fact> facts, string[] ids)
                {
                    int found = 0;
                    foreach (string id in ids)
                    {
                        if (facts.TryGetValue(id, out Fact? fact))
                        {
                            found++;
                        }
                    }
                    return found;
                }
            }
        }
        """;
}
