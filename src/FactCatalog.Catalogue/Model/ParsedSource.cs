namespace FactCatalog.Catalogue.Model;

/// <summary>One entry of the sources file as read: its metadata plus where its id, file and name were written.</summary>
public sealed record ParsedSource(SpannedText Id, SpannedText File, SpannedText? Name, SourceMetadata Model);
