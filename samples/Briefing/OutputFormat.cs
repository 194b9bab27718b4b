namespace Briefing;

/// <summary>How the briefing is written: plain text for a terminal, or Markdown for a document.</summary>
internal enum OutputFormat
{
    Text,
    Markdown,
}
