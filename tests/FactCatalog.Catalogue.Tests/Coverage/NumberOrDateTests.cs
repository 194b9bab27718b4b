using System.Linq;
using FactCatalog.Catalogue.Coverage;

namespace FactCatalog.Catalogue.Tests.Coverage;

/// <summary>
/// The four rules by which <see cref="NumberOrDate"/> does not count a number-like word: each with sentences it
/// excludes, and sentences with real quantities that still count.
/// </summary>
public class NumberOrDateTests
{
    [Theory]
    [InlineData("Beijing warns against third-party interference in the Ukraine war", "third")]
    [InlineData("The South Korean military is first-class: so disciplined.", "first")]
    [InlineData("It was a one-sided deal.", "one")]
    [InlineData("A first-hand account of the talks.", "first")]
    [InlineData("A half-hearted response.", "half")]
    [InlineData("A second\u2011rate army.", "second")]
    public void Rule_1_a_number_word_that_starts_a_compound_adjective_is_not_counted(string sentence, string word)
    {
        AssertExcluded(sentence, word, NotAQuantity.CompoundAdjective);
    }

    [Theory]
    [InlineData("Twenty-five soldiers were killed.", "Twenty")]
    [InlineData("Two-thirds of the budget.", "Two")]
    [InlineData("It took one-and-a-half years.", "one")]
    [InlineData("A three-day visit to Pyongyang.", "three")]
    [InlineData("A two-year-old treaty.", "two")]
    [InlineData("A five-member delegation.", "five")]
    [InlineData("A thousand-strong contingent.", "thousand")]
    [InlineData("The second-largest army in Asia.", "second")]
    [InlineData("The first-ever visit by a Russian leader.", "first")]
    [InlineData("A 10-day visit.", "10-day")]
    [InlineData("Third-party mediators sent three envoys.", "three")]
    public void Rule_1_compounds_that_state_a_quantity_or_a_rank_still_count(string sentence, string first)
    {
        Assert.True(NumberOrDate.IsStatedIn(sentence));
        Assert.Equal(first, NumberOrDate.FirstMention(sentence));
    }

    [Theory]
    [InlineData("It is a threat on the one hand, and a chance on the other.", "one")]
    [InlineData("On the one hand, Moscow wants troops.", "On")]
    [InlineData("The two armies must trust one another.", "two")]
    [InlineData("For one factor, neither Moscow nor Pyongyang wants to create tension with China.", "For")]
    [InlineData("For one thing it is expensive.", "For")]
    [InlineData("I, for one, do not believe it.", "I")]
    public void Rule_2_idioms_with_one_are_not_counted(string sentence, string before)
    {
        int index = sentence.IndexOf(before, System.StringComparison.Ordinal);
        NumberMention one = NumberOrDate.Mentions(sentence).First(m => m.Index >= index && m.Text.ToLowerInvariant() == "one");
        Assert.Equal(NotAQuantity.Idiom, one.ExcludedBy);
    }

    [Theory]
    [InlineData("The two leaders met one another.")]
    [InlineData("Ukraine is struggling to stem one of the most powerful offensives.")]
    [InlineData("The treaty was suspended for one year.")]
    [InlineData("They met for one hour, then parted.")]
    [InlineData("This would imply strength of about one division.")]
    [InlineData("He gave one reason for leaving.")]
    public void Rule_2_one_that_counts_still_counts(string sentence)
    {
        Assert.True(NumberOrDate.IsStatedIn(sentence));
    }

    [Fact]
    public void Rule_2_idioms_alone_leave_a_sentence_not_counted()
    {
        Assert.Equal(new[] { NotAQuantity.Idiom }, NumberOrDate.ExcludedBy("They helped one another on the one hand."));
    }

    [Theory]
    [InlineData("1. Home page")]
    [InlineData("2. policy")]
    [InlineData("12. Notes and references")]
    public void Rule_3_a_list_number_at_the_start_of_a_short_line_is_not_counted(string sentence)
    {
        Assert.False(NumberOrDate.IsStatedIn(sentence, startsLine: true));
        Assert.Equal(new[] { NotAQuantity.ListNumber }, NumberOrDate.ExcludedBy(sentence, startsLine: true));
    }

