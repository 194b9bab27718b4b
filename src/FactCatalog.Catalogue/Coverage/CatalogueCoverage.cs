using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Catalogue.Coverage;

/// <summary>
/// The numeric coverage of docs/coverage.md: of the source sentences that state a number or a date (see
/// <see cref="SeedSentences"/> and <see cref="NumberOrDate"/>), how many are quoted by a claim. A sentence is covered when
/// any claim's citation in the same source overlaps it (citation offsets and sentence spans both count UTF-16 units in
/// the text with line endings normalised to LF). Sentences whose number-like words the detector's rules exclude are not
/// counted, and are listed with the rule.
/// </summary>
public static class CatalogueCoverage
{
    /// <summary>
    /// Measures the coverage of <paramref name="catalogue"/>, reading each source's document with
    /// <paramref name="documentText"/> (null when the document is missing: the source is then measured as empty).
    /// Sources are taken in ordinal order of their file.
    /// </summary>
    public static CoverageMeasurement Measure(ResolvedCatalogue catalogue, Func<SourceMetadata, string?> documentText)
    {
        ILookup<string, ResolvedCitation> citations = Citations(catalogue);

        var perSource = new List<SourceCoverage>();
        foreach (SourceMetadata source in catalogue.Sources.OrderBy(s => s.File, StringComparer.Ordinal))
        {
            string text = documentText(source) ?? string.Empty;
            IReadOnlyList<SeedSentence> sentences = SeedSentences.Split(source.File, text);
            SeedSentence[] stating = sentences.Where(NumberOrDate.IsStatedIn).ToArray();
            NotCountedSentence[] notCounted = sentences
                .Select(s => new NotCountedSentence(s, NumberOrDate.ExcludedBy(s)))
                .Where(n => n.ExcludedBy.Count > 0)
                .ToArray();
            ResolvedCitation[] cited = citations[source.Id].ToArray();
            SeedSentence[] uncovered = stating
                .Where(s => !cited.Any(c => Overlaps(c, s)))
                .ToArray();
            perSource.Add(new SourceCoverage(source.Id, source.File, stating.Length, uncovered, notCounted));
        }

        return new CoverageMeasurement(perSource);
    }

    /// <summary>
    /// The attribution coverage of docs/coverage.md: of the source sentences that attribute a statement to a named actor
    /// (see <see cref="Attribution"/>), how many a claim's citation overlaps, per source and in all. Sources are taken in
    /// ordinal order of their file, as <see cref="Measure"/> takes them.
    /// </summary>
    public static AttributionMeasurement MeasureAttributions(ResolvedCatalogue catalogue, Func<SourceMetadata, string?> documentText)
    {
        ILookup<string, ResolvedCitation> citations = Citations(catalogue);
        var perSource = new List<AttributionSourceCoverage>();
        foreach (SourceMetadata source in catalogue.Sources.OrderBy(s => s.File, StringComparer.Ordinal))
        {
            string text = documentText(source) ?? string.Empty;
            SeedSentence[] attributed = SeedSentences.Split(source.File, text).Where(s => Attribution.IsAttributedIn(s.Text)).ToArray();
            ResolvedCitation[] cited = citations[source.Id].ToArray();
            SeedSentence[] uncovered = attributed.Where(s => !cited.Any(c => Overlaps(c, s))).ToArray();
            perSource.Add(new AttributionSourceCoverage(source.Id, source.File, attributed.Length, uncovered));
        }
        return new AttributionMeasurement(perSource);
    }

    private static ILookup<string, ResolvedCitation> Citations(ResolvedCatalogue catalogue) => catalogue.Groups
        .SelectMany(g => g.Facts)
        .SelectMany(f => f.Claims)
        .Select(c => c.Citation)
        .OfType<ResolvedCitation>()
        .ToLookup(c => c.SourceId, StringComparer.Ordinal);

    private static bool Overlaps(ResolvedCitation c, SeedSentence s) => c.Offset < s.Offset + s.Length && s.Offset < c.Offset + c.Length;
}

/// <summary>One source's figure for a coverage measure: how many of its sentences the measure counts, and which of them no claim quotes.</summary>
public interface ISourceSentenceCoverage
{
    string SourceId { get; }

    string File { get; }

    /// <summary>The source's sentences that the measure counts.</summary>
    int Total { get; }

    /// <summary>Those of them that no claim quotes.</summary>
    IReadOnlyList<SeedSentence> Uncovered { get; }
}

/// <summary>One source's attribution coverage: how many of its sentences attribute a statement to a named actor, and which of them no claim quotes.</summary>
public sealed record AttributionSourceCoverage(string SourceId, string File, int Total, IReadOnlyList<SeedSentence> Uncovered) : ISourceSentenceCoverage
{
    public int Covered => Total - Uncovered.Count;

    /// <summary>Covered sentences in percent of the attributing ones; 100 when there are none.</summary>
    public double Percent => Total == 0 ? 100.0 : 100.0 * Covered / Total;
}

