using System.Collections.Generic;
using System.IO;
using Briefing.Catalogue;
using Briefing.CommandLine;
using Briefing.Rendering;
using Briefing.Text;
using FactCatalog;

namespace Briefing;

/// <summary>
/// The application: reads the arguments, then writes the briefing or one fact. Exit codes: 0 done, 1 invalid
/// arguments (the usage goes to standard error), 2 no fact has the id given (the message names the closest).
/// </summary>
internal static class BriefingApp
{
    public const int Success = 0;
    public const int InvalidArguments = 1;
    public const int UnknownFact = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        switch (BriefingCommand.Parse(args, error, out BriefingRequest request))
        {
            case BriefingCommand.Outcome.Invalid:
                return InvalidArguments;
            case BriefingCommand.Outcome.Help:
                BriefingCommand.WriteUsage(output);
                return Success;
        }

        if (request.FactId is null)
        {
            var briefing = BriefingBuilder.Build(Topics.All, Facts.Statements.All, Sources.All.Count);
            output.Write(request.Format == OutputFormat.Markdown ? MarkdownRenderer.Render(briefing) : TextRenderer.Render(briefing));
            return Success;
        }

        Fact fact;
        try
        {
            fact = Facts.Get(request.FactId);
        }
        catch (KeyNotFoundException e)
        {
            error.Write(e.Message + "\n");
            return UnknownFact;
        }

        var detail = FactDetailBuilder.Build(fact, SourceTexts.BesideApplication());
        output.Write(request.Format == OutputFormat.Markdown ? MarkdownRenderer.Render(detail) : TextRenderer.Render(detail));
        return Success;
    }
}
