using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace FactCatalog.Storage
{
    /// <summary>
    /// A read-only list whose items are decoded from their records the first time each is read, and then kept:
    /// reading one item never decodes the others. Safe to read from several threads; every reader of an index
    /// gets the same object. For generated code.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class RecordTable<T> : IReadOnlyList<T>
        where T : class
    {
        private readonly T?[] _items;
        private readonly RecordChunks _records;

        /// <summary>Creates a table of <paramref name="count"/> items, none decoded yet.</summary>
        /// <param name="count">How many records there are.</param>
        /// <param name="chunkSize">How many records each chunk holds.</param>
        /// <param name="chunks">The data of each chunk.</param>
        protected RecordTable(int count, int chunkSize, RecordSource chunks)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            _items = new T?[count];
            _records = new RecordChunks(chunks, chunkSize);
        }

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_items.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                // A race decodes an item twice at worst; CompareExchange keeps the first, so identity is stable.
                return Volatile.Read(ref _items[index])
                    ?? Interlocked.CompareExchange(ref _items[index], Decode(_records.Record(index)), null)
                    ?? _items[index]!;
            }
        }

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < _items.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Builds the item from its record.</summary>
        /// <param name="record">The record's bytes.</param>
        /// <returns>The item.</returns>
        protected abstract T Decode(ReadOnlySpan<byte> record);
    }
}
