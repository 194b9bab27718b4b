using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCatalog.Generator.Emit;
using FactCatalog.Storage;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// The fact ids' hash table: laid out by the generator (<see cref="IdTable"/>), looked up in by the runtime's
/// <see cref="IdIndex"/>, which hashes the id the same way (one shared file) and compares it with the stored ids in
/// place. Every id is found at its index, across chunks, with text beyond ASCII; ids that are not there are not,
/// however close; and the layout is the same on every machine.
/// </summary>
public class IdTableTests
{
    private const int ChunkSize = 512;

    [Fact]
    public void Every_id_is_found_at_its_index_and_nothing_else_is_found()
    {
        // 1,300 ids over three chunks, some beyond ASCII and one a prefix of another, in ordinal order as the root file has them.
        List<string> ids = Enumerable.Range(0, 1297).Select(i => "fact-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
            .Concat(new[] { "fact", "tr\u00E4ty-sign\u00E9", "\u65E5\u672C-fact" })
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();
        IdIndex index = Index(ids);

        for (int i = 0; i < ids.Count; i++)
        {
            Assert.Equal(i, index.IndexOf(ids[i]));
            // A fresh string, not the interned one: the lookup compares text, not references.
            Assert.Equal(i, index.IndexOf(new string(ids[i].ToCharArray())));
        }

        foreach (string missing in new[] { string.Empty, "f", "fac", "fact-", "fact-1297", "Fact-0001", "fact-0001 ", "fact-0001-x", "tr\u00E4ty-sign\u00C9", "traty-signe", "\u65E5\u672C-fact-x" })
        {
            Assert.Equal(-1, index.IndexOf(missing));
        }

        Assert.Throws<ArgumentNullException>(() => index.IndexOf(null!));
        Assert.Equal(ids, index.Ids);
        Assert.Equal("fact-0012", index.Closest("fact-0012x"));
    }

    [Fact]
    public void An_id_found_once_is_found_again_without_reading_its_chunk()
    {
        List<string> ids = new[] { "north-korea", "tr\u00E4ty-sign\u00E9", "troops", "\u65E5\u672C-fact" }.OrderBy(id => id, StringComparer.Ordinal).ToList();
        int[] chunkReads = new int[1];
        IdIndex index = Index(ids, chunkReads);

        for (int i = 0; i < ids.Count; i++)
        {
            Assert.Equal(i, index.IndexOf(new string(ids[i].ToCharArray())));
        }
        int firstReads = chunkReads[0];
        Assert.True(firstReads >= ids.Count, $"the first lookups read {firstReads} chunks for {ids.Count} ids");

        // A hit on an id already matched compares strings; the ids' data is not read again.
        for (int i = 0; i < ids.Count; i++)
        {
            Assert.Equal(i, index.IndexOf(new string(ids[i].ToCharArray())));
        }
        Assert.Equal(firstReads, chunkReads[0]);

        // What was kept is the id itself: a string that differs in one letter is still not found.
        Assert.Equal(-1, index.IndexOf("Troops"));
        Assert.Equal(-1, index.IndexOf("tr\u00E4ty-sign\u00C9"));
    }

    [Fact]
    public void The_table_has_room_and_each_slot_pairs_an_index_with_its_hash()
    {
        var ids = new List<string> { "a", "b", "c" };
        IdTable table = IdTable.Of(ids, ChunkSize);

        // Eight slots (a power of two, at least twice the ids), two ints each; three are taken, once each.
        Assert.Equal(16, table.Slots.Length);
        Assert.Equal(new[] { 1, 2, 3 }, Enumerable.Range(0, 8).Select(s => table.Slots[2 * s]).Where(e => e != 0).OrderBy(e => e));
        Assert.Equal(new[] { 0, 3, 6 }, table.Offsets);
    }

    [Fact]
    public void The_layout_is_the_same_on_every_machine()
    {
        // The hash has no seed and reads characters, not memory, so these values hold on any runtime and byte order;
        // were they to change, tables generated before would no longer be found by the runtime.
        IdTable table = IdTable.Of(new[] { "troops-in-russia" }, ChunkSize);
        int slot = Enumerable.Range(0, 2).Single(s => table.Slots[2 * s] == 1);
        Assert.Equal(ExpectedTroopsHash, table.Slots[(2 * slot) + 1]);
    }

    [Fact]
    public void A_table_that_does_not_fit_the_ids_is_refused()
    {
        RecordSource chunks = _ => Encoding.UTF8.GetBytes("1:a");
        Assert.Throws<ArgumentException>(() => new IdIndex(1, ChunkSize, chunks, new int[6], new int[1]));
        Assert.Throws<ArgumentException>(() => new IdIndex(2, ChunkSize, chunks, new int[4], new int[2]));
        Assert.Throws<ArgumentException>(() => new IdIndex(1, ChunkSize, chunks, new int[4], new int[2]));
        Assert.Throws<ArgumentNullException>(() => new IdIndex(1, ChunkSize, chunks, null!, new int[1]));
    }

    // Computed apart from this code too (the same steps over the UTF-16 code units, in Python): -1155342769.
    private const int ExpectedTroopsHash = -1155342769;

    /// <summary>The runtime's index over <paramref name="ids"/>, with the data and table the root file would emit.</summary>
    private static IdIndex Index(IReadOnlyList<string> ids) => Index(ids, new int[1]);

    /// <summary>The same, counting in <paramref name="chunkReads"/>[0] how often a lookup reads a chunk of the ids.</summary>
    private static IdIndex Index(IReadOnlyList<string> ids, int[] chunkReads)
    {
        var chunks = new List<byte[]>();
        for (int first = 0; first < ids.Count; first += ChunkSize)
        {
            var data = new RecordWriter();
            foreach (string id in ids.Skip(first).Take(ChunkSize))
            {
                data.Text(id);
            }
            chunks.Add(Encoding.UTF8.GetBytes(data.ToString()));
        }

        IdTable table = IdTable.Of(ids, ChunkSize);
        return new IdIndex(ids.Count, ChunkSize, chunk => { chunkReads[0]++; return chunks[chunk]; }, table.Slots, table.Offsets);
    }
}
