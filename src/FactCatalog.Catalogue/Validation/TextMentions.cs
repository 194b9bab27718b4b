using System;
using FactCatalog.Catalogue.Text;

namespace FactCatalog.Catalogue.Validation;

/// <summary>
/// Decides whether a quote states a text value: the value, put through the quote normalisation, occurs in the
/// quote ignoring case and on word boundaries, so "Kim" is found in "Kim Jong Un" but not in "Kimberley".
/// </summary>
internal static class TextMentions
{
    public static bool IsStated(string value, string quote)
    {
        string needle = QuoteNormalizer.Normalize(value);
        if (needle.Length == 0)
        {
            return false;
        }

        bool wordStart = char.IsLetterOrDigit(needle[0]);
        bool wordEnd = char.IsLetterOrDigit(needle[needle.Length - 1]);
        int from = 0;
        while (from <= quote.Length - needle.Length)
        {
            int at = quote.IndexOf(needle, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            int end = at + needle.Length;
            bool startsWord = !wordStart || at == 0 || !char.IsLetterOrDigit(quote[at - 1]);
            bool endsWord = !wordEnd || end == quote.Length || !char.IsLetterOrDigit(quote[end]);
            if (startsWord && endsWord)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
