using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCatalog.Catalogue.Model;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Generator.Model;

/// <summary>Where one fact file's facts and claims are written: its path, group, and each fact's place by id.</summary>
public sealed record FilePlaces(string Path, string Group, EquatableArray<string> FactIds, EquatableArray<FactPlace> Places)
{
    /// <summary>The places of <paramref name="file"/>'s facts, read from the positions its parse recorded.</summary>
    public static FilePlaces Of(ParsedFactFile file)
    {
        var ids = ImmutableArray.CreateBuilder<string>(file.Facts.Count);
        var places = ImmutableArray.CreateBuilder<FactPlace>(file.Facts.Count);
        foreach (ParsedFact fact in file.Facts)
        {
            LinePosition end = fact.Id.Location.LineSpan.End;
            end = Max(end, fact.Name?.Location.LineSpan.End);
            end = Max(end, fact.Preferred?.Location.LineSpan.End);
            var claims = ImmutableArray.CreateBuilder<ClaimPlace>(fact.Claims.Count);
            foreach (ParsedClaim claim in fact.Claims)
            {
                // The claim runs from its id (its key) to the end of the last of its keys whose position the parse keeps.
                LinePosition claimEnd = claim.Id.Location.LineSpan.End;
                claimEnd = Max(claimEnd, claim.Name?.Location.LineSpan.End);
                claimEnd = Max(claimEnd, claim.ValueAt.LineSpan.End);
                claimEnd = Max(claimEnd, claim.SourceAt.LineSpan.End);
                claimEnd = Max(claimEnd, claim.QuoteAt.LineSpan.End);
                if (claim.Rank != ClaimRank.Normal)
                {
                    // Without a rank key, RankAt is the whole claim's mapping, which ends where the next one starts.
                    claimEnd = Max(claimEnd, claim.RankAt.LineSpan.End);
                }
                claims.Add(new ClaimPlace(claim.Id.Value, new LinePositionSpan(claim.Id.Location.LineSpan.Start, claimEnd)));
                end = Max(end, claimEnd);
            }
            ids.Add(fact.Id.Value);
            places.Add(new FactPlace(file.Path, new LinePositionSpan(fact.Id.Location.LineSpan.Start, end), claims.MoveToImmutable().ToEquatableArray()));
        }
        return new FilePlaces(file.Path, file.Group.Value, ids.MoveToImmutable().ToEquatableArray(), places.MoveToImmutable().ToEquatableArray());
    }

    private static LinePosition Max(LinePosition a, LinePosition? b) => b is { } other && other > a ? other : a;
}

/// <summary>
/// Every fact file's places, looked up by group and fact id. A fact id written twice in one group is kept from the
/// file first in ordinal path order, as the catalogue keeps it (FC0004 reports the other), so the lookup agrees with
/// the model whatever order the compiler lists the files in.
/// </summary>
public sealed class PlaceTable : IEquatable<PlaceTable>
{
    private readonly EquatableArray<FilePlaces> _files;
    private readonly Dictionary<(string Group, string Id), FactPlace> _byFact = new();

    /// <summary>The table of <paramref name="files"/>.</summary>
    public PlaceTable(IEnumerable<FilePlaces> files)
    {
        _files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
        foreach (FilePlaces file in _files)
        {
            for (int i = 0; i < file.FactIds.Count; i++)
            {
                (string, string) key = (file.Group, file.FactIds[i]);
                if (!_byFact.ContainsKey(key))
                {
                    _byFact.Add(key, file.Places[i]);
                }
            }
        }
    }

    /// <summary>The place of each fact of <paramref name="group"/>, by the fact's index; <see cref="FactPlace.None"/> where unknown.</summary>
    public EquatableArray<FactPlace> For(ResolvedGroup group)
    {
        var places = ImmutableArray.CreateBuilder<FactPlace>(group.Facts.Count);
        foreach (ResolvedFact fact in group.Facts)
        {
            places.Add(_byFact.TryGetValue((group.Identifier, fact.Id), out FactPlace? place) ? place : FactPlace.None);
        }
        return places.MoveToImmutable().ToEquatableArray();
    }

    /// <inheritdoc />
    public bool Equals(PlaceTable? other) => other is not null && _files.Equals(other._files);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlaceTable);

    /// <inheritdoc />
    public override int GetHashCode() => _files.GetHashCode();
}
