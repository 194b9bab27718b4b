using System.Collections.Generic;

namespace Briefing.Model;

/// <summary>The whole briefing, ready to render: what to say, in order, with no formatting.</summary>
/// <param name="Title">The briefing's title.</param>
/// <param name="Summary">One paragraph on what the briefing holds and how to read it.</param>
/// <param name="Legend">What each status and mark means, term by term.</param>
/// <param name="Headline">The opening lines.</param>
/// <param name="Topics">The topics, in reading order.</param>
/// <param name="WhoSaidWhat">The attributed statements, grouped by actor.</param>
internal sealed record BriefingDocument(
    string Title, string Summary, IReadOnlyList<LegendEntry> Legend, IReadOnlyList<string> Headline, IReadOnlyList<TopicSection> Topics,
    IReadOnlyList<ActorSection> WhoSaidWhat);

/// <summary>One term of the legend and what it means.</summary>
internal sealed record LegendEntry(string Term, string Meaning);

/// <summary>One topic: its heading and its facts.</summary>
internal sealed record TopicSection(string Title, IReadOnlyList<FactEntry> Facts);

/// <summary>One fact as the briefing shows it.</summary>
/// <param name="Id">The fact id, which <c>--fact</c> takes.</param>
/// <param name="Statement">What the fact states.</param>
/// <param name="Status">The status in words, such as <c>Resolved</c>.</param>
/// <param name="Answer">The claim that answers the fact, when the claims agree or one is preferred.</param>
/// <param name="Explanation">Why there is no answer, when there is none.</param>
/// <param name="Claims">Every other claim: for a disputed fact all of them, side by side.</param>
/// <param name="Caveat">What holds for the fact as a whole, such as resting only on a machine translation; or null.</param>
internal sealed record FactEntry(
    string Id, string Statement, string Status, ClaimEntry? Answer, string? Explanation, IReadOnlyList<ClaimEntry> Claims, string? Caveat);

/// <summary>One claim as the briefing shows it.</summary>
/// <param name="Id">The claim id.</param>
/// <param name="Value">The value with its bound, unit and as-of date, such as <c>about 10,000 troops, as of 2024-10-28</c>.</param>
/// <param name="Claimant">Who asserts the value.</param>
/// <param name="Citation">The citation: outlet or title, date, file and line.</param>
/// <param name="DeprecatedReason">Why the catalogue deprecates the claim, or <see langword="null"/> when it does not.</param>
/// <param name="Caveats">What a reader must know about the value: machine translation, where its year comes from, the curator's note.</param>
internal sealed record ClaimEntry(string Id, string Value, string Claimant, string Citation, string? DeprecatedReason, IReadOnlyList<string> Caveats);

/// <summary>One actor's statements in "Who said what".</summary>
internal sealed record ActorSection(string Actor, IReadOnlyList<StatementEntry> Statements);

/// <summary>
/// One statement of an actor: the question it answers, the actor's claim, and, for a denial, the claims it denies
/// (the other claims of the fact that assert what the actor denies).
/// </summary>
internal sealed record StatementEntry(string FactId, string Question, ClaimEntry Claim, IReadOnlyList<ClaimEntry> Denied);
