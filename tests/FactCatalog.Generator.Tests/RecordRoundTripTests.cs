using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Catalogue.Resolution;
using FactCatalog.Generator.Emit;
using FactCatalog.Storage;
using Xunit;
using Runtime = FactCatalog;

namespace FactCatalog.Generator.Tests;

// Inside the namespace, so the catalogue model's enums win over the runtime's enums of the same name.
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Model;

/// <summary>
/// The record format is one schema with two sides: the generator's <see cref="Records"/> writes it, the runtime's
/// <c>FactTable</c>/<c>SourceTable</c> read it. Each test changes one field of a known record and checks the runtime
/// reads exactly that value back, so a field written in the wrong place, or an enum word one side lacks, fails here.
/// </summary>
public class RecordRoundTripTests
{
    private static readonly SourceMetadata BaseSource = new()
    {
        Id = "report",
        Identifier = "Report",
        File = "report.txt",
    };

    private static readonly ResolvedClaim BaseClaim = new()
    {
        Id = "claim",
        Identifier = "Claim",
        Value = new FactValue(FactValueType.Count, "12"),
        Literal = "12",
        Claimant = "someone",
        SourceId = "report",
        Citation = new ResolvedCitation("report", "twelve of them", 3, 4, 50, 14),
    };

    private static readonly ResolvedFact BaseFact = new()
    {
        Id = "fact",
        Identifier = "Fact",
        Statement = "How many?",
        Type = FactValueType.Count,
        Status = FactStatus.Consistent,
        ValueClaimId = "claim",
        Claims = new[] { BaseClaim }.ToEquatableArray(),
    };

    public static TheoryData<string> FactFields => new()
    {
        "id", "statement", "unit", "tags", "status", "value claim", "claim value", "claim id", "claimant", "rank", "reason",
        "bound", "claim unit", "as-of", "derived", "note", "stance", "year from", "curator note", "source", "quote", "line", "column", "offset", "length",
    };

