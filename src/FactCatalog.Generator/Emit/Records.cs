using System;
using System.Collections.Generic;
using System.Globalization;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Resolution;
using FactCatalog.Generator.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// The records generated code stores facts and sources as, in the field order the runtime's
/// <c>FactCatalog.Storage.FactRecord</c> and <c>SourceRecord</c> read them. Enum fields are <see cref="EnumWords"/>.
/// </summary>
public static class Records
{
    /// <summary>A fact with the claims its rich object carries; each claim's source by its index in the group's list.</summary>
    public static string Fact(ResolvedFact fact, IReadOnlyList<ResolvedClaim> claims, IReadOnlyDictionary<string, int> sourceIndexes)
    {
        var record = new RecordWriter()
            .Text(fact.Id)
            .Text(fact.Statement)
            .Text(EnumWords.Of(fact.Type))
            .Text(fact.Unit)
            .Number(fact.Tags.Count);
        foreach (string tag in fact.Tags)
        {
            record.Text(tag);
        }
        record.Text(EnumWords.Of(fact.Status)).Text(fact.ValueClaimId).Number(claims.Count);
        foreach (ResolvedClaim claim in claims)
        {
            ResolvedCitation citation = claim.Citation!;
            record.Text(Value(fact.Type, claim))
                .Text(claim.Id)
                .Text(claim.Claimant)
                .Text(EnumWords.Of(claim.Rank))
                .Text(claim.Reason)
                .Text(EnumWords.Of(claim.Bound))
                .Text(claim.Unit)
                .Text(ValueLiterals.DateText(claim.AsOf))
                .Flag(claim.Derived)
                .Text(claim.Note)
                .Text(claim.Stance == ClaimStance.Asserts ? null : EnumWords.Of(claim.Stance))
                .Text(claim.YearFrom)
                .Text(claim.CuratorNote)
                .Number(sourceIndexes[citation.SourceId])
                .Text(citation.Quote)
                .Number(citation.Line)
                .Number(citation.Column)
                .Number(citation.Offset)
                .Number(citation.Length);
        }
        return record.ToString();
    }

    /// <summary>A source's fields in constructor order.</summary>
    public static string Source(SourceMetadata source)
    {
        var record = new RecordWriter()
            .Text(source.Id)
            .Text(source.File)
            .Text(source.Type)
            .Text(source.Title)
            .Text(source.ContainerTitle)
            .Text(source.Publisher)
            .Number(source.Authors.Count);
        foreach (string author in source.Authors)
        {
            record.Text(author);
        }
        return record
            .Text(ValueLiterals.DateText(source.Issued))
            .Text(source.Language)
            .Text(EnumWords.Of(source.Translation))
            .Text(source.Url)
            .Text(source.Note)
            .Text(source.OriginalTitle)
            .Text(source.OriginalPublisher)
            .Text(ValueLiterals.DateText(source.OriginalDate))
            .ToString();
    }

    /// <summary>
    /// A claim's value as its record holds it: invariant digits, <c>yyyy-MM-dd</c>, <c>true</c>/<c>false</c>, the
    /// text itself, or for number and percent the IEEE bits of the double in hex, so that the runtime value
    /// equals the generated constant bit for bit on any runtime. Only called for values that fit the type.
    /// </summary>
    private static string Value(FactValueType type, ResolvedClaim claim)
    {
        FactValue value = claim.Value;
        string literal = claim.Literal ?? throw new InvalidOperationException("A claim without a member reached the store.");
        return type switch
        {
            FactValueType.Number or FactValueType.Percent => BitConverter.DoubleToInt64Bits(double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture)).ToString("X16", CultureInfo.InvariantCulture),
            FactValueType.Date => ValueLiterals.DateText(value.Text)!,
            FactValueType.Text => value.Text,
            _ => literal,
        };
    }
}
