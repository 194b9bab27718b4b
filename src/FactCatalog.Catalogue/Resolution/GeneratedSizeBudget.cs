using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Syntax;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>
/// Holds the generated code to <see cref="CatalogueLimits.MaxGeneratedCharactersPerGroup"/> per group and
/// <see cref="CatalogueLimits.MaxGeneratedCharactersPerCatalogue"/> in all, before anything is emitted. The size of
/// a group's file is estimated from the text it carries: every piece of text is written a few times (tooltips, data),
/// the statement once more per claim, each character as wide as its widest escaped form, plus a fixed amount of code
/// per fact and per claim (the <c>#line</c> directives included). The estimate is meant to be at or above what the emitter writes (a test holds it to that). A
/// group past a limit is left out of the model, with one FC0017, so the root file and the other groups, which only
/// refer to groups in the model, still compile.
/// </summary>
public static class GeneratedSizeBudget
{
    /// <summary>Times a fact's or claim's text appears in the generated file, at most.</summary>
    private const int Copies = 3;

    /// <summary>Characters of code per fact besides its text (class, members, doc tags, dispatch and manifest entries).</summary>
    private const int PerFact = 1_200;

    /// <summary>Characters of code per claim besides its text.</summary>
    private const int PerClaim = 900;

    /// <summary>
    /// Characters of the <c>#line</c> directives around each mapped member (the fact's class, each claim's member and
    /// <c>Value</c>), with room for a fact file path of 150 characters; longer paths are not counted.
    /// </summary>
    private const int PerMappedMember = 200;

    /// <summary>Each fact's share of the estimate, kept while the fact lives: a rerun after one file changed measures that file's facts only.</summary>
    private static readonly ConditionalWeakTable<ResolvedFact, FactSize> s_factSizes = new();

    /// <summary>Each source's text width, kept while the source lives.</summary>
    private static readonly ConditionalWeakTable<SourceMetadata, StrongBox<long>> s_sourceWidths = new();

    /// <summary>
    /// Each group's estimate and the sources it was made against, kept while the group lives: the assembly hands an
    /// unchanged group over as the same object, so an edit in one fact file measures that file's group only.
    /// </summary>
    private static readonly ConditionalWeakTable<ResolvedGroup, GroupSize> s_groupSizes = new();

    /// <summary>The sources of the last run, compared by object with the next run's.</summary>
    private static SourcesKey? s_lastSources;

    /// <summary>The estimated characters of C# the group's file takes.</summary>
    public static long Estimate(ResolvedGroup group, IReadOnlyDictionary<string, SourceMetadata> sources)
    {
        long total = 8_192 + (Copies * Width(group.Identifier));
        foreach (ResolvedFact fact in group.Facts)
        {
            FactSize size = s_factSizes.GetValue(fact, Measure);
            total += size.Own;
            foreach (string sourceId in size.ClaimSources)
            {
                if (sources.TryGetValue(sourceId, out SourceMetadata? source))
                {
                    total += Copies * s_sourceWidths.GetValue(source, s => new StrongBox<long>(
                        Width(s.Title) + Width(s.Publisher) + Width(s.ContainerTitle) + Width(s.File) + Width(s.Issued))).Value;
                }
            }
        }
        return total;
    }

    /// <summary>A fact's own text and code, and the source each of its claims cites (whose text is added per claim).</summary>
    private static FactSize Measure(ResolvedFact fact)
    {
        // The statement leads the class's, each claim's and Value's tooltip.
        long own = PerFact + (2 * PerMappedMember) + ((Copies + fact.Claims.Count) * Width(fact.Statement))
            + (Copies * (Width(fact.Id) + Width(fact.Identifier) + Width(fact.Unit) + Width(fact.Note)));
        foreach (string tag in fact.Tags)
        {
            own += Copies * Width(tag);
        }
        var claimSources = new string[fact.Claims.Count];
        for (int i = 0; i < fact.Claims.Count; i++)
        {
            ResolvedClaim claim = fact.Claims[i];
            long text = Width(claim.Id) + Width(claim.Identifier) + Width(claim.Value.Text) + Width(claim.Claimant) + Width(claim.SourceId)
                + Width(claim.Reason) + Width(claim.Unit) + Width(claim.AsOf) + Width(claim.Note) + Width(claim.Citation?.Quote)
                + Width(claim.YearFrom) + Width(claim.CuratorNote);
            own += PerClaim + PerMappedMember + (Copies * text);
            claimSources[i] = claim.SourceId;
        }
        return new FactSize(own, claimSources);
    }

    private sealed class GroupSize
    {
        public GroupSize(long size, SourcesKey sources)
        {
            Size = size;
            Sources = sources;
        }

        public long Size { get; }

        public SourcesKey Sources { get; }
    }

    private sealed class SourcesKey
    {
        private readonly SourceMetadata[] _sources;

