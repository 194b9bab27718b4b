namespace FactCatalog.Catalog.Model;

/// <summary>One entry of the sources file as read: its metadata plus where its id, file and name were written.</summary>
public sealed record SourceSpec(SpannedText Id, SpannedText File, SpannedText? Name, SourceModel Model);
