using System;
using System.Collections.Generic;
using System.Threading;

namespace FactCatalog.Generator.Model;

/// <summary>
/// Ordinal string order that stops a sort once the build is cancelled: sorting 100,000 ids takes long enough
/// that a sort which never looked at the token would keep a cancelled build waiting.
/// </summary>
internal sealed class CancellableOrdinalComparer(CancellationToken cancellation) : IComparer<string>
{
    private int _comparisons;

    public int Compare(string? x, string? y)
    {
        if ((++_comparisons & 0x3FF) == 0)
        {
            cancellation.ThrowIfCancellationRequested();
        }
        return string.CompareOrdinal(x, y);
    }
}
