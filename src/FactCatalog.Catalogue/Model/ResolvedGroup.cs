namespace FactCatalog.Catalogue.Model;

/// <summary>One generated group class (one or more fact files with the same group), facts ordered by id.</summary>
public sealed record ResolvedGroup(string Identifier, EquatableArray<ResolvedFact> Facts);
