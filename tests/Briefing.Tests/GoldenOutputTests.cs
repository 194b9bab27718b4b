using Briefing.Tests.Infrastructure;
using FactCatalog.Generator.Tests.Infrastructure;

namespace Briefing.Tests;

/// <summary>
/// The sample's output, compared with reviewed golden files in <c>golden/</c>; on a difference the output is
/// written beside them as <c>*.received.*</c>, and <c>FACTCATALOG_ACCEPT=1</c> accepts it.
/// </summary>
public class GoldenOutputTests
{
    [Theory]
    [InlineData("golden/briefing.txt")]
    [InlineData("golden/briefing.md", "--format", "markdown")]
    [InlineData("golden/briefing.txt", "--format", "text")]
    [InlineData("golden/fact-north-korean-troops-in-russia.txt", "--fact", "north-korean-troops-in-russia")]
    [InlineData("golden/fact-treaty-signing-date.md", "--fact", "treaty-signing-date", "--format", "markdown")]
    public void Output_matches_its_golden_file(string golden, params string[] args)
    {
        BriefingRun run = BriefingRun.Of(args);

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        Assert.DoesNotContain('\r', run.Output);
        Snapshot.VerifyFile(golden, run.Output);
    }
}
