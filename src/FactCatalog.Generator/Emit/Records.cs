using System;
using System.Collections.Generic;
using System.Globalization;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// The records generated code stores facts and sources as, in the field order the runtime's
/// <c>FactCatalog.Storage.FactRecord</c> and <c>SourceRecord</c> read them. Enum fields are member names.
/// </summary>
public static class Records
{
    /// <summary>A fact with the claims its rich object carries; each claim's source by its index in the group's list.</summary>
    public static string Fact(ResolvedFact fact, IReadOnlyList<ResolvedClaim> claims, string? answeringClaimId, IReadOnlyDictionary<string, int> sourceIndexes)
    {
        var record = new RecordWriter()
            .Text(fact.Id)
            .Text(fact.Statement)
            .Text(fact.Type.ToString())
            .Text(fact.Unit)
            .Number(fact.Tags.Count);
        foreach (string tag in fact.Tags)
        {
            record.Text(tag);
        }
        record.Text(fact.Status.ToString()).Text(answeringClaimId).Number(claims.Count);
        foreach (ResolvedClaim claim in claims)
        {
            ResolvedCitation citation = claim.Citation!;
            record.Text(Value(fact.Type, claim.Value))
                .Text(claim.Id)
                .Text(claim.Claimant)
                .Text(claim.Rank.ToString())
                .Text(claim.Reason)
                .Text(claim.Bound.ToString())
                .Text(claim.Unit)
                .Text(ValueCode.DateText(claim.AsOf))
                .Flag(claim.Derived)
                .Text(claim.Note)
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
            .Text(ValueCode.DateText(source.Issued))
            .Text(source.Language)
            .Text(source.Translation.ToString())
            .Text(source.Url)
            .Text(source.Note)
            .Text(source.OriginalTitle)
            .Text(source.OriginalPublisher)
            .Text(ValueCode.DateText(source.OriginalDate))
            .ToString();
    }

    /// <summary>
    /// A claim's value as its record holds it: invariant digits, <c>yyyy-MM-dd</c>, <c>true</c>/<c>false</c>, the
    /// text itself, or for number and percent the IEEE bits of the double in hex, so that the runtime value
    /// equals the generated constant bit for bit on any runtime. Only called for values that fit the type.
    /// </summary>
    private static string Value(FactValueType type, FactValue value)
    {
        string literal = ValueCode.Literal(type, value) ?? throw new InvalidOperationException("A claim whose value does not fit its fact's type reached the store.");
        return type switch
        {
            FactValueType.Number or FactValueType.Percent => BitConverter.DoubleToInt64Bits(double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture)).ToString("X16", CultureInfo.InvariantCulture),
            FactValueType.Date => ValueCode.DateText(value.Text)!,
            FactValueType.Text => value.Text,
            _ => literal,
        };
    }
}
