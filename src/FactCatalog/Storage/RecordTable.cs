using System;
using System.ComponentModel;

namespace FactCatalog.Storage
{
    /// <summary>A lazy list whose items are decoded from their records, chunk by chunk. For generated code.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class RecordTable<T> : LazyList<T>
        where T : class
    {
        private readonly RecordChunks _records;

        /// <summary>Creates a table of <paramref name="count"/> items, none decoded yet.</summary>
        /// <param name="count">How many records there are.</param>
        /// <param name="chunkSize">How many records each chunk holds.</param>
        /// <param name="chunks">The data of each chunk.</param>
        protected RecordTable(int count, int chunkSize, RecordSource chunks)
            : base(count)
        {
            _records = new RecordChunks(chunks, chunkSize);
        }

        /// <inheritdoc />
        protected sealed override T Create(int index) => Decode(_records.Record(index));

        /// <summary>Builds the item from its record.</summary>
        /// <param name="record">The record's bytes.</param>
        /// <returns>The item.</returns>
        protected abstract T Decode(ReadOnlySpan<byte> record);
    }
}
