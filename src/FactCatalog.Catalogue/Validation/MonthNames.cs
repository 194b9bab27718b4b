using System;
using System.Collections.Generic;

namespace FactCatalog.Catalogue.Validation;

/// <summary>English month names and their abbreviations ("June", "Jun", "Jun.", "Sept").</summary>
internal static class MonthNames
{
    private static readonly WordTable<int> Months = new(CreateMonths());

    /// <summary>
    /// Reads a month name at the token. Case is ignored, except for names that are also common words
    /// ("may", "march", "mar"), which count only when capitalised. <paramref name="next"/> is the index after
    /// the name and the full stop of an abbreviation.
    /// </summary>
    public static bool TryRead(QuoteTokens tokens, int index, out int month, out int next)
    {
        month = 0;
        next = index + 1;
        if (!tokens.IsWord(index) || tokens.Length(index) > 9 || !tokens.TryLookUp(index, Months, out month))
        {
            return false;
        }

        if ((tokens.IsWord(index, "may") || tokens.IsWord(index, "march") || tokens.IsWord(index, "mar")) && !tokens.StartsUpper(index))
        {
            return false;
        }

        if ((tokens.Length(index) == 3 || tokens.IsWord(index, "sept")) && tokens.IsSymbol(next, '.') && tokens.IsGlued(next))
        {
            next++;
        }

        return true;
    }

    private static Dictionary<string, int> CreateMonths()
    {
        string[] names =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        };
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < names.Length; i++)
        {
            months[names[i]] = i + 1;
            months[names[i].Substring(0, 3)] = i + 1;
        }

        months["Sept"] = 9;
        return months;
    }
}
