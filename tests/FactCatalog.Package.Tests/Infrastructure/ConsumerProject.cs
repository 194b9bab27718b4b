using System.IO;

namespace FactCatalog.Package.Tests.Infrastructure;

/// <summary>One copy of the quickstart console project, built and run with the real command line.</summary>
public sealed class ConsumerProject
{
    public ConsumerProject(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public void Write(string relativePath, string text) => Quickstart.Write(Directory, relativePath, text);

    public void Delete(string relativePath) => File.Delete(PathOf(relativePath));

    /// <summary><c>dotnet build</c>, with any further arguments.</summary>
    public CommandResult Build(params string[] arguments) =>
        DotNetCli.Run(Directory, PackageFixture.CommandTimeout, DotNetCli.WithNoServer(Prepend("build", arguments)));

    /// <summary><c>dotnet run</c> of what the last build produced.</summary>
    public CommandResult Run() =>
        DotNetCli.Run(Directory, PackageFixture.CommandTimeout, "run", "--no-build");

    private static string[] Prepend(string first, string[] rest)
    {
        var all = new string[rest.Length + 1];
        all[0] = first;
        rest.CopyTo(all, 1);
        return all;
    }
}
