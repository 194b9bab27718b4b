using Briefing.Text;
using FactCatalog;

namespace Briefing.Tests;

public class ValueTextTests
{
    private static readonly Source s_source = new(
        "report", "report.txt", null, null, "The Daily Example", null, System.Array.Empty<string>(), null, "en", SourceTranslation.None, null, null, null, null, null);

    [Theory]
    [InlineData(FactValueType.Count, 10000, ClaimBound.About, "troops", "about 10,000 troops")]
    [InlineData(FactValueType.Count, 1, ClaimBound.About, "divisions", "about 1 division")]
    [InlineData(FactValueType.Count, 1, ClaimBound.Exact, "troops per interpreter", "1 troops per interpreter")]
    [InlineData(FactValueType.Year, 1961, ClaimBound.Exact, null, "1961")]
    [InlineData(FactValueType.Count, 16500, ClaimBound.MoreThan, "sanctions", "more than 16,500 sanctions")]
    public void Whole_numbers(FactValueType type, int value, ClaimBound bound, string? unit, string expected)
    {
        Assert.Equal(expected, Describe(type, value, bound, unit));
    }

    [Fact]
    public void Percentages_dates_and_booleans()
    {
        Assert.Equal("about 50%", Describe(FactValueType.Percent, 50.0, ClaimBound.About, null));
        Assert.Equal("6.5%", Describe(FactValueType.Percent, 6.5, ClaimBound.Exact, null));
        Assert.Equal("2024-06", Describe(FactValueType.Date, new FactDate(2024, 6), ClaimBound.Exact, null));
        Assert.Equal("yes", Describe(FactValueType.Boolean, true, ClaimBound.Exact, null));
        Assert.Equal("no", Describe(FactValueType.Boolean, false, ClaimBound.Exact, null));
    }

    [Fact]
    public void As_of_dates_and_derived_values_are_said()
    {
        var claim = new Claim<int>(12000, "c", "someone", ClaimRank.Normal, null, ClaimBound.Exact, "troops", new FactDate(2024, 10, 24), true, null, Citation());
        Fact<int> fact = new("f", "A fact.", FactValueType.Count, "troops", System.Array.Empty<string>(), FactStatus.Consistent, new[] { claim }, "c");

        Assert.Equal("12,000 troops, as of 2024-10-24 (derived)", ValueText.Describe(fact, claim));
    }

    [Theory]
    [InlineData(2024, 0, 0, "2024")]
    [InlineData(2024, 6, 0, "June 2024")]
    [InlineData(2024, 7, 26, "26 July 2024")]
    public void Dates_in_prose(int year, int month, int day, string expected)
    {
        FactDate date = month == 0 ? new FactDate(year) : day == 0 ? new FactDate(year, month) : new FactDate(year, month, day);

        Assert.Equal(expected, ValueText.Prose(date));
    }

    private static string Describe<T>(FactValueType type, T value, ClaimBound bound, string? unit)
        where T : notnull
    {
        var claim = new Claim<T>(value, "c", "someone", ClaimRank.Normal, null, bound, unit, null, false, null, Citation());
        Fact<T> fact = new("f", "A fact.", type, unit, System.Array.Empty<string>(), FactStatus.Consistent, new[] { claim }, "c");
        return ValueText.Describe(fact, claim);
    }

    private static Citation Citation() => new(s_source, "quote", 1, 1, 0, 5);
}
