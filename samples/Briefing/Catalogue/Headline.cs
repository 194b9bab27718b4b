using System.Collections.Generic;
using System.Globalization;
using Briefing.Text;
using FactCatalog;
using Deployment = Briefing.Catalogue.Facts.Deployment;
using Treaty = Briefing.Catalogue.Facts.Treaty;

namespace Briefing.Catalogue;

/// <summary>
/// The briefing's opening lines, written with the generated constants themselves: each number below is a
/// compile-time constant that carries its citation in its tooltip, and the <c>Cites</c> attributes record which
/// claims the wording relies on.
/// </summary>
internal static class Headline
{
    [Cites("north-korean-troops-in-russia#south-korean-intelligence")]
    [Cites("north-korean-troops-in-russia#unnamed-reports")]
    [Cites("north-korean-troops-in-russia#pentagon")]
    [Cites("north-korean-officers-in-russia")]
    [Cites("north-korean-generals-in-russia")]
    [Cites("north-korean-troop-bases-in-russia#ukrainian-military-intelligence")]
    [Cites("north-korean-troop-bases-in-russia#unnamed-reports")]
    [Cites("treaty-signing-date")]
    [Cites("treaty-signing-date#al-ahram-weekly")]
    public static IReadOnlyList<string> Lines() => new[]
    {
        Format(
            "Troops sent: estimates run from {0:N0} (South Korean intelligence) to about {1:N0} (unnamed reports); "
                + "the Pentagon confirmed about {2:N0}.",
            Deployment.NorthKoreanTroopsInRussia.SouthKoreanIntelligence,
            Deployment.NorthKoreanTroopsInRussia.UnnamedReports,
            Deployment.NorthKoreanTroopsInRussia.Pentagon),
        Format(
            "Among them, according to Ukrainian military intelligence: {0:N0} officers and {1:N0} generals, "
                + "training at {2:N0} bases ({3:N0} according to unnamed reports).",
            Deployment.NorthKoreanOfficersInRussia.Value,
            Deployment.NorthKoreanGeneralsInRussia.Value,
            Deployment.NorthKoreanTroopBasesInRussia.UkrainianMilitaryIntelligence,
            Deployment.NorthKoreanTroopBasesInRussia.UnnamedReports),
        Format(
            "The treaty behind the deployment was signed in {0}, during Putin's visit to Pyongyang; one article dates it to {1}.",
            ValueText.Prose(Treaty.TreatySigningDate.Value),
            ValueText.Prose(Treaty.TreatySigningDate.AlAhramWeekly)),
    };

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
