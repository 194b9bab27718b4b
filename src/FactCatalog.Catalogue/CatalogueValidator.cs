using System.Collections.Generic;
using System.Threading;

namespace FactCatalog.Catalogue;

/// <summary>Validates a set of catalogue files in one call: the whole <see cref="CataloguePipeline"/>, for tools and tests.</summary>
public static class CatalogueValidator
{
    /// <summary>
    /// Sorts <paramref name="files"/> into fact files, the sources file and documents by path (see
    /// <see cref="CatalogueFileKinds"/>), then parses, resolves and assembles them, as the generator does.
    /// </summary>
    public static CatalogueResult Validate(IEnumerable<CatalogueFile> files, CatalogueOptions options, CancellationToken cancellationToken = default) =>
        CataloguePipeline.Run(files, options, cancellationToken);
}
