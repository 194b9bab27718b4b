using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace FactCatalog.Storage
{
    /// <summary>
    /// A read-only list whose items are created the first time each is read, and then kept: reading one item
    /// never creates the others. Safe to read from several threads; every reader of an index gets the same
    /// object. For generated code.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class LazyList<T> : IReadOnlyList<T>
        where T : class
    {
        private readonly T?[] _items;

        /// <summary>Creates a list of <paramref name="count"/> items, none created yet.</summary>
        /// <param name="count">How many items there are.</param>
        protected LazyList(int count)
        {
            _items = new T?[count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count))];
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
                    ThrowOutOfRange();
                }

                // Small enough to inline into a lookup: an item already created is one array read.
                return Volatile.Read(ref _items[index]) ?? CreateOnce(index);
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

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("index");

        // A race creates an item twice at worst; CompareExchange keeps the first, so identity is stable.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private T CreateOnce(int index) => Interlocked.CompareExchange(ref _items[index], Create(index), null) ?? _items[index]!;

        /// <summary>Creates the item at <paramref name="index"/>; called once per index (twice at worst in a race).</summary>
        /// <param name="index">The item's index.</param>
        /// <returns>The item.</returns>
        protected abstract T Create(int index);
    }
}