    [Theory]
    [InlineData("1. Home page", false)] // not at the start of its line
    [InlineData("1. The Pentagon confirmed that North Korea has deployed its troops to Russia.", true)] // a long item
    [InlineData("1953. The armistice.", true)] // four digits: a year
    [InlineData("3 generals. The rest were officers.", true)] // no period right after the number
    [InlineData("1. Three generals", true)] // the item states a number
    public void Rule_3_other_numbers_at_the_start_of_a_line_still_count(string sentence, bool startsLine)
    {
        Assert.True(NumberOrDate.IsStatedIn(sentence, startsLine));
    }

    [Theory]
    [InlineData("The second reason why the deployment could prove problematic for Russia is China.", "second")]
    [InlineData("A fourth reason this move could send a very different signal than intended.", "fourth")]
    [InlineData("The first reasons are economic.", "first")]
    [InlineData("The third point of the argument is weak.", "third")]
    [InlineData("Its first factor is cost.", "first")]
    [InlineData("The fifth argument is the weakest.", "fifth")]
    [InlineData("First, the fact that Russia requested foreign troops suggested it lacked soldiers.", "First")]
    [InlineData("Second, it is expensive.", "Second")]
    [InlineData("\u201CThird, they could defect.\u201D", "Third")]
    public void Rule_4_an_ordinal_that_numbers_the_writers_points_is_not_counted(string sentence, string word)
    {
        AssertExcluded(sentence, word, NotAQuantity.DiscourseEnumerator);
    }

    [Theory]
    [InlineData("Three generals were already in Russia.", "Three")]
    [InlineData("It was the fourth meeting of the two leaders.", "fourth")]
    [InlineData("It claimed that 12,000 North Korean soldiers were in Russia.", "12,000")]
    [InlineData("North Korean troops have no first combat experience.", "first")]
    [InlineData("Within hours of the first reports, Seoul reacted.", "first")]
    [InlineData("It was the second time the two leaders had met.", "second")]
    [InlineData("First North Korean troops reached Kursk.", "First")]
    [InlineData("They came first, then the others.", "first")]
    [InlineData("The second reason cost two billion dollars.", "two")]
    public void Rule_4_ordinals_that_rank_events_or_things_still_count(string sentence, string first)
    {
        Assert.True(NumberOrDate.IsStatedIn(sentence));
        Assert.Equal(first, NumberOrDate.FirstMention(sentence));
    }

    [Theory]
    [InlineData("Finally, the war goes on.")]
    [InlineData("Secondly, it is costly.")]
    public void Discourse_words_that_are_not_number_words_never_counted(string sentence)
    {
        Assert.Empty(NumberOrDate.Mentions(sentence));
        Assert.Empty(NumberOrDate.ExcludedBy(sentence));
    }

    [Fact]
    public void A_sentence_with_several_excluded_words_lists_each_rule_once_in_order()
    {
        Assert.Equal(
            new[] { NotAQuantity.DiscourseEnumerator, NotAQuantity.CompoundAdjective },
            NumberOrDate.ExcludedBy("The second reason is third-party meddling and first-class troops."));
    }

    [Fact]
    public void A_sentence_that_also_states_a_real_number_counts_and_is_not_listed_as_excluded()
    {
        const string Sentence = "The second reason is that 3,000 troops arrived.";

        Assert.True(NumberOrDate.IsStatedIn(Sentence));
        Assert.Empty(NumberOrDate.ExcludedBy(Sentence));
        Assert.Equal("3,000", NumberOrDate.FirstMention(Sentence));
    }

    [Theory]
    [InlineData(nameof(NotAQuantity.CompoundAdjective), "compound adjective")]
    [InlineData(nameof(NotAQuantity.Idiom), "idiom")]
    [InlineData(nameof(NotAQuantity.ListNumber), "list number")]
    [InlineData(nameof(NotAQuantity.DiscourseEnumerator), "discourse enumerator")]
    public void Each_rule_has_the_name_docs_coverage_uses(string rule, string name)
    {
        Assert.Equal(name, NumberOrDate.Describe(System.Enum.Parse<NotAQuantity>(rule)));
    }

    private static void AssertExcluded(string sentence, string word, NotAQuantity rule)
    {
        NumberMention mention = Assert.Single(NumberOrDate.Mentions(sentence), m => m.Text == word);
        Assert.Equal(rule, mention.ExcludedBy);
        Assert.False(NumberOrDate.IsStatedIn(sentence), $"\"{sentence}\" should not count");
        Assert.Contains(rule, NumberOrDate.ExcludedBy(sentence));
    }
}
