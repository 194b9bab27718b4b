using System;
using System.Linq;

namespace FactCatalog.Tool.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("check", "--warnaserror")]
    [InlineData("export", "web-annotation")]
    [InlineData("coverage", "--min")]
    [InlineData("report", "--output")]
    public void Every_command_has_help(string command, string option)
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, command, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"factcatalog {command} [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains(option, run.Output, StringComparison.Ordinal);
        Assert.Contains("--facts", run.Output, StringComparison.Ordinal);
        Assert.Contains("--quiet", run.Output, StringComparison.Ordinal);
        // Every option has a description: no option line of the help ends at its name.
        string[] options = run.Output.Replace("\r\n", "\n").Split('\n').SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.NotEmpty(options);
        Assert.All(options, l => Assert.Matches(@"^\s+\S.*\S\s{2,}\S", l));
    }

    [Fact]
    public void The_root_help_lists_the_commands()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string command in new[] { "check", "export", "coverage", "report" })
        {
            Assert.Contains("  " + command, run.Output, StringComparison.Ordinal);
        }
    }
}
