using System.Collections.Generic;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// The hash table over the fact ids that the root file emits as data and the runtime's <c>IdIndex</c> looks ids up
/// in, with no table to build on the first lookup. A power of two of slots, at least twice the ids, so a lookup
/// probes about one or two slots; each id goes, in id order, to the first free slot from its hash's
/// (<see cref="IdHash"/>, which the runtime computes the same way). Each slot is two ints: the id's index plus one
/// (0 for an empty slot) and the id's hash, so a miss is told from a stored id without reading the id. The offsets
/// say where each id's field (length prefix, then bytes) starts in its chunk of the id data, which
/// <see cref="FactListCode.WriteChunks"/> writes.
/// </summary>
public sealed class IdTable
{
    private IdTable(int[] slots, int[] offsets)
    {
        Slots = slots;
        Offsets = offsets;
    }

    /// <summary>Two ints per slot: index plus one, and hash.</summary>
    public int[] Slots { get; }

    /// <summary>Each id's byte offset in its chunk.</summary>
    public int[] Offsets { get; }

    /// <summary>The table of <paramref name="ids"/>, stored in chunks of <paramref name="chunkSize"/>.</summary>
    public static IdTable Of(IReadOnlyList<string> ids, int chunkSize)
    {
        int slots = 2;
        while (slots < 2 * ids.Count)
        {
            slots *= 2;
        }

        var table = new int[2 * slots];
        var offsets = new int[ids.Count];
        int offset = 0;
        for (int i = 0; i < ids.Count; i++)
        {
            // The id as the data holds it: the record writer's text, every lone surrogate replaced.
            string prefix = RecordWriter.TextField(ids[i], out string stored);
            if (i % chunkSize == 0)
            {
                offset = 0;
            }
            offsets[i] = offset;
            offset += prefix.Length + Utf8Literal.ByteCount(stored);

            int hash = (int)IdHash.Of(stored);
            int slot = hash & (slots - 1);
            while (table[2 * slot] != 0)
            {
                slot = (slot + 1) & (slots - 1);
            }
            table[2 * slot] = i + 1;
            table[(2 * slot) + 1] = hash;
        }
        return new IdTable(table, offsets);
    }
}
