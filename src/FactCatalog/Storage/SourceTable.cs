using System;
using System.ComponentModel;

namespace FactCatalog.Storage
{
    /// <summary>The catalogue's sources, each built from its record the first time it is read. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class SourceTable : RecordTable<Source>
    {
        /// <summary>Creates the table; nothing is decoded until an item is read.</summary>
        /// <param name="count">How many sources there are.</param>
        /// <param name="chunkSize">How many records each chunk holds.</param>
        /// <param name="chunks">The records, chunk by chunk.</param>
        public SourceTable(int count, int chunkSize, RecordSource chunks)
            : base(count, chunkSize, chunks)
        {
        }

        /// <inheritdoc />
        protected override Source Decode(ReadOnlySpan<byte> record) => SourceRecord.Read(record);
    }
}
