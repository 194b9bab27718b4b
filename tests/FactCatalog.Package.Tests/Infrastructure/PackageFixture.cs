using System;
using System.IO;
using System.Linq;

namespace FactCatalog.Package.Tests.Infrastructure;

/// <summary>
/// Packs the package once for all the tests, into a fresh temporary folder, and prepares a new console project
/// that uses it: <c>dotnet new console</c>, a <c>nuget.config</c> naming the folder, <c>dotnet add package</c>, and
/// the quickstart's sources file, document, fact file and program. Each test works on its own copy of that project.
/// </summary>
/// <remarks>
/// The package gets a version of its own (the repository's version with a unique pre-release label), so NuGet
/// restores this run's package and never one an earlier run left in the global packages folder; that version's
/// folder is removed from the global packages folder afterwards.
/// </remarks>
public sealed class PackageFixture : IDisposable
{
    /// <summary>
    /// Only a guard against a command that hangs, so that the run ends with the command's output rather than never:
    /// not a limit on speed. Far beyond any build, even on a machine busy with other work.
    /// </summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(20);

    public PackageFixture()
    {
        RepositoryRoot = Repository.Root;
        Configuration = Repository.Configuration;
        BaseVersion = Repository.PackageVersion;
        string run = $"{DateTime.UtcNow:yyyyMMddHHmmss}{Guid.NewGuid():N}"[..22];
        Version = $"{BaseVersion}-test{run}";
        WorkRoot = Path.Combine(Path.GetTempPath(), "factcatalog-package-tests", run);
        PackagesFolder = Path.Combine(WorkRoot, "packages");
        Directory.CreateDirectory(WorkRoot);

        // Nothing above the work folder may change the builds: stop MSBuild's search for Directory.Build.* files here.
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.targets"), "<Project />\n");
        // The machine's own package sources stay in force (the SDK's packages restore from them); this adds the folder.
        File.WriteAllText(Path.Combine(WorkRoot, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n" +
            $"    <add key=\"factcatalog-local\" value=\"{PackagesFolder}\" />\n" +
            "  </packageSources>\n</configuration>\n");

        PackResult = PackInto(PackagesFolder);
        PackagePath = Path.Combine(PackagesFolder, $"FactCatalog.{Version}.nupkg");
        SecondPackagePath = Path.Combine(WorkRoot, "packages-again", $"FactCatalog.{Version}.nupkg");
        SecondPackResult = PackInto(Path.GetDirectoryName(SecondPackagePath)!);

        string templateRoot = Path.Combine(WorkRoot, "template");
        Directory.CreateDirectory(templateRoot);
        NewResult = Require(DotNetCli.Run(templateRoot, CommandTimeout, "new", "console", "--name", Quickstart.ProjectName, "--output", Quickstart.ProjectName, "--no-restore"));
        TemplateProject = Path.Combine(templateRoot, Quickstart.ProjectName);
        AddPackageResult = Require(DotNetCli.Run(TemplateProject, CommandTimeout, "add", "package", "FactCatalog", "--version", Version, "--source", PackagesFolder));
        Quickstart.WriteFiles(TemplateProject);
    }

    public string RepositoryRoot { get; }

    /// <summary>The configuration the repository was built in; the package is packed from that build.</summary>
    public string Configuration { get; }

    /// <summary>The repository's package version, such as 0.1.0.</summary>
    public string BaseVersion { get; }

    /// <summary>The version this run packs and restores.</summary>
    public string Version { get; }

    public string WorkRoot { get; }

    public string PackagesFolder { get; }

    public string PackagePath { get; }

    /// <summary>The same package packed a second time, to prove packing deterministic.</summary>
    public string SecondPackagePath { get; }

    public CommandResult PackResult { get; }

    public CommandResult SecondPackResult { get; }

    public CommandResult NewResult { get; }

    public CommandResult AddPackageResult { get; }

    /// <summary>The console project with the package added and the quickstart files written; never built.</summary>
    public string TemplateProject { get; }

    public string PackageProjectPath => Path.Combine(RepositoryRoot, "src", "FactCatalog.Package", "FactCatalog.Package.csproj");

    /// <summary>A copy of the template project in a folder of its own, under the same project name.</summary>
    public ConsumerProject NewProject(string scenario)
    {
        string directory = Path.Combine(WorkRoot, scenario, Quickstart.ProjectName);
        CopyDirectory(TemplateProject, directory);
        return new ConsumerProject(directory);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("FACTCATALOG_KEEP_TEST_FOLDERS") == "1")
        {
            return;
        }
        TryDelete(WorkRoot);
        string restored = Path.Combine(DotNetCli.GlobalPackagesFolder(), "factcatalog");
        TryDelete(Path.Combine(restored, Version.ToLowerInvariant()));
        if (Directory.Exists(restored) && !Directory.EnumerateFileSystemEntries(restored).Any())
        {
            TryDelete(restored);
        }
    }

    private CommandResult PackInto(string folder) =>
        // The tests' own build built the package project and everything it packs; pack what that build produced.
        Require(DotNetCli.Run(WorkRoot, CommandTimeout, DotNetCli.WithNoServer(
            "pack", PackageProjectPath, "--configuration", Configuration, "--no-build", "--no-restore",
            "--output", folder, $"-p:PackageVersion={Version}")));

    private static CommandResult Require(CommandResult result) =>
        result.Succeeded ? result : throw new InvalidOperationException("Setting up the package tests failed:" + Environment.NewLine + result);

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (string directory in Directory.EnumerateDirectories(from))
        {
            string name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                CopyDirectory(directory, Path.Combine(to, name));
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next run uses a new one.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The fixture shared by every test that uses the package, so that it is packed once per run.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "FactCatalog package";
}
