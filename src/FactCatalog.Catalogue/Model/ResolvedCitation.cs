namespace FactCatalog.Catalogue.Model;

/// <summary>Where a verified quote is in its source document (1-based line/column, 0-based UTF-16 offset/length in the LF text).</summary>
public sealed record ResolvedCitation(string SourceId, string Quote, int Line, int Column, int Offset, int Length);
