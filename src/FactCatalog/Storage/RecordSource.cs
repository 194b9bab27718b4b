using System;

namespace FactCatalog.Storage
{
    /// <summary>
    /// The UTF-8 data of one chunk of records: records <c>chunk * chunkSize</c> onwards, each written as a
    /// length-prefixed field (<c>12:...</c>). The data is compiled into the assembly as static bytes, so catalogue
    /// text never lands in the assembly's string heap, and a few large literals compile far faster than one per
    /// record. For generated code.
    /// </summary>
    /// <param name="chunk">The chunk's index, from 0.</param>
    /// <returns>The chunk's bytes.</returns>
    public delegate ReadOnlySpan<byte> RecordSource(int chunk);
}
