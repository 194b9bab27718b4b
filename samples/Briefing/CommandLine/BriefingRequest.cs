namespace Briefing.CommandLine;

/// <summary>What the command line asks for: the whole briefing or one fact, in one format.</summary>
/// <param name="FactId">The fact to show on its own, or <see langword="null"/> for the whole briefing.</param>
/// <param name="Format">Plain text or Markdown.</param>
internal sealed record BriefingRequest(string? FactId, OutputFormat Format);
