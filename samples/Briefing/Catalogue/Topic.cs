using System.Collections.Generic;
using FactCatalog;

namespace Briefing.Catalogue;

/// <summary>One topic of the briefing: a heading and the facts of one generated group.</summary>
/// <param name="Title">The heading, as a reader would write it.</param>
/// <param name="Facts">The group's facts, from its generated <c>All</c>.</param>
internal sealed record Topic(string Title, IReadOnlyList<Fact> Facts);
