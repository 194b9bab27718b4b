using System.Collections.Generic;
using System.Linq;
using FactCatalog;

namespace Consumer.Tests;

/// <summary>
/// This project compiles its own facts/ and seeds/ through the real generator, loaded the way a package
/// consumer loads it; building it at all proves the generator and its dependencies load (no CS8785) and that
/// the generated code is warning-free with documentation required.
/// </summary>
public class GeneratedCatalogueTests
{
    /// <summary>Constants carry the catalogue's values.</summary>
    [Fact]
    public void Constants_hold_the_catalogue_values()
    {
        const int volunteers = Consumer.Facts.Programme.Volunteers.Value;
        Assert.Equal(1150, volunteers);
        Assert.Equal(1200, Consumer.Facts.Programme.Volunteers.Ministry);
        Assert.Equal(4.5, Consumer.Facts.Programme.Cost.Value);
        Assert.Equal(new FactDate(2024, 3, 3), Consumer.Facts.Programme.Opening.Value);
    }

    /// <summary>The rich fact and the lookups work at run time.</summary>
    [Fact]
    public void Rich_facts_and_lookups_work()
    {
        Fact<int> fact = Consumer.Facts.Programme.Volunteers.Fact;
        Assert.Equal(FactStatus.Resolved, fact.Status);
        Assert.Equal("audit", fact.Preferred?.Id);
        Assert.Same(Consumer.Sources.Briefing, fact.Claims[0].Citation.Source);
        Assert.Equal(2, fact.Claims[0].Citation.Line);
        Assert.Same(fact, Consumer.Facts.Get("volunteers"));
        Assert.Equal(new[] { "cost", "opening", "volunteers" }, Consumer.Facts.All.Select(f => f.Id));
        Assert.Equal(new[] { "opening", "volunteers" }, Consumer.Facts.WithTag("programme").Select(f => f.Id));
        // An unknown id on purpose: the analyzer's FC1001 warns about it at build time, this checks the run-time answer.
#pragma warning disable FC1001
        Assert.False(Consumer.Facts.TryGet("volunteer", out _));
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => Consumer.Facts.Get("volunteer"));
#pragma warning restore FC1001
        Assert.Contains("did you mean 'volunteers'", e.Message);
        Assert.True(Consumer.Sources.TryGet("briefing", out Source? source));
        Assert.Equal("The Ministry", source.Publisher);
    }
}
