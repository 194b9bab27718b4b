using System;
using System.ComponentModel;

namespace FactCatalog.Storage
{
    /// <summary>The facts of one group, each built from its record the first time it is read. For generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactTable : RecordTable<Fact>
    {
        private readonly Func<int, Source> _sourceAt;

        /// <summary>Creates the table; nothing is decoded until an item is read.</summary>
        /// <param name="count">How many facts the group has.</param>
        /// <param name="chunkSize">How many records each chunk holds.</param>
        /// <param name="chunks">The records, chunk by chunk.</param>
        /// <param name="sourceAt">The sources the records cite, by the index they use.</param>
        public FactTable(int count, int chunkSize, RecordSource chunks, Func<int, Source> sourceAt)
            : base(count, chunkSize, chunks)
        {
            _sourceAt = sourceAt ?? throw new ArgumentNullException(nameof(sourceAt));
        }

        /// <inheritdoc />
        protected override Fact Decode(ReadOnlySpan<byte> record) => FactRecord.Read(record, _sourceAt);
    }
}
