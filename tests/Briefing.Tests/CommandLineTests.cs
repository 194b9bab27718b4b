using Briefing.Tests.Infrastructure;

namespace Briefing.Tests;

/// <summary>Exit codes and messages: 0 done, 1 invalid arguments with the usage on standard error, 2 unknown fact id.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("--fact", "north-korean-troops-in-rusia", "did you mean 'north-korean-troops-in-russia'?")]
    [InlineData("--fact", "treaty-signed-date", "did you mean 'treaty-signing-date'?")]
    [InlineData("--fact", "zzz", "No fact has the id 'zzz'.")]
    public void An_unknown_fact_id_exits_2_naming_the_closest_id(string option, string id, string expected)
    {
        BriefingRun run = BriefingRun.Of(option, id, "--format", "markdown");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(expected, run.Error);
        Assert.EndsWith("\n", run.Error);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fact")]
    [InlineData("--bogus")]
    [InlineData("briefing.txt")]
    public void Invalid_arguments_exit_1_with_the_problem_and_the_usage_on_standard_error(params string[] args)
    {
        BriefingRun run = BriefingRun.Of(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("Usage:", run.Error);
        Assert.Contains("--format <markdown|text>", run.Error);
        Assert.Contains("--fact <id>", run.Error);
    }

    [Fact]
    public void Help_is_written_to_standard_output()
    {
        BriefingRun run = BriefingRun.Of("--help");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("Usage:", run.Output);
        Assert.Contains("briefing [options]", run.Output);
    }
}
