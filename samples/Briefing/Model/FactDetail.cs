using System.Collections.Generic;

namespace Briefing.Model;

/// <summary>One fact in full, as <c>--fact</c> shows it: every claim with its quote in context.</summary>
/// <param name="Id">The fact id.</param>
/// <param name="Statement">What the fact states.</param>
/// <param name="Kind">The value type and unit, such as <c>count, in troops</c>.</param>
/// <param name="Tags">The fact's tags.</param>
/// <param name="Status">The status with the answer, or why there is none.</param>
/// <param name="Claims">Every claim, in catalogue order.</param>
internal sealed record FactDetail(
    string Id, string Statement, string Kind, IReadOnlyList<string> Tags, string Status, IReadOnlyList<ClaimDetail> Claims);

/// <summary>One claim in full.</summary>
/// <param name="Claim">The claim as the briefing shows it.</param>
/// <param name="Rank">The rank in words when it is not normal: <c>preferred</c> or <c>deprecated</c>.</param>
/// <param name="Source">What the source is, beyond the short citation, such as a title or that it is a machine translation.</param>
/// <param name="Context">The quote in its sentence.</param>
/// <param name="Note">The curator's note on the claim, if any.</param>
internal sealed record ClaimDetail(ClaimEntry Claim, string? Rank, string? Source, QuoteInContext Context, string? Note);

/// <summary>
/// A quote within the sentence it comes from: <see cref="Before"/> + <see cref="Quote"/> + <see cref="After"/> is
/// the sentence, with runs of white space made single spaces.
/// </summary>
/// <param name="Before">The sentence up to the quote; empty when the quote starts it.</param>
/// <param name="Quote">The quote as written in the source.</param>
/// <param name="After">The sentence after the quote; empty when the quote ends it.</param>
/// <param name="Found">Whether the source text was there to read; when it was not, the quote stands alone.</param>
internal sealed record QuoteInContext(string Before, string Quote, string After, bool Found);
