using System.Collections.Generic;

namespace Briefing.Model;

/// <summary>The whole briefing, ready to render: what to say, in order, with no formatting.</summary>
/// <param name="Title">The briefing's title.</param>
/// <param name="Summary">One paragraph on what the briefing holds and how to read it.</param>
/// <param name="Headline">The opening lines.</param>
/// <param name="Topics">The topics, in reading order.</param>
internal sealed record BriefingDocument(string Title, string Summary, IReadOnlyList<string> Headline, IReadOnlyList<TopicSection> Topics);

/// <summary>One topic: its heading and its facts.</summary>
internal sealed record TopicSection(string Title, IReadOnlyList<FactEntry> Facts);

/// <summary>One fact as the briefing shows it.</summary>
/// <param name="Id">The fact id, which <c>--fact</c> takes.</param>
/// <param name="Statement">What the fact states.</param>
/// <param name="Status">The status in words, such as <c>Resolved</c>.</param>
/// <param name="Answer">The claim that answers the fact, when the claims agree or one is preferred.</param>
/// <param name="Explanation">Why there is no answer, when there is none.</param>
/// <param name="Claims">Every other claim: for a disputed fact all of them, side by side.</param>
internal sealed record FactEntry(string Id, string Statement, string Status, ClaimEntry? Answer, string? Explanation, IReadOnlyList<ClaimEntry> Claims);

/// <summary>One claim as the briefing shows it.</summary>
/// <param name="Id">The claim id.</param>
/// <param name="Value">The value with its bound, unit and as-of date, such as <c>about 10,000 troops, as of 2024-10-28</c>.</param>
/// <param name="Claimant">Who asserts the value.</param>
/// <param name="Citation">The short citation: outlet, date, file and line.</param>
/// <param name="DeprecatedReason">Why the catalogue deprecates the claim, or <see langword="null"/> when it does not.</param>
internal sealed record ClaimEntry(string Id, string Value, string Claimant, string Citation, string? DeprecatedReason);
