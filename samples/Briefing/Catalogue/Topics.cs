using System.Collections.Generic;

namespace Briefing.Catalogue;

/// <summary>
/// The briefing's topics, in reading order: the deployment first, background last. Each is a generated group
/// class, so a renamed or removed group is a compile error here rather than a topic that silently goes missing.
/// </summary>
internal static class Topics
{
    public static IReadOnlyList<Topic> All { get; } = new Topic[]
    {
        new("Deployment", Facts.Deployment.All),
        new("The treaty", Facts.Treaty.All),
        new("Events", Facts.Events.All),
        new("People and offices", Facts.PeopleAndOffices.All),
        new("Sanctions", Facts.Sanctions.All),
        new("Casualties and costs", Facts.CasualtiesAndCosts.All),
        new("Weapons", Facts.Weapons.All),
        new("Background", Facts.Background.All),
        new("The sources' own dates", Facts.Publication.All),
    };
}
