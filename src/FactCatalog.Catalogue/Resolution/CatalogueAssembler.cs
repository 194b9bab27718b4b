using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Catalogue.Parsing;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>
/// Stage 3: joins the resolved fact files into one <see cref="ResolvedCatalogue"/>. Checks what spans files:
/// fact ids unique in the catalogue (FC0004), C# names that collide across files or with the generated
/// members (FC0010), and that there is any fact file at all (FC0014). Orders everything ordinally, so the
/// model does not depend on the order the compiler lists the files in.
/// </summary>
public static class CatalogueAssembler
{
    /// <summary>
    /// FC0021 when claims cite sources and there is no sources file (nor one under a near-miss name, which FC0020
    /// reports): once, at the first fact whose claims cite one, instead of FC0005 for every claim.
    /// </summary>
    private static DiagnosticInfo? SourcesFileNotFound(List<ResolvedFactFile> files, string factsDirectory)
    {
        var cited = new List<string>();
        LocationInfo? first = null;
        foreach (ResolvedFactFile file in files)
        {
            for (int i = 0; i < file.Facts.Count; i++)
            {
                foreach (ResolvedClaim claim in file.Facts[i].Claims)
                {
                    first ??= file.FactLocations[i];
                    if (!cited.Contains(claim.SourceId))
                    {
                        cited.Add(claim.SourceId);
                    }
                }
            }
        }
        if (first is null)
        {
            return null;
        }
        const int Listed = 3;
        string names = string.Join(", ", cited.Take(Listed).Select(id => "'" + id + "'"));
        string list = cited.Count == 1 ? "source " + names
            : cited.Count <= Listed ? "sources " + names
            : $"sources {names} and {(cited.Count - Listed).ToString(System.Globalization.CultureInfo.InvariantCulture)} more";
        return DiagnosticInfo.Create(CatalogueDiagnostics.SourcesFileNotFound, first,
            CataloguePaths.Combine(factsDirectory, SourcesFileParser.FileName), list);
    }

