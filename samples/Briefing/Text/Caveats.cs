using System.Collections.Generic;
using System.Linq;
using FactCatalog;

namespace Briefing.Text;

/// <summary>
/// What a reader must know before trusting a claim's value, in words the briefing shows wherever the value is shown:
/// a machine translation, a year taken from the text's own date, and the curator's note on a value the curator read,
/// inferred or corrected.
/// </summary>
internal static class Caveats
{
    public const string MachineTranslation = "machine translation: not the claimant's own words";

    public const string MachineTranslationOnly = "rests only on a machine translation";

    public static IReadOnlyList<string> Of(Claim claim)
    {
        var caveats = new List<string>();
        if (claim.Citation.Source.Translation == SourceTranslation.Machine)
        {
            caveats.Add(MachineTranslation);
        }
        if (claim.YearFrom is string yearFrom)
        {
            FactDate? date = yearFrom == "original-date" ? claim.Citation.Source.OriginalDate : claim.Citation.Source.Issued;
            caveats.Add("year from the " + (yearFrom == "original-date" ? "original's" : "text's own") + " date" + (date is FactDate d ? ", " + d : string.Empty));
        }
        if (claim.CuratorNote is string note)
        {
            caveats.Add("curator: " + note);
        }
        return caveats;
    }

    /// <summary>
    /// The fact's caveat: whether every claim that counts (not deprecated, not declining to answer) comes from a
    /// machine-translated text, so that the answer rests on no original words.
    /// </summary>
    public static string? Of(Fact fact)
    {
        Claim[] counting = fact.Claims.Where(c => !c.IsDeprecated && c.Stance != ClaimStance.Declines).ToArray();
        return counting.Length > 0 && counting.All(c => c.Citation.Source.Translation == SourceTranslation.Machine)
            ? MachineTranslationOnly
            : null;
    }
}
