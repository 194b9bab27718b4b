using System;
using System.ComponentModel;

namespace FactCatalog.Storage
{
    /// <summary>The catalogue's sources, each built from its record the first time it is read. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class SourceTable : LazyList<Source>
    {
        private readonly RecordSource _chunks;
        private readonly int _chunkSize;

        /// <summary>Creates the table; nothing is decoded until an item is read.</summary>
        /// <param name="count">How many sources there are.</param>
        /// <param name="chunkSize">How many records each chunk holds.</param>
        /// <param name="chunks">The records, chunk by chunk.</param>
        public SourceTable(int count, int chunkSize, RecordSource chunks)
            : base(count)
        {
            _chunks = chunks ?? throw new ArgumentNullException(nameof(chunks));
            _chunkSize = chunkSize > 0 ? chunkSize : throw new ArgumentOutOfRangeException(nameof(chunkSize));
        }

        /// <inheritdoc />
        protected override Source Create(int index) => SourceRecord.Read(RecordChunks.Record(_chunks, _chunkSize, index));
    }
}
