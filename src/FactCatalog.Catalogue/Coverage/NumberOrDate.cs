using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace FactCatalog.Catalogue.Coverage;

/// <summary>
/// Why a word that looks like a number states no quantity. Each rule is a general feature of English usage, not an
/// exception for one sentence; <see cref="NumberOrDate"/> documents how each is recognised.
/// </summary>
public enum NotAQuantity
{
    /// <summary>A number or ordinal word that starts a hyphenated compound adjective: "third-party", "first-class".</summary>
    CompoundAdjective,

    /// <summary>A fixed idiom that contains "one": "on the one hand", "one another", "for one".</summary>
    Idiom,

    /// <summary>The number of an item in a list at the start of a short line: "1. Home page".</summary>
    ListNumber,

    /// <summary>An ordinal that numbers the writer's own points: "The second reason why", "First, ...".</summary>
    DiscourseEnumerator,
}

/// <summary>One word or figure that looks like a number or a date, and the rule that says it is none, if any.</summary>
public sealed record NumberMention(int Index, string Text, NotAQuantity? ExcludedBy)
{
    public bool Counts => ExcludedBy is null;
}

/// <summary>
/// Whether a sentence states a number or a date. A sentence does when it contains any of:
/// <list type="bullet">
/// <item>a digit (figures, years such as 2024, dates such as 26 July, ordinals such as 16th, percentages);</item>
/// <item>an English number word: one to twenty, thirty to ninety by tens, hundred, thousand, million, billion, dozen
/// (and their plurals, as in "thousands of troops");</item>
/// <item>an ordinal word: first to twelfth;</item>
/// <item>a fraction word: half, halves, thirds, quarter(s) ("third" is already an ordinal);</item>
/// <item>a percent sign or the words percent / per cent;</item>
/// <item>a month name, January to December, capitalised (so the verbs "may" and "march" do not count).</item>
/// </list>
/// Words are matched whole and, except month names, in any letter case. A mention does not count when one of four
/// rules (<see cref="NotAQuantity"/>) shows that the word states no quantity; a sentence counts when at least one of
/// its mentions counts. Digits and month names always count, except a list number (rule 3).
/// <list type="number">
/// <item><b>Compound adjective.</b> A number, ordinal or fraction word that starts a hyphenated compound whose other
/// parts are ordinary words forms an adjective that describes rather than counts: "third-party", "first-class",
/// "one-sided", "first-hand", "half-hearted". The compound still counts when another part is a number word
/// ("twenty-five", "two-thirds", "one-and-a-half"), a unit of measure or of size ("three-day", "two-year-old",
/// "ten-kilometre", "five-member", "thirty-odd"; see <see cref="MeasureWords"/>), or a superlative that ranks
/// ("second-largest", "second-best", "first-ever"), since those state a quantity or a rank.</item>
/// <item><b>Idiom.</b> Fixed phrases in which "one" is not a count: "on the one hand" (whose partner "on the other
/// hand" has no number word), the reciprocal pronoun "one another", and "for one" used to single out a person or a
/// first point ("I, for one, ...", "for one thing", "For one factor, ..."). "for one year" and "one of the most
/// powerful offensives" still count.</item>
/// <item><b>List number.</b> One to three digits and a period at the very start of a line, followed by a short item
/// of at most five words: breadcrumbs, menus and numbered headings ("1. Home page"). The number labels an item. The
/// rule is kept narrow so that it cannot hide a figure: a year (four digits) and the number of a long numbered
/// paragraph still count.</item>
/// <item><b>Discourse enumerator.</b> An ordinal that numbers the writer's own points rather than events or things:
/// an ordinal immediately followed by reason, point, factor or argument (or their plurals: "The second reason why",
/// "A fourth reason this move"), or an ordinal that opens the sentence followed by a comma ("First, ...", "Second,
/// ..."). "Finally," and "Secondly," need no rule: they are not number words. "The fourth meeting", "the first
/// reports" and "first combat" still count.</item>
/// </list>
/// </summary>
public static class NumberOrDate
{
    private const string Cardinals =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        + "|hundreds?|thousands?|millions?|billions?|dozens?";

    private const string Ordinals = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";

    private const string Fractions = "half|halves|thirds|quarters?";

    private const string Hyphens = "-\u2010\u2011";

    /// <summary>The most words a list item may have for rule 3 to apply.</summary>
    private const int MaxListItemWords = 5;

