using System.Collections.Generic;

namespace FactCatalog.Catalogue.Validation;

/// <summary>
/// One number a quote states. A fraction word ("half", "a third") is kept apart from a stated number because
/// it is compared with a tolerance and never stands for an integer.
/// </summary>
internal readonly struct NumberMention
{
    public NumberMention(decimal value, bool isFraction)
    {
        Value = value;
        IsFraction = isFraction;
    }

    public decimal Value { get; }

    public bool IsFraction { get; }
}

/// <summary>
/// Lists every number a quote states, in digits ("10,000", "1.5 million") or in words ("three thousand",
/// "twenty-fifth", "two-thirds"). A form that can be read two ways yields both readings; what a form cannot
/// mean is never yielded, so a different number in the quote does not pass for the claimed one.
/// </summary>
internal static class NumberMentions
{
    public static List<NumberMention> Find(string quote)
    {
        var found = new List<NumberMention>();
        var tokens = new QuoteTokens(quote);
        int i = 0;
        while (i < tokens.Count)
        {
            if (tokens.IsDigits(i))
            {
                i = DigitNumbers.Read(tokens, i, found);
            }
            else if (tokens.IsWord(i))
            {
                i = NumberWords.Read(tokens, i, found);
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>
    /// True when the number starting at the token is negated: "minus five", or a minus sign glued to the
    /// number that does not join it to a word or number before ("-5" but not "F-16" or "2020-5").
    /// </summary>
    public static bool IsNegated(QuoteTokens tokens, int index)
    {
        if (!tokens.IsGlued(index))
        {
            return tokens.IsWord(index - 1, "minus");
        }

        bool sign = tokens.IsSymbol(index - 1, '-') || tokens.IsSymbol(index - 1, '\u2212');
        return sign && (index == 1 || !tokens.IsGlued(index - 1) || tokens.IsSymbol(index - 2, '('));
    }
}
