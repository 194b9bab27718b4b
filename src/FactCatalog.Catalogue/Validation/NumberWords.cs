using System;
using System.Collections.Generic;

namespace FactCatalog.Catalogue.Validation;

/// <summary>
/// Reads numbers written in English words: cardinals ("twenty-five", "one hundred and twenty",
/// "three thousand"), ordinals ("fourth", "twenty-first"), "a dozen", and fractions ("half", "a third",
/// "two-thirds", "three quarters"). Plurals that give no value ("dozens", "thousands of") are not numbers.
/// </summary>
internal static class NumberWords
{
    private enum Kind
    {
        None,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        Dozen,
    }

    private static readonly Dictionary<string, Word> WordList = CreateWords();

    private static readonly WordTable<Word> Words = new(WordList);

    /// <summary>Every word a number can start with: the number words, the articles of "a hundred", "half" and "quarter".</summary>
    private static readonly WordTable<bool> Starters = new(CreateStarters());

    /// <summary>Denominators of fractions: "a third", "two-thirds", "three quarters", "one half".</summary>
    private static readonly WordTable<decimal> Denominators = new(new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4,
        ["fourth"] = 4, ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6,
        ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9,
        ["tenth"] = 10, ["tenths"] = 10,
    });

    /// <summary>Reads the number that starts at a word, if any, and returns the index of the token after it.</summary>
    public static int Read(QuoteTokens tokens, int index, List<NumberMention> found)
    {
        // Most words start no number; one look-up settles that before the checks below.
        if (!tokens.TryLookUp(index, Starters, out _))
        {
            return index + 1;
        }

        bool negative = NumberMentions.IsNegated(tokens, index);
        if (tokens.IsWord(index, "a") || tokens.IsWord(index, "an"))
        {
            return ReadAfterArticle(tokens, index, negative, found);
        }

        if (tokens.IsWord(index, "half"))
        {
            return ReadHalf(tokens, index, negative, found);
        }

        if (tokens.IsWord(index, "quarter"))
        {
            found.Add(Fraction(0.25m, negative));
            return index + 1;
        }

        return ReadPhrase(tokens, index, 0, Kind.None, negative, found);
    }

    /// <summary>
    /// "a hundred", "a dozen", "a half", "a third". "A third" may also be the ordinal ("a third reason"),
    /// so it gives both readings; "a quarter" has only one.
    /// </summary>
    private static int ReadAfterArticle(QuoteTokens tokens, int index, bool negative, List<NumberMention> found)
    {
        int next = tokens.NextWord(index);
        if (next < 0)
        {
            return index + 1;
        }

        if (LookUp(tokens, next) is { Kind: Kind.Hundred or Kind.Scale or Kind.Dozen, IsOrdinal: false })
        {
            return ReadPhrase(tokens, next, 1, Kind.Unit, negative, found);
        }

        // The word equals the table's form ignoring case, so they end alike.
        if (tokens.TryLookUp(next, Denominators, out decimal denominator, out string name) && !name.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            found.Add(Fraction(1 / denominator, negative));
            if (LookUp(tokens, next) is { IsOrdinal: true } ordinal)
            {
                found.Add(Exact(ordinal.Value, negative));
            }

            return next + 1;
        }

        return index + 1;
    }

    /// <summary>"half", and "half a million" or "half a dozen", which state a whole number.</summary>
    private static int ReadHalf(QuoteTokens tokens, int index, bool negative, List<NumberMention> found)
    {
        found.Add(Fraction(0.5m, negative));
        int article = tokens.NextWord(index);
        int scale = article >= 0 && tokens.IsWord(article, "a") ? tokens.NextWord(article) : -1;
        if (scale >= 0 && LookUp(tokens, scale) is { Kind: Kind.Hundred or Kind.Scale or Kind.Dozen, IsOrdinal: false } word)
        {
            found.Add(Exact(word.Value / 2, negative));
            return scale + 1;
        }

        return index + 1;
    }

    /// <summary>
    /// Reads a cardinal or ordinal phrase from <paramref name="index"/>, given what came before it (the
    /// article of "a hundred" counts as one), then what may follow it: a denominator or "and a half".
    /// </summary>
    private static int ReadPhrase(QuoteTokens tokens, int index, decimal current, Kind last, bool negative, List<NumberMention> found)
    {
        decimal total = 0;
        decimal lastScale = decimal.MaxValue;
        decimal? multiplier = null;
        bool ordinal = false;
        int end = index;
        int at = index;
        while (at >= 0 && LookUp(tokens, at) is { } word && CanFollow(last, word, current, lastScale))
        {
            switch (word.Kind)
            {
                case Kind.Hundred:
                    current = Math.Max(current, 1) * 100;
                    break;
                case Kind.Dozen:
                    current *= 12;
                    break;
                case Kind.Scale:
                    // "three thousand" also states three (of a unit "thousand troops"); a compound does not.
                    multiplier = total == 0 && current >= 1 ? current : null;
                    total += Math.Max(current, 1) * word.Value;
                    current = 0;
                    lastScale = word.Value;
                    break;
                default:
                    current += word.Value;
                    break;
            }

            last = word.Kind;
            end = at + 1;
            if (word.IsOrdinal)
            {
                ordinal = true;
                break;
            }

            at = NextInPhrase(tokens, at, last);
        }

        if (end == index)
        {
            return index + 1;
        }

        decimal value = total + current;
        if (!ordinal && total == 0 && value >= 1 && last is Kind.Unit or Kind.Teen or Kind.Tens)
        {
            int denominatorAt = tokens.NextWord(end - 1);
            if (denominatorAt >= 0 && tokens.TryLookUp(denominatorAt, Denominators, out decimal denominator))
            {
                found.Add(Fraction(value / denominator, negative));
                return denominatorAt + 1;
            }
        }

        int afterHalf = ordinal ? -1 : AfterAndAHalf(tokens, end - 1);
        if (afterHalf >= 0)
        {
            found.Add(Exact(value + 0.5m, negative));
            if (total == 0 && !tokens.IsGlued(afterHalf) && LookUp(tokens, afterHalf) is { Kind: Kind.Scale, IsOrdinal: false } scale)
            {
                found.Add(Exact((value + 0.5m) * scale.Value, negative));
                return afterHalf + 1;
            }

            return afterHalf;
        }

        found.Add(Exact(value, negative));
        if (last == Kind.Scale && multiplier is { } count)
        {
            found.Add(Exact(count, negative));
        }

        return end;
    }

    /// <summary>Whether a word may continue the phrase read so far.</summary>
    private static bool CanFollow(Kind last, Word word, decimal current, decimal lastScale) => word.Kind switch
    {
        Kind.Unit => last is Kind.None or Kind.Hundred or Kind.Scale || (last == Kind.Tens && word.Value > 0),
        Kind.Teen or Kind.Tens => last is Kind.None or Kind.Hundred or Kind.Scale,
        // "hundredth" and "thousandth" stand alone; "hundred" and "thousand" need a count before them.
        Kind.Hundred => (last == Kind.None && word.IsOrdinal) || (last is Kind.Unit or Kind.Teen or Kind.Tens && current >= 1 && current < 100),
        Kind.Scale => (last == Kind.None && word.IsOrdinal)
            || (last is Kind.Unit or Kind.Teen or Kind.Tens or Kind.Hundred && current >= 1 && word.Value < lastScale),
        Kind.Dozen => last == Kind.Unit && current >= 1,
        _ => false,
    };

    /// <summary>The next word of the phrase, skipping the "and" of "one hundred and twenty".</summary>
    private static int NextInPhrase(QuoteTokens tokens, int index, Kind last)
    {
        int next = tokens.NextWord(index);
        if (next >= 0 && last is Kind.Hundred or Kind.Scale && tokens.IsWord(next, "and") && !tokens.IsGlued(next))
        {
            int after = tokens.NextWord(next);
            return after >= 0 && LookUp(tokens, after) is { Kind: Kind.Unit or Kind.Teen or Kind.Tens } ? after : -1;
        }

        return next;
    }

    /// <summary>The index after "and a half" following the word, or -1 when it does not follow.</summary>
    private static int AfterAndAHalf(QuoteTokens tokens, int index)
    {
        int and = tokens.NextWord(index);
        int article = and >= 0 && tokens.IsWord(and, "and") ? tokens.NextWord(and) : -1;
        int half = article >= 0 && tokens.IsWord(article, "a") ? tokens.NextWord(article) : -1;
        return half >= 0 && tokens.IsWord(half, "half") ? half + 1 : -1;
    }

    private static Word? LookUp(QuoteTokens tokens, int index) =>
        tokens.IsWord(index) && tokens.Length(index) <= MaxWordLength && tokens.TryLookUp(index, Words, out Word word)
            ? word
            : null;

    private static NumberMention Exact(decimal value, bool negative) => new(negative ? -value : value, isFraction: false);

    private static NumberMention Fraction(decimal value, bool negative) => new(negative ? -value : value, isFraction: true);

    /// <summary>Longer than any number word: longer words are not looked up.</summary>
    private const int MaxWordLength = 13;

    private static Dictionary<string, bool> CreateStarters()
    {
        var starters = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase) { ["a"] = true, ["an"] = true, ["half"] = true, ["quarter"] = true };
        foreach (string word in WordList.Keys)
        {
            starters[word] = true;
        }
        return starters;
    }

    private static Dictionary<string, Word> CreateWords()
    {
        var words = new Dictionary<string, Word>(StringComparer.OrdinalIgnoreCase);
        string[] units = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
        string[] unitOrdinals = { "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth" };
        string[] teens = { "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
        string[] teenOrdinals =
        {
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth",
        };
        string[] tens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        string[] tensOrdinals = { "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth" };
        for (int i = 0; i < 10; i++)
        {
            words[units[i]] = new Word(i, Kind.Unit, isOrdinal: false);
            words[teens[i]] = new Word(10 + i, Kind.Teen, isOrdinal: false);
            words[teenOrdinals[i]] = new Word(10 + i, Kind.Teen, isOrdinal: true);
            if (i > 0)
            {
                words[unitOrdinals[i]] = new Word(i, Kind.Unit, isOrdinal: true);
            }

            if (i < 8)
            {
                words[tens[i]] = new Word(20 + (10 * i), Kind.Tens, isOrdinal: false);
                words[tensOrdinals[i]] = new Word(20 + (10 * i), Kind.Tens, isOrdinal: true);
            }
        }

        words["hundred"] = new Word(100, Kind.Hundred, isOrdinal: false);
        words["hundredth"] = new Word(100, Kind.Hundred, isOrdinal: true);
        words["dozen"] = new Word(12, Kind.Dozen, isOrdinal: false);
        decimal[] scales = { 1e3m, 1e6m, 1e9m, 1e12m };
        string[] scaleNames = { "thousand", "million", "billion", "trillion" };
        for (int i = 0; i < scales.Length; i++)
        {
            words[scaleNames[i]] = new Word(scales[i], Kind.Scale, isOrdinal: false);
            words[scaleNames[i] + "th"] = new Word(scales[i], Kind.Scale, isOrdinal: true);
        }

        return words;
    }

    /// <summary>One number word: its value, its place in a phrase, and whether it ends one as an ordinal.</summary>
    private readonly struct Word
    {
        public Word(decimal value, Kind kind, bool isOrdinal)
        {
            Value = value;
            Kind = kind;
            IsOrdinal = isOrdinal;
        }

        public decimal Value { get; }

        public Kind Kind { get; }

        public bool IsOrdinal { get; }
    }
}
