using System;
using System.Linq;
using System.Threading.Tasks;
using FactCatalog.Storage;

namespace FactCatalog.Tests.Storage;

public class StorageTests
{
    private static readonly Source Report = new SourceTable(1, 512, _ => Record.Chunk(Record.Source("report", "The Report")))[0];

    [Fact]
    public void A_fact_record_becomes_a_typed_fact_with_its_claims_and_citations()
    {
        byte[] chunk = Record.Chunk(Record.CountFact("troops", 10000, 12000));
        var table = new FactTable(1, 512, _ => chunk, _ => Report);

        var fact = Assert.IsType<Fact<int>>(table[0]);
        Assert.Equal(("troops", "Statement of troops.", FactValueType.Count, "troops", FactStatus.Consistent), (fact.Id, fact.Statement, fact.Type, fact.Unit, fact.Status));
        Assert.Equal(new[] { "tag" }, fact.Tags);
        Assert.Equal(10000, fact.Value);
        Assert.Equal(new[] { 10000, 12000 }, fact.Claims.Select(c => c.Value));
        Claim<int> claim = fact.Claims[1];
        Assert.Equal(("claim1", "the claimant \u201Cquoted\u201D", ClaimBound.About, "2024-10-28"), (claim.Id, claim.Claimant, claim.Bound, claim.AsOf?.ToString()));
        Assert.Same(Report, claim.Citation.Source);
        Assert.Equal(("about 12000 troops", 2, 5, 40, 17), (claim.Citation.Quote, claim.Citation.Line, claim.Citation.Column, claim.Citation.Offset, claim.Citation.Length));
        // A stance stored as no text is the default; a word is read back as written.
        Assert.Equal((ClaimStance.Asserts, ClaimStance.Denies), (fact.Claims[0].Stance, claim.Stance));
    }

