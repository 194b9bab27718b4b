using System;
using System.Collections.Generic;
using FactCatalog.Catalogue.Coverage;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Tool.Report;

/// <summary>
/// A kind of source sentence that a coverage measure counts. The report gives each kind its own columns in the summary
/// table, its own marking in the text and its own list of uncovered sentences; a new measure adds a member here, its
/// words in <see cref="SentenceKinds"/>, and its figures and sentences to <see cref="ReportInput"/>.
/// </summary>
internal enum SentenceKind
{
    /// <summary>A sentence that states a number or a date (docs/coverage.md, numeric coverage).</summary>
    NumberOrDate,

    /// <summary>A sentence that attributes a statement to a named actor (docs/coverage.md, attribution coverage).</summary>
    Attributed,
}

/// <summary>The words and CSS class of each <see cref="SentenceKind"/>.</summary>
internal static class SentenceKinds
{
    /// <summary>What the sentences are, as a table heading and a screen reader say it.</summary>
    public static string Label(SentenceKind kind) => kind switch
    {
        SentenceKind.NumberOrDate => "number or date",
        SentenceKind.Attributed => "attributed statement",
        _ => kind.ToString(),
    };

    /// <summary>The class of the sentence's marking in the text (also its legend entry); letters only.</summary>
    public static string CssClass(SentenceKind kind) => kind switch
    {
        SentenceKind.NumberOrDate => "u-num",
        SentenceKind.Attributed => "u-att",
        _ => "u-" + kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>One source's figure for one kind of sentence: how many of its sentences of that kind a claim quotes.</summary>
internal sealed record SentenceMeasure(SentenceKind Kind, string SourceId, int Covered, int Total);

/// <summary>
/// A sentence of <paramref name="Kind"/> that no claim quotes, in the source <paramref name="SourceId"/>, with the word
/// that makes it count (<paramref name="Why"/>, such as "thousands"; null when the measure names none).
/// </summary>
internal sealed record UncoveredSentence(SentenceKind Kind, string SourceId, SeedSentence Sentence, string? Why);

/// <summary>
/// Everything the HTML report shows, all of it from the catalogue pipeline's result and the coverage measures: the
/// resolved catalogue, each source's document text (LF line endings, as citations count; null when the document is
/// missing), the coverage figures and uncovered sentences of every measure, and the catalogue's diagnostic counts.
/// </summary>
internal sealed record ReportInput
{
    public required ResolvedCatalogue Catalogue { get; init; }

    /// <summary>Document text by source id.</summary>
    public required IReadOnlyDictionary<string, string?> Documents { get; init; }

    public IReadOnlyList<SentenceMeasure> Measures { get; init; } = [];

    public IReadOnlyList<UncoveredSentence> Uncovered { get; init; } = [];

    public int Errors { get; init; }

    public int Warnings { get; init; }

    /// <summary>
    /// The numeric coverage (<see cref="CatalogueCoverage.Measure"/>) as report figures and uncovered sentences of
    /// <see cref="SentenceKind.NumberOrDate"/>, each with the number or date word that makes it count.
    /// </summary>
    public static (IReadOnlyList<SentenceMeasure> Measures, IReadOnlyList<UncoveredSentence> Uncovered) FromNumeric(CoverageMeasurement measured) =>
        From(SentenceKind.NumberOrDate, measured.Sources, sentence => NumberOrDate.FirstMention(sentence.Text, sentence.StartsLine));

    /// <summary>
    /// The attribution coverage (<see cref="CatalogueCoverage.MeasureAttributions"/>) as report figures and uncovered
    /// sentences of <see cref="SentenceKind.Attributed"/>, each with the reporting word that makes it count.
    /// </summary>
    public static (IReadOnlyList<SentenceMeasure> Measures, IReadOnlyList<UncoveredSentence> Uncovered) FromAttributions(AttributionMeasurement measured) =>
        From(SentenceKind.Attributed, measured.Sources, sentence => Attribution.FirstCue(sentence.Text));

    private static (IReadOnlyList<SentenceMeasure> Measures, IReadOnlyList<UncoveredSentence> Uncovered) From(
        SentenceKind kind, IEnumerable<ISourceSentenceCoverage> sources, Func<SeedSentence, string?> why)
    {
        var measures = new List<SentenceMeasure>();
        var uncovered = new List<UncoveredSentence>();
        foreach (ISourceSentenceCoverage source in sources)
        {
            measures.Add(new SentenceMeasure(kind, source.SourceId, source.Total - source.Uncovered.Count, source.Total));
            foreach (SeedSentence sentence in source.Uncovered)
            {
                uncovered.Add(new UncoveredSentence(kind, source.SourceId, sentence, why(sentence)));
            }
        }
        return (measures, uncovered);
    }
}