    /// <summary>Assembles the catalogue and returns it with the diagnostics of this stage.</summary>
    public static (ResolvedCatalogue Model, ImmutableArray<DiagnosticInfo> Diagnostics) Assemble(
        IEnumerable<ResolvedFactFile> files, SourceSet sources, string className, string factsDirectory,
        CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        List<ResolvedFactFile> all = files as List<ResolvedFactFile> ?? files.ToList();
        // A file read only to report its name or folder (FC0020) holds no facts and makes no group.
        List<string> misplaced = all.Where(f => !CataloguePaths.IsUnder(f.Path, factsDirectory)).Select(f => f.Path).ToList();
        List<ResolvedFactFile> ordered = all
            .Where(f => CatalogueFileNames.NearMissName(f.Path) is null && CataloguePaths.IsUnder(f.Path, factsDirectory))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        diagnostics.AddRange(CatalogueFileNames.Misplaced(misplaced, factsDirectory));
        bool misnamedFactFiles = misplaced.Count > 0 || all.Any(f => CatalogueFileNames.NearMissName(f.Path) is not null && !CatalogueFileNames.IsNearMissSourcesFile(f.Path));
        if (ordered.Count == 0 && !misnamedFactFiles)
        {
            // With fact files under another name or in another folder, FC0020 says where they are; this would only repeat it.
            diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.NoFactFiles, LocationInfo.None, factsDirectory));
        }
        if (sources.File is null && !all.Any(f => CatalogueFileNames.IsNearMissSourcesFile(f.Path)) && SourcesFileNotFound(ordered, factsDirectory) is { } noSources)
        {
            diagnostics.Add(noSources);
        }

        var factIds = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        var groups = new SortedDictionary<string, List<(ResolvedFact Fact, LocationInfo Location)>>(StringComparer.Ordinal);
        foreach (ResolvedFactFile file in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string group = file.Group.Value;
            if (group == className || GeneratedMemberNames.OfRoot.Contains(group))
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.IdentifierConflict, file.Group.Location,
                    $"The group name '{group}' is taken by the generated {(group == className ? "catalogue class" : $"member '{className}.{group}'")}; set 'group:' to another name"));
                continue;
            }
            if (GeneratedMemberNames.FactReaders.Contains(group))
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.IdentifierConflict, file.Group.Location,
                    $"The group name '{group}' is taken by a generated member of the group's own class; set 'group:' to another name"));
                continue;
            }
            if (GeneratedMemberNames.IsStoreMember(group))
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.IdentifierConflict, file.Group.Location,
                    $"The group name '{group}' is taken by a member of the group's generated store class, which has '{string.Join("', '", GeneratedMemberNames.OfGroupStore)}' and numbered chunks of them; set 'group:' to another name"));
                continue;
            }
            if (!groups.TryGetValue(group, out List<(ResolvedFact, LocationInfo)>? members))
            {
                groups.Add(group, members = new List<(ResolvedFact, LocationInfo)>());
            }
            for (int i = 0; i < file.Facts.Count; i++)
            {
                ResolvedFact fact = file.Facts[i];
                LocationInfo location = file.FactLocations[i];
                if (factIds.TryGetValue(fact.Id, out LocationInfo? first))
                {
                    diagnostics.Add(DiagnosticInfo.CreateWithOther(CatalogueDiagnostics.DuplicateId, location, first,
                        "fact", fact.Id, first.ToString()));
                    continue;
                }
                factIds.Add(fact.Id, location);
                members.Add((fact, location));
            }
        }

        var groupModels = ImmutableArray.CreateBuilder<ResolvedGroup>(groups.Count);
        Dictionary<string, CheckedGroup>? last = Volatile.Read(ref s_lastGroups);
        var checkedGroups = new Dictionary<string, CheckedGroup>(groups.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, List<(ResolvedFact, LocationInfo)>> group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A group whose facts are the very objects of the last run (its files unchanged) is not checked again.
            if (last is null || !last.TryGetValue(group.Key, out CheckedGroup? done) || !done.IsFor(group.Value))
            {
                ReusedWork.CountGroupCheck();
                var groupDiagnostics = new List<DiagnosticInfo>();
                done = new CheckedGroup(group.Value.ToArray(), new ResolvedGroup(group.Key, CheckFactNames(group.Key, group.Value, groupDiagnostics)), groupDiagnostics.ToArray());
            }
            checkedGroups.Add(group.Key, done);
            groupModels.Add(done.Group);
            diagnostics.AddRange(done.Diagnostics);
        }
        Volatile.Write(ref s_lastGroups, checkedGroups);
        ImmutableArray<SourceMetadata> sourceModels = (sources.File?.Sources ?? EquatableArray<ParsedSource>.Empty)
            .Select(s => s.Model)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        GeneratedSizeBudget.Apply(groupModels, sourceModels, factIds, diagnostics, cancellationToken);
        return (new ResolvedCatalogue(sourceModels.ToEquatableArray(), groupModels.ToImmutable().ToEquatableArray()),
            diagnostics.ToImmutableArray());
    }

    /// <summary>The groups of the last assembly, so that an edit in one fact file checks the names of that file's group only.</summary>
    private static Dictionary<string, CheckedGroup>? s_lastGroups;

    /// <summary>A group's facts (with their positions) and what checking their names gave: the group and its diagnostics.</summary>
    private sealed class CheckedGroup
    {
        private readonly (ResolvedFact Fact, LocationInfo Location)[] _members;

        public CheckedGroup((ResolvedFact Fact, LocationInfo Location)[] members, ResolvedGroup group, DiagnosticInfo[] diagnostics)
        {
            _members = members;
            Group = group;
            Diagnostics = diagnostics;
        }

        public ResolvedGroup Group { get; }

        public DiagnosticInfo[] Diagnostics { get; }

        /// <summary>True when <paramref name="members"/> are the same fact objects at equal positions, in the same order.</summary>
        public bool IsFor(List<(ResolvedFact Fact, LocationInfo Location)> members)
        {
            if (members.Count != _members.Length)
            {
                return false;
            }
            for (int i = 0; i < _members.Length; i++)
            {
                if (!ReferenceEquals(members[i].Fact, _members[i].Fact) || !Equals(members[i].Location, _members[i].Location))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>
    /// Fact classes of a group need distinct names that differ from the group's own (CS0542), from the members
    /// every group class has (CS0102) and from the members every fact class has (CS0542); losers are reported
    /// and left out.
    /// </summary>
    private static EquatableArray<ResolvedFact> CheckFactNames(string group, List<(ResolvedFact Fact, LocationInfo Location)> facts, List<DiagnosticInfo> diagnostics)
    {
        var taken = new Dictionary<string, (ResolvedFact Fact, LocationInfo Location)>(StringComparer.Ordinal);
        var kept = new List<ResolvedFact>();
        foreach ((ResolvedFact fact, LocationInfo location) in facts.OrderBy(f => f.Fact.Id, StringComparer.Ordinal))
        {
            string? clash = fact.Identifier == group ? $"its group '{group}'"
                : GeneratedMemberNames.OfGroup.Contains(fact.Identifier) ? $"the member '{group}.{fact.Identifier}' that every group class has"
                : GeneratedMemberNames.OfFact.Contains(fact.Identifier) ? $"the member '{fact.Identifier}' that every fact class has"
                : taken.TryGetValue(fact.Identifier, out (ResolvedFact Fact, LocationInfo Location) other) ? $"fact '{other.Fact.Id}' at {other.Location}"
                : null;
            if (clash is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(CatalogueDiagnostics.IdentifierConflict, location,
                    $"Fact '{fact.Id}' becomes the C# name '{fact.Identifier}', which {clash} already uses; give the fact a 'name:' or rename it"));
                continue;
            }
            taken.Add(fact.Identifier, (fact, location));
            kept.Add(fact);
        }
        return kept.ToEquatableArray();
    }
}
