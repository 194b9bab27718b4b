using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace FactCatalog.Storage
{
    /// <summary>
    /// Every fact of a catalogue in id order, found by id. A fact is built (by its group) the first time it is
    /// read and kept here too, so a lookup after the first is a hash lookup and an array read; with the id table the
    /// generator laid out, the first lookup builds nothing either. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactIndex : LazyList<Fact>
    {
        private readonly IdIndex _ids;
        private readonly Func<int, Fact> _factAt;

        /// <summary>Creates the index; nothing is decoded or built yet.</summary>
        /// <param name="count">How many facts there are.</param>
        /// <param name="chunkSize">How many ids each chunk holds.</param>
        /// <param name="ids">The fact ids in ordinal order, in UTF-8, chunk by chunk.</param>
        /// <param name="factAt">The fact at an index, built by its group.</param>
        public FactIndex(int count, int chunkSize, RecordSource ids, Func<int, Fact> factAt)
            : base(count)
        {
            _ids = new IdIndex(count, chunkSize, ids);
            _factAt = factAt ?? throw new ArgumentNullException(nameof(factAt));
        }

        /// <summary>Creates the index with the id table the generator laid out (see <see cref="IdIndex"/>); nothing is decoded or built yet.</summary>
        /// <param name="count">How many facts there are.</param>
        /// <param name="chunkSize">How many ids each chunk holds.</param>
        /// <param name="ids">The fact ids in ordinal order, in UTF-8, chunk by chunk.</param>
        /// <param name="idTable">The ids' hash table: per slot, the index plus one (0 when empty) and the hash.</param>
        /// <param name="idOffsets">Each id's byte offset in its chunk.</param>
        /// <param name="factAt">The fact at an index, built by its group.</param>
        public FactIndex(int count, int chunkSize, RecordSource ids, int[] idTable, int[] idOffsets, Func<int, Fact> factAt)
            : base(count)
        {
            _ids = new IdIndex(count, chunkSize, ids, idTable, idOffsets);
            _factAt = factAt ?? throw new ArgumentNullException(nameof(factAt));
        }

        /// <summary>The index of the fact with this id, or -1 when no fact has it.</summary>
        /// <param name="id">The fact id; case counts.</param>
        /// <returns>The index, or -1.</returns>
        public int IndexOf(string id) => _ids.IndexOf(id);

        /// <summary>The fact with this id.</summary>
        /// <param name="id">The fact id; case counts.</param>
        /// <returns>The fact.</returns>
        /// <exception cref="KeyNotFoundException">No fact has that id; the message names the closest id.</exception>
        public Fact Get(string id)
        {
            int index = _ids.IndexOf(id);
            if (index >= 0)
            {
                return this[index];
            }

            string? closest = _ids.Closest(id);
            throw new KeyNotFoundException(closest is null
                ? "No fact has the id '" + id + "'."
                : "No fact has the id '" + id + "'; did you mean '" + closest + "'?");
        }

        /// <inheritdoc />
        protected override Fact Create(int index) => _factAt(index);
    }
}
