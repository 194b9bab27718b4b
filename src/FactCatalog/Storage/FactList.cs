using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace FactCatalog.Storage
{
    /// <summary>
    /// Some of a catalogue's facts, by their indexes in the whole list, each read (and so built) only when the
    /// list is read there. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactList : IReadOnlyList<Fact>
    {
        private readonly IReadOnlyList<Fact> _all;
        private readonly int[] _indexes;

        /// <summary>Creates the list of the facts of <paramref name="all"/> at <paramref name="indexes"/>.</summary>
        /// <param name="all">Every fact.</param>
        /// <param name="indexes">The indexes of the facts in this list, in order.</param>
        public FactList(IReadOnlyList<Fact> all, int[] indexes)
        {
            _all = all ?? throw new ArgumentNullException(nameof(all));
            _indexes = indexes ?? throw new ArgumentNullException(nameof(indexes));
        }

        /// <inheritdoc />
        public int Count => _indexes.Length;

        /// <inheritdoc />
        public Fact this[int index] => (uint)index < (uint)_indexes.Length
            ? _all[_indexes[index]]
            : throw new ArgumentOutOfRangeException(nameof(index));

        /// <inheritdoc />
        public IEnumerator<Fact> GetEnumerator()
        {
            for (int i = 0; i < _indexes.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
