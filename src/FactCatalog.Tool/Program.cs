using System;

namespace FactCatalog.Tool;

/// <summary>The <c>factcatalog</c> command.</summary>
public static class Program
{
    public static int Main(string[] args) =>
        Cli.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, showProgress: !Console.IsErrorRedirected);
}