/// <summary>A coverage measure over a whole catalogue: its per-source figures and their sums.</summary>
public abstract class SentenceMeasurement<TSource>
    where TSource : ISourceSentenceCoverage
{
    protected SentenceMeasurement(IReadOnlyList<TSource> sources)
    {
        Sources = sources;
        Total = sources.Sum(s => s.Total);
        Uncovered = sources.SelectMany(s => s.Uncovered).ToArray();
        Covered = Total - Uncovered.Count;
        Percent = Total == 0 ? 0 : 100.0 * Covered / Total;
    }

    public IReadOnlyList<TSource> Sources { get; }

    /// <summary>The sentences the measure counts, in all sources.</summary>
    public int Total { get; }

    public int Covered { get; }

    /// <summary>The counted sentences no claim quotes, with their positions in their sources.</summary>
    public IReadOnlyList<SeedSentence> Uncovered { get; }

    /// <summary>Covered sentences in percent of <see cref="Total"/>; 0 when no sentence counts.</summary>
    public double Percent { get; }

    /// <summary>The percentage with one decimal, as docs/coverage.md states it.</summary>
    public string PercentText => CoverageMeasurement.Format(Percent);
}

/// <summary>
/// The attribution coverage of a whole catalogue: per source and in all. Its uncovered sentences are those that
/// attribute a statement to a named actor and that no claim quotes.
/// </summary>
public sealed class AttributionMeasurement : SentenceMeasurement<AttributionSourceCoverage>
{
    public AttributionMeasurement(IReadOnlyList<AttributionSourceCoverage> sources)
        : base(sources)
    {
    }

    /// <summary>The figure as docs/coverage.md states it.</summary>
    public string Figure => $"{Covered} of {Total} sentences that attribute a statement to a named actor are quoted by a claim: {PercentText} %";

    /// <summary>The report: the figure, then per source the covered count and every uncovered sentence with its cue and name.</summary>
    public string Report()
    {
        var report = new StringBuilder();
        report.AppendLine(Figure);
        foreach (AttributionSourceCoverage source in Sources)
        {
            report.AppendLine($"{source.File} ({source.SourceId}): {source.Covered} of {source.Total} covered");
            foreach (SeedSentence s in source.Uncovered)
            {
                report.AppendLine($"  line {s.Line}, uncovered [{Attribution.FirstName(s.Text)}: {Attribution.FirstCue(s.Text)}]: {s.Text}");
            }
        }
        return report.ToString();
    }
}

/// <summary>One source's coverage: how many of its sentences state a number or a date, which of them no claim quotes, and which are not counted.</summary>
public sealed record SourceCoverage(
    string SourceId,
    string File,
    int Total,
    IReadOnlyList<SeedSentence> Uncovered,
    IReadOnlyList<NotCountedSentence> NotCounted) : ISourceSentenceCoverage
{
    public int Covered => Total - Uncovered.Count;

    /// <summary>Covered sentences in percent of those that state a number or a date; 100 when there are none.</summary>
    public double Percent => Total == 0 ? 100.0 : 100.0 * Covered / Total;
}

/// <summary>A sentence with number-like words that the detector does not count, and the rules that excluded them.</summary>
public sealed record NotCountedSentence(SeedSentence Sentence, IReadOnlyList<NotAQuantity> ExcludedBy)
{
    /// <summary>The rules as docs/coverage.md writes them, joined by ", ".</summary>
    public string Rules => string.Join(", ", ExcludedBy.Select(NumberOrDate.Describe));
}

/// <summary>The coverage of a whole catalogue: per source and in all.</summary>
public sealed class CoverageMeasurement : SentenceMeasurement<SourceCoverage>
{
    public CoverageMeasurement(IReadOnlyList<SourceCoverage> sources)
        : base(sources)
    {
        NotCounted = sources.SelectMany(s => s.NotCounted).ToArray();
    }

    public IReadOnlyList<NotCountedSentence> NotCounted { get; }

    /// <summary>A percentage with one decimal, invariant culture.</summary>
    public static string Format(double percent) => percent.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>
    /// The report: the figure, then per source the covered count, every uncovered sentence (with the word that makes it
    /// count) and every sentence not counted (with its rule).
    /// </summary>
    public string Report()
    {
        var report = new StringBuilder();
        report.AppendLine($"{Covered} of {Total} seed sentences that state a number or a date are quoted by a claim: {PercentText} %");
        foreach (SourceCoverage source in Sources)
        {
            report.AppendLine($"{source.File} ({source.SourceId}): {source.Total - source.Uncovered.Count} of {source.Total} covered");
            foreach (SeedSentence s in source.Uncovered)
            {
                report.AppendLine($"  line {s.Line}, uncovered [{NumberOrDate.FirstMention(s.Text, s.StartsLine)}]: {s.Text}");
            }

            foreach (NotCountedSentence n in source.NotCounted)
            {
                report.AppendLine($"  line {n.Sentence.Line}, not counted [{n.Rules}]: {n.Sentence.Text}");
            }
        }

        return report.ToString();
    }
}
