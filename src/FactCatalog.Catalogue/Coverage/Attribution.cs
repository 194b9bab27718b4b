using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FactCatalog.Catalogue.Coverage;

/// <summary>
/// Whether a sentence attributes a statement to a named actor: it holds a reporting cue and a name. The second
/// coverage measure of docs/coverage.md counts these sentences.
/// <list type="bullet">
/// <item><b>Reporting cue</b>: a form of a verb of saying or of a stated position (<see cref="Words"/>: said, warned,
/// denied, confirmed, claimed, threatened, estimated, alleged, announced, replied, calls, believes, requested, ...)
/// or one of the phrases "according to", "as per" and "did not comment". Words match whole, in any letter case;
/// "claims" and "remarks" count as nouns too, since "did not deny claims" and "made remarks" report what someone
/// said.</item>
/// <item><b>Named actor</b>: a capitalised word that is not a common word capitalised only because it opens the
/// sentence ("The", "However", "Reports"), not a month or a weekday, and not a pronoun: "Pyongyang", "Rutte",
/// "Pentagon", "Ukrainian military intelligence", "The US". A sentence such as "They claim that sanctions are
/// impacting the Russian economy" names no actor of its own, but "Russian" is capitalised, so it counts: the
/// measure is deliberately generous, and a sentence no claim quotes is listed with the reason.</item>
/// </list>
/// </summary>
public static class Attribution
{
    /// <summary>
    /// The reporting words, each matched whole. Listed form by form rather than as stems, so that nouns and other
    /// senses that report nothing stay out ("pariah states", "demands of the conflict", "would confirm the existence").
    /// </summary>
    public static readonly IReadOnlyList<string> Words = new[]
    {
        "say", "says", "said", "saying", "stated", "told", "warn", "warns", "warned", "warning", "deny", "denies", "denied",
        "denying", "confirmed", "confirms", "claim", "claims", "claimed", "threatened", "threatens", "estimates",
        "estimated", "alleged", "announced", "replied", "mentioned", "mentioning", "calls", "called", "insisting",
        "insisted", "hinting", "hinted", "complained", "reiterated", "indicated", "signaled", "signaling", "believes",
        "requested", "demanded", "praised", "advised", "voiced", "briefed", "urged", "accused", "remarks",
    };

    /// <summary>Phrases that attribute without a verb, matched whole and in any letter case.</summary>
    public static readonly IReadOnlyList<string> Phrases = new[] { "according to", "as per", "did not comment" };

    /// <summary>Capitalised words that name no actor: function words, pronouns, and common words that open sentences.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "A", "An", "The", "According", "This", "That", "These", "Those", "It", "Its", "They", "Their", "Them", "He", "His", "She", "Her",
        "We", "Our", "I", "You", "But", "And", "Or", "Nor", "So", "Yet", "However", "Although", "Though", "While", "Whereas",
        "When", "Where", "Why", "How", "What", "Which", "Who", "If", "In", "On", "At", "As", "By", "For", "From", "Of", "To",
        "With", "Within", "Without", "After", "Before", "Since", "Until", "Under", "Over", "Beyond", "Between", "During",
        "Some", "Most", "More", "Many", "Much", "Few", "All", "Any", "Each", "Every", "Both", "Either", "Neither", "No", "Not",
        "Even", "Still", "Now", "Then", "There", "Here", "Earlier", "Already", "Certainly", "Perhaps", "Secondly", "Finally",
        "First", "Second", "Third", "Fourth", "Just", "Instead", "Also", "Only", "Thus", "Therefore", "Similarly", "Further",
        "Reports", "Reaction", "Support", "Increased", "Echoing", "Ignoring", "Employing", "Assimilating", "Buying",
        "Developing", "Finding", "Military", "Major", "Pact", "Terms", "Troops", "Closer", "Kim's",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly Regex VerbPattern = new(
        @"\b(?:" + string.Join("|", Words) + "|" + string.Join("|", Phrases).Replace(" ", @"\s+") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex WordPattern = new(@"\p{Lu}[\p{L}\p{Mn}'’\-]*", RegexOptions.CultureInvariant);

    /// <summary>The first reporting cue in <paramref name="sentence"/>, as written, or null.</summary>
    public static string? FirstCue(string sentence)
    {
        Match match = VerbPattern.Match(sentence);
        return match.Success ? match.Value : null;
    }

    /// <summary>The first capitalised word of <paramref name="sentence"/> that can name an actor, or null.</summary>
    public static string? FirstName(string sentence)
    {
        foreach (Match word in WordPattern.Matches(sentence))
        {
            bool startsWord = word.Index == 0 || !char.IsLetterOrDigit(sentence[word.Index - 1]);
            if (startsWord && !NotNames.Contains(word.Value.TrimEnd('\'', '’')))
            {
                return word.Value;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="sentence"/> attributes a statement to a named actor.</summary>
    public static bool IsAttributedIn(string sentence) => FirstCue(sentence) is not null && FirstName(sentence) is not null;
}
