namespace FactCatalog.Catalogue.Model;

/// <summary>The whole catalogue, ready to emit: sources and groups in ordinal order, so output does not depend on file order.</summary>
public sealed record ResolvedCatalogue(EquatableArray<SourceMetadata> Sources, EquatableArray<ResolvedGroup> Groups)
{
    /// <summary>A catalogue with nothing in it.</summary>
    public static readonly ResolvedCatalogue Empty = new(EquatableArray<SourceMetadata>.Empty, EquatableArray<ResolvedGroup>.Empty);
}
