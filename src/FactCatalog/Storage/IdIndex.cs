using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace FactCatalog.Storage
{
    /// <summary>
    /// A set of ids (of facts, tags or sources), each stored as a UTF-8 record, found by exact (ordinal) match.
    /// The ids are decoded and hashed once, on the first lookup, so a program that never looks up by id never
    /// pays for it. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class IdIndex
    {
        private readonly int _count;
        private readonly RecordSource _chunks;
        private readonly int _chunkSize;

        // Written once, _ids before _indexes: whoever sees the table sees the list. Two fields rather than one object
        // holding both, so that a lookup is one load less from the catalogue to its table.
        private IReadOnlyList<string>? _ids;
        private Dictionary<string, int>? _indexes;

        /// <summary>Creates the index of <paramref name="count"/> ids; nothing is decoded yet.</summary>
        /// <param name="count">How many ids there are.</param>
        /// <param name="chunkSize">How many ids each chunk holds.</param>
        /// <param name="chunks">The ids in UTF-8, chunk by chunk.</param>
        public IdIndex(int count, int chunkSize, RecordSource chunks)
        {
            _count = count >= 0 ? count : throw new ArgumentOutOfRangeException(nameof(count));
            _chunks = chunks ?? throw new ArgumentNullException(nameof(chunks));
            _chunkSize = chunkSize > 0 ? chunkSize : throw new ArgumentOutOfRangeException(nameof(chunkSize));
        }

        /// <summary>How many ids there are.</summary>
        public int Count => _count;

        /// <summary>Every id, by index.</summary>
        public IReadOnlyList<string> Ids
        {
            get
            {
                Indexes();
                return _ids!;
            }
        }

        /// <summary>The index of <paramref name="id"/>, or -1 when it is not in the set.</summary>
        /// <param name="id">The id; case counts.</param>
        /// <returns>The index, or -1.</returns>
        public int IndexOf(string id)
        {
            if (id is null)
            {
                return NullId();
            }

            return Indexes().TryGetValue(id, out int index) ? index : -1;
        }

        /// <summary>The id closest to <paramref name="id"/> within a few edits, for a "did you mean"; null when none is close.</summary>
        /// <param name="id">The id that was not found.</param>
        /// <returns>The closest id, or null.</returns>
        public string? Closest(string id) => FactLookup.Closest(Ids, id);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int NullId() => throw new ArgumentNullException("id");

        // The built table is read on every call and is small enough to inline; building it is not.
        private Dictionary<string, int> Indexes() => Volatile.Read(ref _indexes) ?? BuildOnce();

        [MethodImpl(MethodImplOptions.NoInlining)]
        private Dictionary<string, int> BuildOnce()
        {
            string[] ids = RecordChunks.AllText(_chunks, _chunkSize, _count);

            // A plain dictionary, not a frozen one: as fast to look up in here (the ids are decoded side by side, so
            // their text is close in memory), and a frozen dictionary's analysis of the keys doubled the cost of the
            // first lookup in a fresh process (docs/benchmarks.md).
            var indexes = new Dictionary<string, int>(_count, StringComparer.Ordinal);
            for (int i = 0; i < ids.Length; i++)
            {
                indexes[ids[i]] = i;
            }

            // Two threads may both build; they build the same table, and the first one stored is kept.
            Volatile.Write(ref _ids, Array.AsReadOnly(ids));
            return Interlocked.CompareExchange(ref _indexes, indexes, null) ?? indexes;
        }
    }
}