        public SourcesKey(SourceMetadata[] sources) => _sources = sources;

        public bool IsFor(List<SourceMetadata> sources)
        {
            if (sources.Count != _sources.Length)
            {
                return false;
            }
            for (int i = 0; i < _sources.Length; i++)
            {
                if (!ReferenceEquals(sources[i], _sources[i]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    private sealed class FactSize
    {
        public FactSize(long own, string[] claimSources)
        {
            Own = own;
            ClaimSources = claimSources;
        }

        public long Own { get; }

        public string[] ClaimSources { get; }
    }

    /// <summary>
    /// Leaves out of <paramref name="groups"/> every group past a limit, reporting each once at its first fact's id
    /// (<paramref name="factLocations"/>, the resolved files' side table of positions, by fact id).
    /// </summary>
    public static void Apply(
        ImmutableArray<ResolvedGroup>.Builder groups, IEnumerable<SourceMetadata> sources, IReadOnlyDictionary<string, LocationInfo> factLocations,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken) =>
        Apply(groups, sources, factLocations, diagnostics, CatalogueLimits.MaxGeneratedCharactersPerGroup, CatalogueLimits.MaxGeneratedCharactersPerCatalogue, cancellationToken);

    /// <summary>As the overload above, with other limits (for tests, which cannot afford catalogues of that size).</summary>
    internal static void Apply(
        ImmutableArray<ResolvedGroup>.Builder groups, IEnumerable<SourceMetadata> sources, IReadOnlyDictionary<string, LocationInfo> factLocations,
        List<DiagnosticInfo> diagnostics, long maxPerGroup, long maxPerCatalogue, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, SourceMetadata>(System.StringComparer.Ordinal);
        var all = new List<SourceMetadata>();
        foreach (SourceMetadata source in sources)
        {
            byId[source.Id] = source;
            all.Add(source);
        }
        // The same source objects as last time: a group's estimate from then still holds if the group is the same object.
        SourcesKey? lastSources = Volatile.Read(ref s_lastSources);
        SourcesKey key = lastSources is not null && lastSources.IsFor(all) ? lastSources : new SourcesKey(all.ToArray());
        Volatile.Write(ref s_lastSources, key);
        long catalogue = 0;
        for (int i = 0; i < groups.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ResolvedGroup group = groups[i];
            long size;
            if (s_groupSizes.TryGetValue(group, out GroupSize? known) && ReferenceEquals(known.Sources, key))
            {
                size = known.Size;
            }
            else
            {
                size = Estimate(group, byId);
                lock (s_groupSizes)
                {
                    s_groupSizes.Remove(group);
                    s_groupSizes.Add(group, new GroupSize(size, key));
                }
            }
            LocationInfo at = group.Facts.Count > 0 && factLocations.TryGetValue(group.Facts[0].Id, out LocationInfo? first) ? first : LocationInfo.None;
            if (size > maxPerGroup)
            {
                diagnostics.Add(CatalogueLimits.Exceeded(at,
                    $"Group '{group.Identifier}' would generate about {CatalogueLimits.Format(size)} characters of C#",
                    nameof(CatalogueLimits.MaxGeneratedCharactersPerGroup), maxPerGroup,
                    $"the group's {Facts(group)} are left out of the generated code; split them into several groups (set 'group:' in some of its fact files), or shorten their text"));
                groups.RemoveAt(i);
                continue;
            }
            if (catalogue + size > maxPerCatalogue)
            {
                diagnostics.Add(CatalogueLimits.Exceeded(at,
                    $"With group '{group.Identifier}', the catalogue would generate about {CatalogueLimits.Format(catalogue + size)} characters of C#",
                    nameof(CatalogueLimits.MaxGeneratedCharactersPerCatalogue), maxPerCatalogue,
                    $"the group's {Facts(group)} are left out of the generated code; split the catalogue into several projects, or shorten its text"));
                groups.RemoveAt(i);
                continue;
            }
            catalogue += size;
            i++;
        }
    }

    private static string Facts(ResolvedGroup group) =>
        group.Facts.Count.ToString(CultureInfo.InvariantCulture) + (group.Facts.Count == 1 ? " fact" : " facts");

    /// <summary>The characters <paramref name="text"/> can take once escaped for XML docs or a C# literal, whichever is wider.</summary>
    private static long Width(string? text)
    {
        if (text is null)
        {
            return 0;
        }
        long width = 0;
        foreach (char c in text)
        {
            width += c switch
            {
                '&' => 5,
                '<' or '>' => 4,
                '"' or '\'' => 6,
                '\\' => 2,
                _ when c < ' ' || (c >= '\u007F' && c <= '\u009F') => 6,
                _ when c < '\u0080' => 1,
                // Escaped as \uXXXX when hidden or unpaired; otherwise written as is.
                _ => 6,
            };
        }
        return width;
    }
}
