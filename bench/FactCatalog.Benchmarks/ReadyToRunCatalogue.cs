using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace FactCatalog.Benchmarks;

/// <summary>
/// The compiled catalogue and the runtime library precompiled to native code, as an application published with
/// <c>dotnet publish -p:PublishReadyToRun=true</c> ships them: a throwaway project that references both is published
/// that way into <c>ready-to-run/</c> beside the catalogue, once. A probe loads them in a load context of its own, so
/// that the runtime library it uses is the precompiled one, not this program's.
/// </summary>
public static class ReadyToRunCatalogue
{
    private const string Folder = "ready-to-run";

    /// <summary>The folder of the precompiled assemblies for the catalogue in <paramref name="directory"/>, published first if needed.</summary>
    public static string Ensure(string directory)
    {
        string output = Path.Combine(directory, Folder);
        if (File.Exists(Path.Combine(output, "done.txt")))
        {
            return output;
        }
        string project = Path.Combine(directory, "ready-to-run-project");
        Directory.CreateDirectory(project);
        string runtimeLibrary = Path.Combine(Path.GetDirectoryName(typeof(Fact).Assembly.Location)!, "FactCatalog.dll");
        File.WriteAllText(Path.Combine(project, "Publish.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                <RuntimeIdentifier>{RuntimeInformation.RuntimeIdentifier}</RuntimeIdentifier>
                <SelfContained>false</SelfContained>
                <PublishReadyToRun>true</PublishReadyToRun>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Catalogue" HintPath="{CompiledCatalogue.AssemblyPath(directory)}" />
                <Reference Include="FactCatalog" HintPath="{runtimeLibrary}" />
              </ItemGroup>
            </Project>
            """);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = project };
        foreach (string argument in new[] { "publish", "-c", "Release", "-o", output })
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start)!;
        string log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("Publishing the catalogue with ReadyToRun failed:\n" + log);
        }
        File.WriteAllText(Path.Combine(output, "done.txt"), "published");
        return output;
    }

    /// <summary>A probe method of the precompiled catalogue, bound to a delegate; nothing of the catalogue runs yet.</summary>
    public static Func<object> Probe(string directory, string method) =>
        s_catalogues.GetOrAdd(Ensure(directory), Load)
            .GetType(CompiledCatalogue.FirstFactType, throwOnError: true)!.GetMethod(method)!.CreateDelegate<Func<object>>();

    // One load per process: a second load context holding the same files was measured running on the JIT (its
    // precompiled code unused), which would make the second probe bound in a process look as slow as no ReadyToRun.
    private static readonly ConcurrentDictionary<string, Assembly> s_catalogues = new(StringComparer.Ordinal);

    private static Assembly Load(string folder)
    {
        var context = new FolderLoadContext(folder);
        Assembly catalogue = context.LoadFromAssemblyPath(Path.Combine(folder, "Catalogue.dll"));

        // Load the runtime library now, as an application has by the time it reads a fact: not measured.
        foreach (AssemblyName reference in catalogue.GetReferencedAssemblies())
        {
            context.LoadFromAssemblyName(reference);
        }
        return catalogue;
    }

    /// <summary>Loads the assemblies of one folder, the framework's from the default context.</summary>
    private sealed class FolderLoadContext(string folder) : AssemblyLoadContext("ready-to-run")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
