using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Generator.Model;

namespace FactCatalog.Generator.Manifest;

/// <summary>A fact as the manifest records it: what the analyzers check cited ids and literals against.</summary>
/// <param name="Id">The fact id.</param>
/// <param name="TypeName">The fact's class as written in C#, such as <c>TroopsInRussia</c>.</param>
/// <param name="Status">The fact's derived status.</param>
/// <param name="Type">The value type of the fact.</param>
/// <param name="ValueClaimId">The claim that answers <c>Value</c>; null when the fact has no <c>Value</c> member.</param>
/// <param name="Claims">The claims, in catalogue order.</param>
public sealed record ManifestFact(
    string Id,
    string TypeName,
    FactStatus Status,
    FactValueType Type,
    string? ValueClaimId,
    IReadOnlyList<ManifestClaim> Claims);

/// <summary>A claim as the manifest records it.</summary>
/// <param name="Id">The claim id, unique within its fact.</param>
/// <param name="Member">The claim's constant as written in C#; null when the claim has no member (its value does not fit the fact's type).</param>
/// <param name="Rank">The claim's rank.</param>
/// <param name="Value">The value in canonical invariant text; null when the claim has no member.</param>
/// <param name="Reason">Why a deprecated claim is deprecated; null otherwise.</param>
public sealed record ManifestClaim(string Id, string? Member, ClaimRank Rank, string? Value, string? Reason);

/// <summary>
/// The catalogue manifest: one <c>[assembly: global::FactCatalog.CatalogueManifest(...)]</c> per generated group,
/// written by the generator into the group's file and read back by the analyzers from the compilation, whether the
/// group was generated in it or in a referenced assembly. The text format is described on the runtime's
/// <c>CatalogueManifestAttribute</c>; this class is its only writer and reader.
/// </summary>
/// <remarks>
/// A compact text in one attribute argument keeps the cost of finding a catalogue to decoding one attribute per
/// group (no walk over thousands of generated types), and it keeps the text out of the IL string heap, whose size
/// the compiler limits: attribute arguments live in the metadata blob heap.
/// </remarks>
public static class CatalogueManifest
{
    /// <summary>The format version written here. Version 2 writes enum values as <see cref="EnumWords"/>; version 1, read too, wrote them in lower case.</summary>
    public const int Version = 2;

    /// <summary>The attribute's namespace and name, as the analyzers recognise it.</summary>
    public const string AttributeNamespace = "FactCatalog";

    /// <summary>The attribute's class name.</summary>
    public const string AttributeName = "CatalogueManifestAttribute";

    private const char FieldSeparator = '\t';
    private const char LineSeparator = '\n';
    private const string FactTag = "F";
    private const string ClaimTag = "C";

    /// <summary>The facts of <paramref name="group"/> in the manifest text format.</summary>
    public static string Write(ResolvedGroup group)
    {
        var text = new StringBuilder();
        foreach (ResolvedFact fact in group.Facts)
        {
            AppendLine(text, FactTag, fact.Id, CodeNames.Type(fact.Identifier), EnumWords.Of(fact.Status), EnumWords.Of(fact.Type), fact.ValueClaimId);
            foreach (ResolvedClaim claim in fact.Claims)
            {
                AppendLine(text, ClaimTag, claim.Id, claim.HasMember ? CodeNames.Member(claim.Identifier) : null, EnumWords.Of(claim.Rank),
                    claim.HasMember ? claim.Value.Text : null, claim.Rank == ClaimRank.Deprecated ? claim.Reason ?? string.Empty : null);
            }
        }
        return text.ToString();
    }

    /// <summary>The facts in manifest <paramref name="text"/> of format <paramref name="version"/>; null when it cannot be read.</summary>
    public static IReadOnlyList<ManifestFact>? Read(int version, string text)
    {
        if (version is not (1 or Version))
        {
            return null;
        }
        var facts = new List<ManifestFact>();
        List<ManifestClaim>? claims = null;
        foreach (string line in text.Split(LineSeparator))
        {
            if (line.Length == 0)
            {
                continue;
            }
            string[] fields = line.Split(FieldSeparator);
            if (fields.Length != 6)
            {
                return null;
            }
            if (fields[0] == FactTag && EnumWords.Status(fields[3]) is { } status && EnumWords.ValueType(fields[4]) is { } type)
            {
                claims = new List<ManifestClaim>();
                facts.Add(new ManifestFact(Unescape(fields[1]), Unescape(fields[2]), status, type, Optional(fields[5]), claims));
            }
            else if (fields[0] == ClaimTag && claims is not null && EnumWords.Rank(fields[3]) is { } rank)
            {
                claims.Add(new ManifestClaim(Unescape(fields[1]), Optional(fields[2]), rank, Optional(fields[4]),
                    rank == ClaimRank.Deprecated ? Unescape(fields[5]) : null));
            }
            else
            {
                return null;
            }
        }
        return facts;
    }

    private static void AppendLine(StringBuilder text, string tag, params string?[] fields)
    {
        text.Append(tag);
        foreach (string? field in fields)
        {
            text.Append(FieldSeparator);
            Escape(text, field ?? string.Empty);
        }
        text.Append(LineSeparator);
    }

    private static string? Optional(string field) => field.Length == 0 ? null : Unescape(field);

    private static void Escape(StringBuilder text, string field)
    {
        foreach (char c in field)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                default: text.Append(c); break;
            }
        }
    }

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }
        var text = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            char c = field[i];
            if (c != '\\' || i + 1 == field.Length)
            {
                text.Append(c);
                continue;
            }
            char next = field[++i];
            text.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => next,
            });
        }
        return text.ToString();
    }
}
