using System;

namespace FactCatalog.Tool.Tests;

public class HelpTests
{
    [Theory]
    [InlineData("check", "--warnaserror")]
    [InlineData("export", "web-annotation")]
    [InlineData("coverage", "--min")]
    public void Every_command_has_help(string command, string option)
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, command, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"factcatalog {command} [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains(option, run.Output, StringComparison.Ordinal);
        Assert.Contains("--facts", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_root_help_lists_the_commands()
    {
        ToolRun run = ToolRunner.Run(ToolRunner.RealCatalogue, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string command in new[] { "check", "export", "coverage" })
        {
            Assert.Contains("  " + command, run.Output, StringComparison.Ordinal);
        }
    }
}
