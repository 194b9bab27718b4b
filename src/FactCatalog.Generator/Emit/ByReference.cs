using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Compares model objects by identity. Models are records whose equality walks every field (right for
/// incremental caching), which is needless work for a lookup of the very objects being emitted.
/// </summary>
public sealed class ByReference<T> : IEqualityComparer<T>
    where T : class
{
    /// <summary>The one instance.</summary>
    public static readonly ByReference<T> Instance = new();

    /// <inheritdoc />
    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    /// <inheritdoc />
    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