    [Fact]
    public void Records_are_found_in_their_chunk_and_each_is_decoded_once()
    {
        int reads = 0;
        byte[][] chunks =
        {
            Record.Chunk(Record.CountFact("a", 1), Record.CountFact("b", 2)),
            Record.Chunk(Record.CountFact("c", 3)),
        };
        var table = new FactTable(3, 2, chunk => { reads++; return chunks[chunk]; }, _ => Report);

        Assert.Equal("c", table[2].Id);
        Assert.Equal("b", table[1].Id);
        Assert.Same(table[1], table[1]);
        Assert.Equal(2, reads);
        Assert.Equal(new[] { "a", "b", "c" }, table.Select(f => f.Id));
        Assert.Throws<ArgumentOutOfRangeException>(() => table[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[-1]);
    }

    [Fact]
    public void Threads_reading_the_same_fact_get_the_same_object()
    {
        byte[] chunk = Record.Chunk(Enumerable.Range(0, 64).Select(i => Record.CountFact("fact-" + i, i)).ToArray());
        for (int round = 0; round < 20; round++)
        {
            var table = new FactTable(64, 512, _ => chunk, _ => Report);
            Fact[][] seen = Enumerable.Range(0, 4).Select(_ => new Fact[64]).ToArray();
            Parallel.For(0, 4, thread =>
            {
                for (int i = 0; i < 64; i++)
                {
                    seen[thread][i] = table[(i + (thread * 16)) % 64];
                }
            });
            for (int i = 0; i < 64; i++)
            {
                Assert.All(Enumerable.Range(0, 4), thread => Assert.Same(table[(i + (thread * 16)) % 64], seen[thread][i]));
            }
        }
    }

    [Theory]
    [InlineData("5:troo")]
    [InlineData("x:troops")]
    [InlineData("99999999999:troops")]
    [InlineData("")]
    public void Damaged_data_fails_with_a_message_that_says_so(string chunk)
    {
        var table = new FactTable(1, 512, _ => System.Text.Encoding.UTF8.GetBytes(chunk), _ => Report);
        FormatException error = Assert.Throws<FormatException>(() => table[0]);
        Assert.Contains("catalogue data compiled into this assembly is damaged", error.Message);
    }

    [Fact]
    public void A_record_with_bytes_past_its_end_is_damaged()
    {
        byte[] chunk = Record.Chunk(Record.CountFact("a", 1) + "3:xyz");
        FormatException error = Assert.Throws<FormatException>(() => new FactTable(1, 512, _ => chunk, _ => Report)[0]);
        Assert.Contains("fact 'a' has bytes past its last claim", error.Message);
    }

    [Fact]
    public void An_enum_name_the_runtime_does_not_know_is_reported()
    {
        byte[] chunk = Record.Chunk(new Record().Text("a").Text("A.").Text("Colour").ToString());
        FormatException error = Assert.Throws<FormatException>(() => new FactTable(1, 512, _ => chunk, _ => Report)[0]);
        Assert.Contains("names FactValueType 'Colour'", error.Message);
    }

    [Fact]
    public void Ids_are_found_by_exact_match_and_the_closest_is_suggested()
    {
        var ids = new IdIndex(3, 2, chunk => chunk == 0 ? Record.Chunk("north-korea", "tr\u00E4ty") : Record.Chunk("troops"));
        Assert.Equal(3, ids.Count);
        Assert.Equal(new[] { 0, 1, 2, -1, -1 }, new[] { "north-korea", "tr\u00E4ty", "troops", "Troops", "troop" }.Select(ids.IndexOf));
        Assert.Equal("troops", ids.Closest("troop"));
        Assert.Null(ids.Closest("something else entirely"));
        Assert.Throws<ArgumentNullException>(() => ids.IndexOf(null!));
        Assert.Equal(new[] { "north-korea", "tr\u00E4ty", "troops" }, ids.Ids);
    }

    [Fact]
    public void Threads_racing_on_the_first_lookup_all_find_every_id()
    {
        string[] expected = Enumerable.Range(0, 2000).Select(i => "fact-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        for (int round = 0; round < 20; round++)
        {
            var ids = new IdIndex(expected.Length, 512, chunk => Record.Chunk(expected.Skip(chunk * 512).Take(512).ToArray()));
            bool[] ok = new bool[8];
            Parallel.For(0, ok.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
                ok[thread] = (thread % 2 == 1 || ids.Ids.SequenceEqual(expected))
                    && expected.Select(ids.IndexOf).SequenceEqual(Enumerable.Range(0, expected.Length)));
            Assert.All(ok, Assert.True);
        }
    }

    [Fact]
    public void The_fact_index_finds_facts_by_id_and_names_the_closest_when_it_cannot()
    {
        byte[] chunk = Record.Chunk(Record.CountFact("officers", 500), Record.CountFact("troops", 10000));
        var groupTable = new FactTable(2, 512, _ => chunk, _ => Report);
        var index = new FactIndex(2, 512, _ => Record.Chunk("officers", "troops"), i => groupTable[i]);

        Assert.Same(groupTable[1], index.Get("troops"));
        Assert.Equal(1, index.IndexOf("troops"));
        Assert.Equal(-1, index.IndexOf("generals"));
        Assert.Equal(new[] { "officers", "troops" }, index.Select(f => f.Id));
        var error = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => index.Get("troopz"));
        Assert.Equal("No fact has the id 'troopz'; did you mean 'troops'?", error.Message);
        Assert.Equal("No fact has the id 'x'.", Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => index.Get("x")).Message);
    }

    [Fact]
    public void A_fact_list_reads_the_facts_at_its_indexes()
    {
        byte[] chunk = Record.Chunk(Record.CountFact("a", 1), Record.CountFact("b", 2), Record.CountFact("c", 3));
        var all = new FactTable(3, 512, _ => chunk, _ => Report);
        var list = new FactList(all, new[] { 2, 0 });
        Assert.Equal(new[] { "c", "a" }, list.Select(f => f.Id));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
    }

    [Fact]
    public void A_source_record_becomes_a_source()
    {
        Assert.Equal(("report", "report.txt", "The Report", "2024-11-07", SourceTranslation.None), (Report.Id, Report.File, Report.Title, Report.Issued?.ToString(), Report.Translation));
        Assert.Empty(Report.Authors);
    }
}
