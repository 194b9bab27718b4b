using System;
using FactCatalog;

namespace FactCatalog.Tests
{
    /// <summary>Sources, citations and claims shaped like those the generated catalogue builds.</summary>
    internal static class Samples
    {
        public static Source AlAhram() => new(
            id: "al-ahram-2024-11-07",
            file: "004_d8202d8143fa868b.txt",
            type: "article-newspaper",
            title: "North Korean troops in Russia",
            containerTitle: "Al-Ahram Weekly",
            publisher: null,
            authors: new[] { "Jane Doe" },
            issued: new FactDate(2024, 11, 7),
            language: "en",
            translation: SourceTranslation.None,
            url: null,
            note: null,
            originalTitle: null,
            originalPublisher: null,
            originalDate: null);

        public static Source Bare(
            string? title = null,
            string? containerTitle = null,
            string? publisher = null,
            FactDate? issued = null) => new(
            id: "bare-source",
            file: "001_bare.txt",
            type: null,
            title: title,
            containerTitle: containerTitle,
            publisher: publisher,
            authors: Array.Empty<string>(),
            issued: issued,
            language: null,
            translation: SourceTranslation.Machine,
            url: null,
            note: null,
            originalTitle: null,
            originalPublisher: null,
            originalDate: null);

        public static Citation Citation(string quote = "about 10,000 North Korean troops") =>
            new(AlAhram(), quote, line: 12, column: 5, offset: 340, length: quote.Length);

        public static Claim<T> Claim<T>(
            T value,
            string id = "pentagon",
            string claimant = "the Pentagon",
            ClaimBound bound = ClaimBound.Exact,
            string? unit = null,
            ClaimRank rank = ClaimRank.Normal,
            string? reason = null) =>
            new(value, id, claimant, rank, reason, bound, unit, asOf: null, derived: false, note: null, Citation());
    }
}
