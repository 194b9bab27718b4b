using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactCatalog.Package.Tests.Infrastructure;

/// <summary>
/// The package packed once for all the tests (<see cref="PackedPackage"/>), and a new console project that uses it:
/// <c>dotnet new console</c>, <c>dotnet add package</c>, and the quickstart's sources file, document, fact file and
/// program. Each test works on its own copy of that project.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public static readonly TimeSpan CommandTimeout = PackedPackage.CommandTimeout;

    public PackageFixture()
    {
        Package = PackedPackage.Instance;
        string templateRoot = Path.Combine(WorkRoot, "template");
        Directory.CreateDirectory(templateRoot);
        // The README's commands, as written, in a folder of one's own: every test that builds a copy of this project
        // proves them again.
        ReadmeCommandsResult = PackedPackage.Require(DotNetCli.RunShell(templateRoot, CommandTimeout, Quickstart.ReadmeCommands(Repository.ReadText("README.md")).Project, Package.ShellEnvironment));
        TemplateProject = Path.Combine(templateRoot, Quickstart.ProjectName);
        Quickstart.WriteFiles(TemplateProject);
    }

    /// <summary>The packed package, shared with every other fixture of this run.</summary>
    public PackedPackage Package { get; }

    public string RepositoryRoot => Package.RepositoryRoot;

    /// <summary>The configuration the repository was built in; the package is packed from that build.</summary>
    public string Configuration => Package.Configuration;

    /// <summary>The repository's package version, such as 0.1.0.</summary>
    public string BaseVersion => Package.BaseVersion;

    /// <summary>The version this run packs and restores.</summary>
    public string Version => Package.Version;

    public string WorkRoot => Package.WorkRoot;

    public string PackagesFolder => Package.PackagesFolder;

    public string PackagePath => Package.PackagePath;

    /// <summary>The same package packed a second time, to prove packing deterministic.</summary>
    public string SecondPackagePath => Package.SecondPackagePath;

    public CommandResult PackResult => Package.PackResult;

    public CommandResult SecondPackResult => Package.SecondPackResult;

    /// <summary>The README's project commands: <c>dotnet new console</c>, <c>dotnet new nugetconfig</c>, <c>dotnet nuget add source</c>, <c>dotnet add package</c>.</summary>
    public CommandResult ReadmeCommandsResult { get; }

    /// <summary>The console project with the package added and the quickstart files written; never built.</summary>
    public string TemplateProject { get; }

    public string PackageProjectPath => Package.PackageProjectPath;

    /// <summary>A copy of the template project in a folder of its own, under the same project name.</summary>
    public ConsumerProject NewProject(string scenario)
    {
        string directory = Path.Combine(WorkRoot, scenario, Quickstart.ProjectName);
        CopyDirectory(TemplateProject, directory);
        return new ConsumerProject(directory);
    }

    /// <summary>The packed package outlives this fixture: other collections use it too, and it is removed when the run ends.</summary>
    public void Dispose()
    {
    }

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
}

/// <summary>
/// Packs the package once per test run, into a fresh temporary folder with a <c>nuget.config</c> naming it, and packs it
/// a second time to prove packing deterministic. Shared by every fixture (test collections run in parallel), and
/// removed when the test process exits.
/// </summary>
/// <remarks>
/// The package gets a version of its own (the repository's version with a unique pre-release label), so NuGet
/// restores this run's package and never one an earlier run left in the global packages folder; that version's
/// folder is removed from the global packages folder afterwards.
/// </remarks>
public sealed class PackedPackage
{
    /// <summary>
    /// Only a guard against a command that hangs, so that the run ends with the command's output rather than never:
    /// not a limit on speed. Far beyond any build, even on a machine busy with other work.
    /// </summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(20);

    private static readonly Lazy<PackedPackage> s_instance = new(() => new PackedPackage());

    public static PackedPackage Instance => s_instance.Value;

    private PackedPackage()
    {
        RepositoryRoot = Repository.Root;
        Configuration = Repository.Configuration;
        BaseVersion = Repository.PackageVersion;
        string run = $"{DateTime.UtcNow:yyyyMMddHHmmss}{Guid.NewGuid():N}"[..22];
        WorkRoot = Path.Combine(Path.GetTempPath(), "factcatalog-package-tests", run);
        Home = Path.Combine(WorkRoot, "home");
        // ~/factcatalog-packages of the README, in this run's home folder.
        PackagesFolder = Path.Combine(Home, "factcatalog-packages");
        Directory.CreateDirectory(Home);
        // The README's commands run with this run's folder as home (~). The global packages folder, the SDK's own
        // state and its template cache stay the user's: restoring from scratch would be slow, and every pack has a
        // version of its own, so nothing restored earlier stands in for this run's package.
        ShellEnvironment = new Dictionary<string, string>
        {
            ["HOME"] = Home,
            ["NUGET_PACKAGES"] = DotNetCli.GlobalPackagesFolder(),
            ["DOTNET_CLI_HOME"] = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => CleanUp();

        // Nothing above the work folder may change the builds: stop MSBuild's search for Directory.Build.* files here.
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.targets"), "<Project />\n");
        // The machine's own package sources stay in force (the SDK's packages restore from them); this adds the folder.
        File.WriteAllText(Path.Combine(WorkRoot, "nuget.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n" +
            $"    <add key=\"factcatalog-local\" value=\"{PackagesFolder}\" />\n" +
            "  </packageSources>\n</configuration>\n");

        // The README's pack command as written, plus what packs the build the tests already made instead of building again.
        PackResult = Require(DotNetCli.RunShell(RepositoryRoot, CommandTimeout,
            Quickstart.ReadmeCommands(Repository.ReadText("README.md")).Pack.TrimEnd()
                + $" --no-build --no-restore --configuration {Configuration} {string.Join(" ", DotNetCli.NoServer)}",
            ShellEnvironment));
        PackagePath = Assert.Single(Directory.GetFiles(PackagesFolder, "FactCatalog.*.nupkg"));
        Version = Path.GetFileNameWithoutExtension(PackagePath)["FactCatalog.".Length..];
        Assert.Matches($"^{Regex.Escape(BaseVersion)}-local\\.\\d{{14}}$", Version);
        SecondPackagePath = Path.Combine(WorkRoot, "packages-again", $"FactCatalog.{Version}.nupkg");
        SecondPackResult = PackInto(Path.GetDirectoryName(SecondPackagePath)!);
    }

    public string RepositoryRoot { get; }

    public string Configuration { get; }

    public string BaseVersion { get; }

    public string Version { get; }

    public string WorkRoot { get; }

    public string PackagesFolder { get; }

    /// <summary>The home folder (~) the README's commands run with.</summary>
    public string Home { get; }

    /// <summary>The environment the README's commands run in: <see cref="Home"/> as home.</summary>
    public IReadOnlyDictionary<string, string> ShellEnvironment { get; }

    public string PackagePath { get; }

    public string SecondPackagePath { get; }

    public CommandResult PackResult { get; }

    public CommandResult SecondPackResult { get; }

    public string PackageProjectPath => Path.Combine(RepositoryRoot, "src", "FactCatalog.Package", "FactCatalog.Package.csproj");

    private void CleanUp()
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

    public static CommandResult Require(CommandResult result) =>
        result.Succeeded ? result : throw new InvalidOperationException("Setting up the package tests failed:" + Environment.NewLine + result);

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
