namespace FactCatalog.Catalog.Model;

/// <summary>The whole catalogue, ready to emit: sources and groups in ordinal order, so output does not depend on file order.</summary>
public sealed record CatalogModel(EquatableArray<SourceModel> Sources, EquatableArray<GroupModel> Groups)
{
    /// <summary>A catalogue with nothing in it.</summary>
    public static readonly CatalogModel Empty = new(EquatableArray<SourceModel>.Empty, EquatableArray<GroupModel>.Empty);
}
