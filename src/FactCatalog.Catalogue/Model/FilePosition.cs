using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Model;

/// <summary>
/// A place in a file whose path the holder already knows: a <see cref="LocationInfo"/> without the path, stored
/// inline. Places kept only in case a diagnostic needs them are kept this way, so a large catalogue's model is not
/// mostly location objects.
/// </summary>
public readonly record struct FilePosition(TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The location of this place in the file at <paramref name="filePath"/>.</summary>
    public LocationInfo In(string filePath) => new(filePath, Span, LineSpan);
}
