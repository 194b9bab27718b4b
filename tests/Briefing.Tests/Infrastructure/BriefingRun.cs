using System.IO;

namespace Briefing.Tests.Infrastructure;

/// <summary>What one run of the sample wrote and returned.</summary>
internal sealed record BriefingRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the sample in-process with <paramref name="args"/>, capturing both streams.</summary>
    public static BriefingRun Of(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int exitCode = BriefingApp.Run(args, output, error);
        return new BriefingRun(exitCode, output.ToString(), error.ToString());
    }
}
