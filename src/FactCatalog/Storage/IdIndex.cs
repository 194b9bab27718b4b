using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace FactCatalog.Storage
{
    /// <summary>
    /// A set of ids (of facts, tags or sources), each stored as a UTF-8 record, found by exact (ordinal) match.
    /// With a table the generator laid out (<see cref="IdIndex(int, int, RecordSource, int[], int[])"/>), a lookup
    /// hashes the id (<c>IdHash</c>) and compares it with the few stored ids in its slots, read in place: nothing is
    /// built first. Without one, the ids are decoded and hashed into a dictionary on the first lookup, so a program
    /// that never looks up by id never pays for it. For generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class IdIndex
    {
        private readonly int _count;
        private readonly RecordSource _chunks;
        private readonly int _chunkSize;

        // The generated table: slot s holds at 2s the index of its id plus one (0 for an empty slot) and at 2s + 1 the
        // id's hash; the slots are a power of two, filled by linear probing. And each id's byte offset in its chunk.
        private readonly int[]? _table;
        private readonly int[]? _offsets;

        // With the table: each id once a lookup has matched it in place, by index. A later lookup of that id compares
        // two strings, as a dictionary would, instead of reading its chunk again. Entries are written racily: any thread
        // that matched an id stores an equal string.
        private readonly string?[]? _matched;

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

        /// <summary>Creates the index of <paramref name="count"/> ids with the table the generator laid out; nothing is decoded yet.</summary>
        /// <param name="count">How many ids there are.</param>
        /// <param name="chunkSize">How many ids each chunk holds.</param>
        /// <param name="chunks">The ids in UTF-8, chunk by chunk.</param>
        /// <param name="table">
        /// Two entries per slot, a power of two of slots: the index of the id in the slot plus one (0 when the slot is
        /// empty), and the id's hash; each id in the first free slot from its hash's, in index order.
        /// </param>
        /// <param name="offsets">Each id's byte offset (of its length prefix) in its chunk.</param>
        public IdIndex(int count, int chunkSize, RecordSource chunks, int[] table, int[] offsets)
            : this(count, chunkSize, chunks)
        {
            _table = table ?? throw new ArgumentNullException(nameof(table));
            _offsets = offsets ?? throw new ArgumentNullException(nameof(offsets));
            _matched = new string?[count];
            int slots = table.Length / 2;
            if (slots == 0 || (slots & (slots - 1)) != 0 || table.Length % 2 != 0 || slots <= count || offsets.Length != count)
            {
                throw new ArgumentException("The table needs a power of two of slots, more than the ids, and one offset per id.", nameof(table));
            }
        }

        /// <summary>How many ids there are.</summary>
        public int Count => _count;

        /// <summary>Every id, by index.</summary>
        public IReadOnlyList<string> Ids
        {
            get
            {
                if (_table is not null)
                {
                    // Decoded for this alone (a "did you mean" or a listing): lookups never need it.
                    return Volatile.Read(ref _ids) ?? Interlocked.CompareExchange(ref _ids, Array.AsReadOnly(RecordChunks.AllText(_chunks, _chunkSize, _count)), null) ?? _ids!;
                }

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

            int[]? table = _table;
            if (table is null)
            {
                return Indexes().TryGetValue(id, out int index) ? index : -1;
            }

            int hash = (int)IdHash.Of(id);
            int mask = (table.Length >> 1) - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                int entry = table[2 * slot];
                if (entry == 0)
                {
                    return -1;
                }

                if (table[(2 * slot) + 1] == hash)
                {
                    int index = entry - 1;
                    string? matched = _matched![index];
                    if (matched is not null ? string.Equals(matched, id) : Matches(index, id))
                    {
                        return index;
                    }
                }
            }
        }

        /// <summary>The id closest to <paramref name="id"/> within a few edits, for a "did you mean"; null when none is close.</summary>
        /// <param name="id">The id that was not found.</param>
        /// <returns>The closest id, or null.</returns>
        public string? Closest(string id) => FactLookup.Closest(Ids, id);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int NullId() => throw new ArgumentNullException("id");

        /// <summary>
        /// Whether the stored id at <paramref name="index"/> is <paramref name="id"/>, read in place from its chunk; the
        /// id is kept for later lookups when it is.
        /// </summary>
        private bool Matches(int index, string id)
        {
            ReadOnlySpan<byte> field = _chunks(index / _chunkSize).Slice(_offsets![index]);
            ReadOnlySpan<byte> stored = new RecordReader(field).Field();
#if NET8_0_OR_GREATER
            if (System.Text.Ascii.Equals(stored, id.AsSpan()))
            {
                _matched![index] = id;
                return true;
            }
#else
            if (stored.Length == id.Length)
            {
                int i = 0;
                while (i < stored.Length && stored[i] < 0x80 && stored[i] == id[i])
                {
                    i++;
                }

                if (i == stored.Length)
                {
                    _matched![index] = id;
                    return true;
                }
            }
#endif
            // Unequal as ASCII: equal only if the stored id holds other characters, which are compared decoded.
            for (int i = 0; i < stored.Length; i++)
            {
                if (stored[i] >= 0x80)
                {
                    string decoded = new RecordReader(field).Text(nullable: false)!;
                    _matched![index] = decoded;
                    return string.Equals(decoded, id, StringComparison.Ordinal);
                }
            }

            return false;
        }

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