    /// <summary>
    /// No match timeout: a timeout fails on a busy machine, not on a bad pattern. The inputs are the fixed seed texts
    /// and the patterns nest no quantifiers, so a match that backtracked without end would hang every run alike.
    /// </summary>
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    private static readonly Regex Pattern = new(
        @"\d+"
        + @"|%"
        + @"|\b(?i:" + Cardinals + @")\b"
        + @"|\b(?i:" + Ordinals + @")\b"
        + @"|\b(?i:" + Fractions + @")\b"
        + @"|\b(?i:percent|per\s+cent)\b"
        + @"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        RegexOptions.CultureInvariant,
        Timeout);

    private static readonly Regex NumberWord = new(
        "^(?i:" + Cardinals + "|" + Ordinals + "|" + Fractions + ")$",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>
    /// Second parts of a hyphenated compound that make it state a quantity (compared case-insensitively, also with a
    /// final "s"): units of time, length, area, mass, volume and money, "percent", "degree", "point", and words for the
    /// size of a group or an approximate or multiplied count ("member", "man", "strong", "odd", "plus", "fold").
    /// </summary>
    public static readonly ISet<string> MeasureWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "century", "term",
        "millimetre", "millimeter", "centimetre", "centimeter", "metre", "meter", "kilometre", "kilometer", "km",
        "mile", "foot", "feet", "inch", "yard", "acre", "hectare",
        "gram", "kilogram", "kilo", "kg", "ton", "tonne", "pound",
        "litre", "liter", "gallon", "barrel",
        "dollar", "euro", "rouble", "ruble", "rupee", "yuan", "won",
        "percent", "degree", "point",
        "member", "man", "person", "nation", "seat", "storey", "story", "strong", "odd", "plus", "fold",
    };