    [Theory]
    [MemberData(nameof(FactFields))]
    public void Each_fact_and_claim_field_reads_back_as_written(string field)
    {
        ResolvedClaim claim = field switch
        {
            "claim value" => BaseClaim with { Value = new FactValue(FactValueType.Count, "7"), Literal = "7" },
            "claim id" => BaseClaim with { Id = "other-claim" },
            "claimant" => BaseClaim with { Claimant = "another claimant" },
            "rank" => BaseClaim with { Rank = ClaimRank.Preferred },
            "reason" => BaseClaim with { Reason = "superseded" },
            "bound" => BaseClaim with { Bound = ClaimBound.AtLeast },
            "claim unit" => BaseClaim with { Unit = "troops" },
            "as-of" => BaseClaim with { AsOf = "2024-10" },
            "derived" => BaseClaim with { Derived = true },
            "note" => BaseClaim with { Note = "a note" },
            "stance" => BaseClaim with { Stance = ClaimStance.Denies },
            "year from" => BaseClaim with { YearFrom = "original-date" },
            "curator note" => BaseClaim with { CuratorNote = "read as the curator reads it" },
            "source" => BaseClaim with { SourceId = "second", Citation = BaseClaim.Citation! with { SourceId = "second" } },
            "quote" => BaseClaim with { Citation = BaseClaim.Citation! with { Quote = "another quote" } },
            "line" => BaseClaim with { Citation = BaseClaim.Citation! with { Line = 30 } },
            "column" => BaseClaim with { Citation = BaseClaim.Citation! with { Column = 40 } },
            "offset" => BaseClaim with { Citation = BaseClaim.Citation! with { Offset = 500 } },
            "length" => BaseClaim with { Citation = BaseClaim.Citation! with { Length = 9 } },
            _ => BaseClaim,
        };
        ResolvedFact fact = (field switch
        {
            "id" => BaseFact with { Id = "another-fact" },
            "statement" => BaseFact with { Statement = "How many, really?" },
            "unit" => BaseFact with { Unit = "ships" },
            "tags" => BaseFact with { Tags = new[] { "a", "b" }.ToEquatableArray() },
            "status" => BaseFact with { Status = FactStatus.Unsupported, ValueClaimId = null },
            "value claim" => BaseFact with { Status = FactStatus.Disputed, ValueClaimId = null },
            _ => BaseFact,
        }) with { Claims = new[] { claim }.ToEquatableArray() };
        if (field == "claim id")
        {
            fact = fact with { ValueClaimId = claim.Id };
        }

        Runtime.Fact read = ReadFact(fact);
        Runtime.Claim readClaim = read.Claims.Single();
        object? expected = Expected(field, fact, claim);
        object? actual = field switch
        {
            "id" => read.Id,
            "statement" => read.Statement,
            "unit" => read.Unit,
            "tags" => string.Join(",", read.Tags),
            "status" => read.Status.ToString(),
            "value claim" => read.Preferred?.Id,
            "claim value" => readClaim.BoxedValue,
            "claim id" => readClaim.Id + "/" + read.Preferred?.Id,
            "claimant" => readClaim.Claimant,
            "rank" => readClaim.Rank.ToString(),
            "reason" => readClaim.Reason,
            "bound" => readClaim.Bound.ToString(),
            "claim unit" => readClaim.Unit,
            "as-of" => readClaim.AsOf?.ToString(),
            "derived" => readClaim.Derived,
            "note" => readClaim.Note,
            "stance" => readClaim.Stance.ToString(),
            "year from" => readClaim.YearFrom,
            "curator note" => readClaim.CuratorNote,
            "source" => readClaim.Citation.Source.Id,
            "quote" => readClaim.Citation.Quote,
            "line" => readClaim.Citation.Line,
            "column" => readClaim.Citation.Column,
            "offset" => readClaim.Citation.Offset,
            "length" => readClaim.Citation.Length,
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        Assert.Equal(expected, actual);
        // The base record reads back to something else, so the field is really carried.
        Assert.NotEqual(expected, field == "source" ? "report" : Expected(field, BaseFact, BaseClaim));
    }

    public static TheoryData<string> SourceFields => new()
    {
        "id", "file", "type", "title", "container title", "publisher", "authors", "issued", "language", "translation",
        "url", "note", "original title", "original publisher", "original date",
    };

    [Theory]
    [MemberData(nameof(SourceFields))]
    public void Each_source_field_reads_back_as_written(string field)
    {
        SourceMetadata source = field switch
        {
            "id" => BaseSource with { Id = "other" },
            "file" => BaseSource with { File = "other.txt" },
            "type" => BaseSource with { Type = "article" },
            "title" => BaseSource with { Title = "A title" },
            "container title" => BaseSource with { ContainerTitle = "A paper" },
            "publisher" => BaseSource with { Publisher = "A publisher" },
            "authors" => BaseSource with { Authors = new[] { "A. Writer", "B. Writer" }.ToEquatableArray() },
            "issued" => BaseSource with { Issued = "2024-11-05" },
            "language" => BaseSource with { Language = "ru" },
            "translation" => BaseSource with { Translation = SourceTranslation.Machine },
            "url" => BaseSource with { Url = "https://example.org/a" },
            "note" => BaseSource with { Note = "a note" },
            "original title" => BaseSource with { OriginalTitle = "Original" },
            "original publisher" => BaseSource with { OriginalPublisher = "Original publisher" },
            "original date" => BaseSource with { OriginalDate = "2024-11" },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        Runtime.Source read = ReadSource(source);
        string? actual = field switch
        {
            "id" => read.Id,
            "file" => read.File,
            "type" => read.Type,
            "title" => read.Title,
            "container title" => read.ContainerTitle,
            "publisher" => read.Publisher,
            "authors" => string.Join(";", read.Authors),
            "issued" => read.Issued?.ToString(),
            "language" => read.Language,
            "translation" => read.Translation.ToString(),
            "url" => read.Url,
            "note" => read.Note,
            "original title" => read.OriginalTitle,
            "original publisher" => read.OriginalPublisher,
            "original date" => read.OriginalDate?.ToString(),
            _ => null,
        };
        string? expected = field switch
        {
            "id" => source.Id,
            "file" => source.File,
            "authors" => string.Join(";", source.Authors),
            "translation" => source.Translation.ToString(),
            "type" => source.Type,
            "title" => source.Title,
            "container title" => source.ContainerTitle,
            "publisher" => source.Publisher,
            "issued" => source.Issued,
            "language" => source.Language,
            "url" => source.Url,
            "note" => source.Note,
            "original title" => source.OriginalTitle,
            "original publisher" => source.OriginalPublisher,
            "original date" => source.OriginalDate,
            _ => null,
        };
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_value_type_status_rank_and_bound_word_reads_back()
    {
        foreach (FactValueType type in EnumWords.ValueTypes)
        {
            (string text, string literal) = type switch
            {
                FactValueType.Date => ("2024-06-19", ValueLiterals.Literal(type, new FactValue(type, "2024-06-19"))!),
                FactValueType.Boolean => ("true", "true"),
                FactValueType.Text => ("words", CSharpLiteral.String("words")),
                FactValueType.Number or FactValueType.Percent => ("2.5", "2.5"),
                _ => ("2024", "2024"),
            };
            ResolvedClaim claim = BaseClaim with { Value = new FactValue(type, text), Literal = literal };
            Runtime.Fact read = ReadFact(BaseFact with { Type = type, Claims = new[] { claim }.ToEquatableArray() });
            Assert.Equal(type.ToString(), read.Type.ToString());
        }
        foreach (FactStatus status in EnumWords.Statuses)
        {
            string? valueClaim = status is FactStatus.Consistent or FactStatus.Resolved ? BaseClaim.Id : null;
            Assert.Equal(status.ToString(), ReadFact(BaseFact with { Status = status, ValueClaimId = valueClaim }).Status.ToString());
        }
        foreach (ClaimRank rank in EnumWords.Ranks)
        {
            Assert.Equal(rank.ToString(), ReadFact(BaseFact with
            {
                Status = rank == ClaimRank.Deprecated ? FactStatus.Unsupported : FactStatus.Consistent,
                ValueClaimId = rank == ClaimRank.Deprecated ? null : BaseClaim.Id,
                Claims = new[] { BaseClaim with { Rank = rank, Reason = rank == ClaimRank.Deprecated ? "superseded" : null } }.ToEquatableArray(),
            }).Claims.Single().Rank.ToString());
        }
        foreach (ClaimBound bound in EnumWords.Bounds)
        {
            Assert.Equal(bound.ToString(), ReadFact(BaseFact with { Claims = new[] { BaseClaim with { Bound = bound } }.ToEquatableArray() }).Claims.Single().Bound.ToString());
        }
        foreach (ClaimStance stance in EnumWords.Stances)
        {
            Assert.Equal(stance.ToString(), ReadFact(BaseFact with { Claims = new[] { BaseClaim with { Stance = stance } }.ToEquatableArray() }).Claims.Single().Stance.ToString());
        }
        foreach (SourceTranslation translation in EnumWords.Translations)
        {
            Assert.Equal(translation.ToString(), ReadSource(BaseSource with { Translation = translation }).Translation.ToString());
        }
        // The shared lists name every member of the catalogue's enums, and every runtime member has the same name.
        Assert.Equal(Enum.GetNames(typeof(FactValueType)), EnumWords.ValueTypes.Select(v => v.ToString()));
        Assert.Equal(Enum.GetNames(typeof(Runtime.FactValueType)), EnumWords.ValueTypes.Select(v => v.ToString()));
        Assert.Equal(Enum.GetNames(typeof(Runtime.FactStatus)), EnumWords.Statuses.Select(v => v.ToString()));
        Assert.Equal(Enum.GetNames(typeof(Runtime.ClaimRank)), EnumWords.Ranks.Select(v => v.ToString()));
        Assert.Equal(Enum.GetNames(typeof(Runtime.ClaimBound)), EnumWords.Bounds.Select(v => v.ToString()));
        Assert.Equal(Enum.GetNames(typeof(Runtime.SourceTranslation)), EnumWords.Translations.Select(v => v.ToString()));
        Assert.Equal(Enum.GetNames(typeof(ClaimStance)), EnumWords.Stances.Select(v => v.ToString()));
        Assert.Equal(Enum.GetNames(typeof(Runtime.ClaimStance)), EnumWords.Stances.Select(v => v.ToString()));
    }

    private static object? Expected(string field, ResolvedFact fact, ResolvedClaim claim) => field switch
    {
        "id" => fact.Id,
        "statement" => fact.Statement,
        "unit" => fact.Unit,
        "tags" => string.Join(",", fact.Tags),
        "status" => fact.Status.ToString(),
        "value claim" => fact.ValueClaimId,
        "claim value" => int.Parse(claim.Value.Text, System.Globalization.CultureInfo.InvariantCulture),
        "claim id" => claim.Id + "/" + fact.ValueClaimId,
        "claimant" => claim.Claimant,
        "rank" => claim.Rank.ToString(),
        "reason" => claim.Reason,
        "bound" => claim.Bound.ToString(),
        "claim unit" => claim.Unit,
        "as-of" => claim.AsOf,
        "derived" => claim.Derived,
        "note" => claim.Note,
        "stance" => claim.Stance.ToString(),
        "year from" => claim.YearFrom,
        "curator note" => claim.CuratorNote,
        "source" => claim.SourceId,
        "quote" => claim.Citation!.Quote,
        "line" => claim.Citation!.Line,
        "column" => claim.Citation!.Column,
        "offset" => claim.Citation!.Offset,
        "length" => claim.Citation!.Length,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Writes <paramref name="fact"/> as the generator stores it and reads it as generated code does.</summary>
    private static Runtime.Fact ReadFact(ResolvedFact fact)
    {
        SourceMetadata[] sources = { BaseSource, BaseSource with { Id = "second", Identifier = "Second" } };
        var indexes = sources.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i);
        byte[] chunk = Chunk(Records.Fact(fact, fact.Claims.ToList(), indexes));
        byte[][] sourceChunks = sources.Select(s => Chunk(Records.Source(s))).ToArray();
        var sourceTable = new SourceTable(sources.Length, 1, i => sourceChunks[i]);
        return new FactTable(1, 1, _ => chunk, i => sourceTable[i])[0];
    }

    private static Runtime.Source ReadSource(SourceMetadata source)
    {
        byte[] chunk = Chunk(Records.Source(source));
        return new SourceTable(1, 1, _ => chunk)[0];
    }

    /// <summary>A chunk holding one record, as the generated UTF-8 data holds it: a length-prefixed field.</summary>
    private static byte[] Chunk(string record) => Encoding.UTF8.GetBytes(RecordWriter.TextField(record, out string clean) + clean);
}