    /// <summary>Words that follow an ordinal to rank something, as superlatives do: "first-ever", "second-most".</summary>
    private static readonly ISet<string> RankingWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "best", "worst", "most", "least", "ever",
    };

    /// <summary>Rule 1: a number word that starts a hyphenated compound; group <c>part</c> captures the other parts.</summary>
    private static readonly Regex Compound = new(
        @"(?<![\p{L}\p{N}][" + Hyphens + @"])\b(?<n>(?i:" + Cardinals + "|" + Ordinals + "|" + Fractions + @"))"
        + @"(?:[" + Hyphens + @"](?<part>\p{L}+))+",
        RegexOptions.CultureInvariant,
        Timeout);

    /// <summary>Rule 2: idioms; group <c>n</c> is the word "one" in them.</summary>
    private static readonly Regex[] Idioms =
    {
        new(@"\b(?i:on\s+the)\s+(?<n>(?i:one))\s+(?i:hand)\b", RegexOptions.CultureInvariant, Timeout),
        new(@"\b(?<n>(?i:one))\s+(?i:another)\b", RegexOptions.CultureInvariant, Timeout),
        new(
            @"\b(?i:for)\s+(?<n>(?i:one))(?:\s*[,;:)\u2013\u2014]|\s+(?i:thing)\b|\s+(?i:reason|point|factor|argument)s?\s*,)",
            RegexOptions.CultureInvariant,
            Timeout),
    };

    /// <summary>Rule 3: a list number at the start of a line; group <c>item</c> is the item's text.</summary>
    private static readonly Regex ListNumber = new(@"^(?<n>\d{1,3})\.\s+(?<item>\S.*)$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>Rule 4: discourse enumerators; group <c>n</c> is the ordinal.</summary>
    private static readonly Regex[] Enumerators =
    {
        new(@"\b(?<n>(?i:" + Ordinals + @"))\s+(?i:reasons?|points?|factors?|arguments?)\b", RegexOptions.CultureInvariant, Timeout),
        new("^[\"'\u201C\u2018(\\[]*(?<n>(?i:" + Ordinals + ")),", RegexOptions.CultureInvariant, Timeout),
    };

    /// <summary>The rule's name as docs/coverage.md writes it.</summary>
    public static string Describe(NotAQuantity rule) => rule switch
    {
        NotAQuantity.CompoundAdjective => "compound adjective",
        NotAQuantity.Idiom => "idiom",
        NotAQuantity.ListNumber => "list number",
        NotAQuantity.DiscourseEnumerator => "discourse enumerator",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>
    /// Every word or figure in <paramref name="sentence"/> that looks like a number or a date, in order, each with the
    /// rule that excludes it, if any. <paramref name="startsLine"/> says whether the sentence starts its line (rule 3).
    /// </summary>
    public static IReadOnlyList<NumberMention> Mentions(string sentence, bool startsLine = true)
    {
        Dictionary<int, NotAQuantity> excluded = Exclusions(sentence, startsLine);
        var mentions = new List<NumberMention>();
        foreach (Match match in Pattern.Matches(sentence))
        {
            mentions.Add(new NumberMention(
                match.Index,
                match.Value,
                excluded.TryGetValue(match.Index, out NotAQuantity rule) ? rule : null));
        }

        return mentions;
    }

    /// <summary>Whether <paramref name="sentence"/> states a number or a date.</summary>
    public static bool IsStatedIn(string sentence, bool startsLine = true) => Mentions(sentence, startsLine).Any(m => m.Counts);

    /// <inheritdoc cref="IsStatedIn(string, bool)"/>
    public static bool IsStatedIn(SeedSentence sentence) => IsStatedIn(sentence.Text, sentence.StartsLine);

    /// <summary>
    /// The rules that exclude every number-like word of <paramref name="sentence"/>, in order of first use, when it has
    /// such words and none of them counts; otherwise empty (the sentence counts, or has nothing number-like).
    /// </summary>
    public static IReadOnlyList<NotAQuantity> ExcludedBy(string sentence, bool startsLine = true)
    {
        IReadOnlyList<NumberMention> mentions = Mentions(sentence, startsLine);
        return mentions.Count == 0 || mentions.Any(m => m.Counts)
            ? Array.Empty<NotAQuantity>()
            : mentions.Select(m => m.ExcludedBy!.Value).Distinct().ToArray();
    }

    /// <inheritdoc cref="ExcludedBy(string, bool)"/>
    public static IReadOnlyList<NotAQuantity> ExcludedBy(SeedSentence sentence) => ExcludedBy(sentence.Text, sentence.StartsLine);

    /// <summary>The first word or figure that makes <paramref name="sentence"/> state a number or a date, or null.</summary>
    public static string? FirstMention(string sentence, bool startsLine = true)
    {
        NumberMention? mention = Mentions(sentence, startsLine).FirstOrDefault(m => m.Counts);
        if (mention is null)
        {
            return null;
        }

        if (!char.IsDigit(mention.Text[0]))
        {
            return mention.Text;
        }

        // Show the whole figure, not its first digits.
        int end = mention.Index;
        while (end < sentence.Length && (char.IsLetterOrDigit(sentence[end]) || sentence[end] is ',' or '.' or '-'))
        {
            end++;
        }

        return sentence.Substring(mention.Index, end - mention.Index).TrimEnd(',', '.', '-');
    }

    /// <summary>The positions of the words that the four rules exclude, with the rule.</summary>
    private static Dictionary<int, NotAQuantity> Exclusions(string sentence, bool startsLine)
    {
        var excluded = new Dictionary<int, NotAQuantity>();

        foreach (Match match in Compound.Matches(sentence))
        {
            if (!match.Groups["part"].Captures.Cast<Capture>().Any(c => StatesQuantity(c.Value)))
            {
                TryAdd(excluded, match.Groups["n"].Index, NotAQuantity.CompoundAdjective);
            }
        }

        foreach (Regex idiom in Idioms)
        {
            foreach (Match match in idiom.Matches(sentence))
            {
                TryAdd(excluded, match.Groups["n"].Index, NotAQuantity.Idiom);
            }
        }

        if (startsLine)
        {
            Match list = ListNumber.Match(sentence);
            if (list.Success
                && list.Groups["item"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxListItemWords)
            {
                TryAdd(excluded, list.Groups["n"].Index, NotAQuantity.ListNumber);
            }
        }

        foreach (Regex enumerator in Enumerators)
        {
            foreach (Match match in enumerator.Matches(sentence))
            {
                TryAdd(excluded, match.Groups["n"].Index, NotAQuantity.DiscourseEnumerator);
            }
        }

        return excluded;
    }

    private static void TryAdd(Dictionary<int, NotAQuantity> excluded, int index, NotAQuantity rule)
    {
        if (!excluded.ContainsKey(index))
        {
            excluded.Add(index, rule);
        }
    }

    /// <summary>Whether a later part of a hyphenated compound makes the compound state a quantity or a rank (rule 1).</summary>
    private static bool StatesQuantity(string part)
    {
        string singular = part.Length > 3 && part.EndsWith("s", StringComparison.Ordinal) ? part.Substring(0, part.Length - 1) : part;
        return NumberWord.IsMatch(part)
            || MeasureWords.Contains(part)
            || MeasureWords.Contains(singular)
            || RankingWords.Contains(part)
            || (part.Length >= 5 && part.EndsWith("est", StringComparison.OrdinalIgnoreCase));
    }
}
