using System;
using System.Linq;
using FactCatalog.Catalogue.Validation;

namespace FactCatalog.Catalogue.Tests.Validation;

public class ValueMentionsTests
{
    // Sentences from seeds/*.txt, normalised as quotes are (straight quotes, '-' for dashes).
    private const string Pentagon = "According to the Pentagon, about 10,000 North Korean troops are ready to be deployed in the war zone, most of whom are undergoing training in Russia.";
    private const string Intelligence = "It also claimed that 12,000 North Korean soldiers, including 500 officers and three generals, were already in Russia, receiving training at five military bases.";
    private const string Austin = "On 25 July, US Secretary of Defence Lioyd Austin made remarks that his government had evidence of the 3000 North Korean troops on Russian soil for possible deployment on the front lines.";
    private const string Agreement = "The agreement was signed by the two countries' heads of state on 26 July during an official visit by Russian President Vladimir Putin to Pyongyang.";
    private const string Reserves = "About 50 per cent of its total foreign exchange reserves and 70 per cent of the assets of its banks in Western nations have been frozen.";
    private const string Budget = "Buying the consent of the families of fallen soldiers already consumes six percent of the Russian state budget";
    private const string Vladivostok = "Kim Jong Un visited Vladivostok in 2023, and President Putin visited Pyongyang in June this year.";
    private const string Treaties = "During Putin's visit, both signed a comprehensive strategic partnership treaty, replacing the treaties signed in 1961 and 2000, reflecting the new geopolitical realities.";
    private const string Thousands = "In late October, Western reports indicated that thousands of North Korean troops had been transferred to Russia in preparation for deployment on the battlefronts in Ukraine.";
    private const string ThirdReason = "A third reason why the entry of North Korean troops into the war alongside Russia may prove to be a costly achievement";
    private const string Brics = "16th Brics summit in Kazan";
    private const string Published = "(Published 16 November 2024, 06:49 IST)";
    private const string Print = "A version of this article appears in print in the 7 November, 2024 edition of Al-Ahram Weekly";
    private const string Translated = "the magazine first published it on November 5, 2024 Foreign policy.";
    private const string Visit = "When Putin travelled to Pyongyang for a state visit in June - the second time the two leaders had met in less than a year, and the first time in 24 years";
    private const string JongUn = "In June, Russian President Vladimir Putin traveled to Pyongyang to sign a \"comprehensive strategic partnership\" with North Korean leader Kim Jong-un - an alliance in name only.";

    [Theory]
    [InlineData(10000, Pentagon)]
    [InlineData(12000, Intelligence)]
    [InlineData(500, Intelligence)]
    [InlineData(3, Intelligence)]
    [InlineData(5, Intelligence)]
    [InlineData(3000, Austin)]
    [InlineData(25, Austin)]
    [InlineData(2, Agreement)]
    [InlineData(1961, Treaties)]
    [InlineData(2000, Treaties)]
    [InlineData(2023, Vladivostok)]
    [InlineData(16, Brics)]
    [InlineData(3, ThirdReason)]
    [InlineData(24, Visit)]
    [InlineData(2, Visit)]
    [InlineData(1, Visit)]
    public void Seed_sentences_state_their_integers(long value, string quote) =>
        Assert.True(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(1000, Thousands)]
    [InlineData(2, Thousands)]
    [InlineData(12, Intelligence)]
    [InlineData(1000, Intelligence)]
    [InlineData(300, Austin)]
    [InlineData(2024, Vladivostok)]
    [InlineData(196, Treaties)]
    [InlineData(100, Pentagon)]
    [InlineData(10, Pentagon)]
    public void Seed_sentences_do_not_state_other_integers(long value, string quote) =>
        Assert.False(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(10000, "about 10,000 troops")]
    [InlineData(10000, "about 10000 troops")]
    [InlineData(10000, "about 10 000 troops")]
    [InlineData(10000, "about 10'000 troops")]
    [InlineData(3000, "the 3000 North Korean troops")]
    [InlineData(3000, "the 3,000 North Korean troops")]
    [InlineData(1500000, "1,500,000 people")]
    [InlineData(1500000, "1.500.000 people")]
    [InlineData(1500000, "1 500 000 people")]
    [InlineData(1500, "1.500 Soldaten")]
    [InlineData(100000, "1,00,000 people")]
    [InlineData(1250000, "12,50,000 people")]
    [InlineData(10000, "(10,000)")]
    [InlineData(10000, "10,000.")]
    [InlineData(10000, "troops:10,000")]
    [InlineData(42, "42")]
    [InlineData(0, "zero casualties")]
    [InlineData(0, "0 casualties")]
    public void Digits_state_integers(long value, string quote) =>
        Assert.True(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(10000, "100000 troops")]
    [InlineData(10000, "10,0001 troops")]
    [InlineData(10000, "2010000 troops")]
    [InlineData(10000, "100,000 troops")]
    [InlineData(10000, "10,000,000 troops")]
    [InlineData(500, "5000 troops")]
    [InlineData(500, "1,500 troops")]
    [InlineData(15, "1,500 troops")]
    [InlineData(1, "1,500 troops")]
    [InlineData(10, "10 000 troops")]
    [InlineData(12, "12.5 percent")]
    [InlineData(12500, "12.5k troops")]
    [InlineData(3000000, "3m troops")]
    [InlineData(7, "the G7 summit")]
    [InlineData(17, "flight MH17")]
    [InlineData(1990, "in the 1990s")]
    [InlineData(1, "10,0001 troops")]
    [InlineData(10, "10,0001 troops")]
    [InlineData(15, "1,5 troops")]
    public void Digits_do_not_state_a_different_integer(long value, string quote) =>
        Assert.False(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(1500000, "1.5 million people")]
    [InlineData(1500000, "1.5million people")]
    [InlineData(2000000000, "2 billion dollars")]
    [InlineData(2000000000, "$2bn in aid")]
    [InlineData(3000000, "3 mn barrels")]
    [InlineData(10000, "10 thousand troops")]
    [InlineData(2300000, "2.3 million")]
    [InlineData(4000000000000, "4 trillion")]
    [InlineData(500000, "5 lakh")]
    [InlineData(2, "$2bn in aid")]
    [InlineData(10, "10 thousand troops")]
    public void Scale_words_after_digits_state_the_product_and_the_count(long value, string quote) =>
        Assert.True(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(3, "three generals")]
    [InlineData(12, "twelve soldiers")]
    [InlineData(25, "twenty-five soldiers")]
    [InlineData(25, "twenty five soldiers")]
    [InlineData(100, "one hundred soldiers")]
    [InlineData(100, "a hundred soldiers")]
    [InlineData(120, "one hundred and twenty soldiers")]
    [InlineData(342, "three hundred forty-two")]
    [InlineData(3000, "three thousand troops")]
    [InlineData(3500, "three thousand five hundred troops")]
    [InlineData(1900, "nineteen hundred")]
    [InlineData(2024, "two thousand and twenty-four")]
    [InlineData(2300000, "two million three hundred thousand")]
    [InlineData(1000000, "a million people")]
    [InlineData(500000, "half a million people")]
    [InlineData(12, "a dozen officers")]
    [InlineData(24, "two dozen officers")]
    [InlineData(6, "half a dozen officers")]
    [InlineData(2500000, "two and a half million people")]
    [InlineData(3, "Three generals")]
    [InlineData(3, "THREE generals")]
    [InlineData(3, "three thousand troops")]
    public void Number_words_state_integers(long value, string quote) =>
        Assert.True(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(12, "dozens of officers")]
    [InlineData(1000, "thousands of troops")]
    [InlineData(100, "hundreds of troops")]
    [InlineData(100, "hundred")]
    [InlineData(20, "twenty-five soldiers")]
    [InlineData(5, "twenty-five soldiers")]
    [InlineData(3, "three hundred soldiers")]
    [InlineData(56, "five six")]
    [InlineData(1, "half")]
    [InlineData(0, "half")]
    [InlineData(2, "a half")]
    [InlineData(3, "Kimberley threatened")]
    [InlineData(1, "someone came")]
    public void Number_words_do_not_state_other_integers(long value, string quote) =>
        Assert.False(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(4, "the fourth battalion")]
    [InlineData(4, "the 4th battalion")]
    [InlineData(1, "the 1st battalion")]
    [InlineData(22, "the 22nd battalion")]
    [InlineData(23, "the twenty-third battalion")]
    [InlineData(12, "the twelfth battalion")]
    [InlineData(100, "the hundredth day")]
    [InlineData(3, "third-party interference")]
    public void Ordinals_state_integers(long value, string quote) =>
        Assert.True(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(-5, "fell to -5 degrees")]
    [InlineData(-5, "fell to minus five degrees")]
    [InlineData(-5, "fell to minus 5 degrees")]
    [InlineData(-5, "fell (-5) degrees")]
    [InlineData(-5, "-5 degrees")]
    [InlineData(-1200, "a change of -1,200")]
    public void Negative_integers_are_stated_with_a_sign_or_minus(long value, string quote) =>
        Assert.True(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(-5, "fell to 5 degrees")]
    [InlineData(5, "fell to -5 degrees")]
    [InlineData(-16, "an F-16 jet")]
    [InlineData(-6, "2024-06-19")]
    [InlineData(-30, "aged 20-30")]
    public void Negative_integers_need_a_sign_that_is_not_a_hyphen(long value, string quote) =>
        Assert.False(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(2024, "in 2024 the war")]
    [InlineData(2024, "in 2024.")]
    [InlineData(2024, "2024-06-19")]
    [InlineData(2024, "26.07.2024")]
    [InlineData(2024, "26/07/2024")]
    [InlineData(2024, "(2024)")]
    public void Years_are_stated_as_whole_tokens(long value, string quote) =>
        Assert.True(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(2024, "in 20245")]
    [InlineData(2024, "in 12024")]
    [InlineData(2024, "in 2023")]
    [InlineData(2024, "in 2024s")]
    public void Years_are_not_found_inside_other_numbers(long value, string quote) =>
        Assert.False(ValueMentions.IsIntegerStated(value, quote));

    [Theory]
    [InlineData(6.5, "6.5")]
    [InlineData(6.5, "a rise of 6.5% this year")]
    [InlineData(6.5, "a rise of 6.5 percent")]
    [InlineData(6.5, "a rise of 6.5 per cent")]
    [InlineData(6, "six percent of the budget")]
    [InlineData(50, "About 50 per cent of its reserves")]
    [InlineData(50, "half of its reserves")]
    [InlineData(50, "a half of its reserves")]
    [InlineData(50, "one half of its reserves")]
    [InlineData(33.33, "a third of its reserves")]
    [InlineData(33.3, "one-third of its reserves")]
    [InlineData(33, "one third of its reserves")]
    [InlineData(66.7, "two-thirds of its reserves")]
    [InlineData(25, "a quarter of its reserves")]
    [InlineData(25, "quarter of its reserves")]
    [InlineData(75, "three quarters of its reserves")]
    [InlineData(20, "a fifth of its reserves")]
    [InlineData(70, Reserves)]
    [InlineData(6, Budget)]
    public void Percents_are_stated(double value, string quote) =>
        Assert.True(ValueMentions.IsNumberStated(value, quote, isPercent: true));

    [Theory]
    [InlineData(6.5, "a rise of 65%")]
    [InlineData(6.5, "a rise of 6.55%")]
    [InlineData(6.5, "a rise of 6%")]
    [InlineData(7, "a rise of 6.5%")]
    [InlineData(5, "a rise of 6.5%")]
    [InlineData(50, "a third of its reserves")]
    [InlineData(34, "a third of its reserves")]
    [InlineData(0.5, "half of its reserves")]
    [InlineData(60, Reserves)]
    [InlineData(5, Budget)]
    public void Percents_are_not_stated_by_other_numbers(double value, string quote) =>
        Assert.False(ValueMentions.IsNumberStated(value, quote, isPercent: true));

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(1.5, "rose 1.5 times")]
    [InlineData(1.5, "1.50 times")]
    [InlineData(0.5, "0.5 points")]
    [InlineData(0.5, "half the points")]
    [InlineData(0.333, "a third of the points")]
    [InlineData(0.25, "a quarter of the points")]
    [InlineData(2.5, "two and a half times")]
    [InlineData(1.5, "one and a half times")]
    [InlineData(12, "12 points")]
    [InlineData(12, "twelve points")]
    [InlineData(12, "the twelfth point")]
    [InlineData(1500000, "1.5 million")]
    [InlineData(1.5, "1.5 million")]
    [InlineData(-2.5, "-2.5 points")]
    [InlineData(1234.5, "1,234.5 points")]
    public void Numbers_are_stated(double value, string quote) =>
        Assert.True(ValueMentions.IsNumberStated(value, quote, isPercent: false));

    [Theory]
    [InlineData(1.5, "15 points")]
    [InlineData(1.5, "1.6 points")]
    [InlineData(1.5, "11.5 points")]
    [InlineData(0.5, "50 points")]
    [InlineData(0.3, "a third of the points")]
    [InlineData(2, "two and a half times")]
    [InlineData(12.5, "12 points")]
    [InlineData(2.5, "-2.5 points")]
    public void Numbers_are_not_stated_by_other_numbers(double value, string quote) =>
        Assert.False(ValueMentions.IsNumberStated(value, quote, isPercent: false));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Numbers_that_are_not_finite_are_never_stated(double value) =>
        Assert.False(ValueMentions.IsNumberStated(value, "NaN Infinity 1e308 " + double.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), isPercent: false));

    [Theory]
    [InlineData(2024, "in 2024 the war")]
    [InlineData(2024, "2024-06-19")]
    [InlineData(1961, Treaties)]
    public void A_year_date_is_stated_by_its_year(int year, string quote) =>
        Assert.True(ValueMentions.IsDateStated(year, null, null, quote));

    [Theory]
    [InlineData(2024, "in 20245")]
    [InlineData(2024, Vladivostok)]
    public void A_year_date_is_not_stated_by_another_number(int year, string quote) =>
        Assert.False(ValueMentions.IsDateStated(year, null, null, quote));

    [Theory]
    [InlineData("In June this year, President Putin visited Pyongyang")]
    [InlineData("President Putin visited Pyongyang in June this year.")]
    [InlineData("in june")]
    [InlineData("in JUNE")]
    [InlineData("in Jun. 2024")]
    [InlineData("in Jun 2024")]
    [InlineData("in June 2024")]
    [InlineData("in June of 2024")]
    [InlineData("on June 19, 2024")]
    [InlineData("on 19 June 2024")]
    [InlineData("dated 2024-06")]
    [InlineData("dated 2024-06-19")]
    [InlineData("dated 06/2024")]
    [InlineData("dated 19.06.2024")]
    [InlineData("in June 2023 and again in June 2024")]
    [InlineData(Vladivostok)]
    [InlineData(JongUn)]
    public void A_month_date_is_stated_by_the_month_name_or_numbers(string quote) =>
        Assert.True(ValueMentions.IsDateStated(2024, 6, null, quote));

    [Theory]
    [InlineData("in July")]
    [InlineData("in June 2023")]
    [InlineData("on June 19, 2023")]
    [InlineData("Juneau, Alaska")]
    [InlineData("dated 2024-07")]
    [InlineData("dated 2023-06")]
    [InlineData("dated 19.06.2023")]
    [InlineData("in 2024")]
    [InlineData("6 2024")]
    public void A_month_date_is_not_stated_by_another_month_or_year(string quote) =>
        Assert.False(ValueMentions.IsDateStated(2024, 6, null, quote));

    [Theory]
    [InlineData("in May 2024", 5)]
    [InlineData("in March", 3)]
    [InlineData("by Sept. 2024", 9)]
    [InlineData("by Sep 2024", 9)]
    [InlineData("by september", 9)]
    [InlineData("in Dec", 12)]
    public void Month_names_and_abbreviations_are_recognised(string quote, int month) =>
        Assert.True(ValueMentions.IsDateStated(2024, month, null, quote));

    [Theory]
    [InlineData("they may march on", 5)]
    [InlineData("they may march on", 3)]
    [InlineData("a Mayor spoke", 5)]
    public void Month_names_that_are_common_words_need_a_capital(string quote, int month) =>
        Assert.False(ValueMentions.IsDateStated(2024, month, null, quote));

    [Theory]
    [InlineData("on 26 July")]
    [InlineData("on 26th July")]
    [InlineData("on the 26th of July")]
    [InlineData("on July 26")]
    [InlineData("on July 26th")]
    [InlineData("on July 26, 2024")]
    [InlineData("on 26 July 2024")]
    [InlineData("on 26 July, 2024")]
    [InlineData("on Jul. 26")]
    [InlineData("on 26 jul")]
    [InlineData("on 2024-07-26")]
    [InlineData("on 2024/07/26")]
    [InlineData("on 26.07.2024")]
    [InlineData("on 26/07/2024")]
    [InlineData("on 07/26/2024")]
    [InlineData("on 26-07-2024")]
    [InlineData("on 26.7.2024")]
    [InlineData("between 25-26 July")]
    [InlineData("on 2 July 2024 and on 26 July 2024")]
    [InlineData(Agreement)]
    public void A_full_date_is_stated_by_day_and_month_together(string quote) =>
        Assert.True(ValueMentions.IsDateStated(2024, 7, 26, quote));

    [Theory]
    [InlineData("on July 2")]
    [InlineData("on July 2, 2026")]
    [InlineData("on 2 July")]
    [InlineData("on 25 July")]
    [InlineData("on July 25th")]
    [InlineData("on 26 June")]
    [InlineData("on 26 July 2023")]
    [InlineData("on July 26, 2023")]
    [InlineData("in July, 26 soldiers died")]
    [InlineData("in July")]
    [InlineData("26 troops in 2024")]
    [InlineData("on 2024-07-25")]
    [InlineData("on 2023-07-26")]
    [InlineData("on 26.07.2023")]
    [InlineData("on 07.26.2024")]
    [InlineData("on 2024-07")]
    [InlineData("version 26.07.2024.1")]
    [InlineData("July 1,500 troops")]
    [InlineData(Austin)]
    public void A_full_date_is_not_stated_by_another_day_or_year(string quote) =>
        Assert.False(ValueMentions.IsDateStated(2024, 7, 26, quote));

    [Theory]
    [InlineData(2024, 11, 16, Published)]
    [InlineData(2024, 11, 7, Print)]
    [InlineData(2024, 11, 5, Translated)]
    [InlineData(2024, 7, 25, Austin)]
    public void Seed_sentences_state_their_dates(int year, int month, int day, string quote) =>
        Assert.True(ValueMentions.IsDateStated(year, month, day, quote));

    [Theory]
    [InlineData(2023, 11, 16, Published)]
    [InlineData(2024, 11, 6, Print)]
    [InlineData(2024, 5, 11, Translated)]
    [InlineData(2024, 7, 26, Austin)]
    public void Seed_sentences_do_not_state_other_dates(int year, int month, int day, string quote) =>
        Assert.False(ValueMentions.IsDateStated(year, month, day, quote));

    [Theory]
    [InlineData(2024, 0, null)]
    [InlineData(2024, 13, null)]
    [InlineData(2024, 7, 0)]
    [InlineData(2024, 7, 32)]
    public void Impossible_dates_are_never_stated(int year, int month, int? day) =>
        Assert.False(ValueMentions.IsDateStated(year, month, day, "on 0 July 2024, 32 July 2024, 2024-00, 2024-13 and 2024-07-32"));

    [Theory]
    [InlineData("Kim Jong Un", "North Korea's Kim Jong Un said")]
    [InlineData("kim jong un", "North Korea's Kim Jong Un said")]
    [InlineData("Kim", "Kim Jong Un said")]
    [InlineData("the Pentagon", Pentagon)]
    [InlineData("Kursk", "in Russia's Kursk region")]
    [InlineData("Kim's support", "praised Kim's support for his war")]
    [InlineData("Kim\u2019s support", "praised Kim's support for his war")]
    [InlineData("military-technical assistance", "provide \"military-technical assistance\" and")]
    [InlineData("military\u2013technical  assistance", "provide \"military-technical assistance\" and")]
    [InlineData("Kim\u00a0Jong Un", "North Korea's Kim Jong Un said")]
    [InlineData(" Kim Jong Un ", "North Korea's Kim Jong Un said")]
    [InlineData("\"comprehensive strategic partnership\"", JongUn)]
    [InlineData("Kyiv", "Kyiv")]
    [InlineData("F-16", "delivered F-16 jets")]
    [InlineData("10,000", "about 10,000 troops")]
    public void Text_is_stated_on_word_boundaries_ignoring_case(string value, string quote) =>
        Assert.True(ValueMentions.IsTextStated(value, quote));

    [Theory]
    [InlineData("Kim", "Kimberley said")]
    [InlineData("Kim", "Ekim said")]
    [InlineData("Kim Jong Un", "Kim Jong-un said")]
    [InlineData("Kim Jong Un", "Kim  Jong")]
    [InlineData("Pentagon", "the Pentagons")]
    [InlineData("war", Treaties)]
    [InlineData("", "anything")]
    [InlineData("   ", "anything   at all")]
    [InlineData("Kyiv", "")]
    [InlineData("F-16", "delivered F-161 jets")]
    public void Text_is_not_stated_inside_other_words_or_when_absent(string value, string quote) =>
        Assert.False(ValueMentions.IsTextStated(value, quote));

    [Fact]
    public void Text_is_compared_in_composed_form() =>
        Assert.True(ValueMentions.IsTextStated("Zelenskyi\u0301", "President Zelensky\u00ed said"));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-")]
    [InlineData(",,,")]
    [InlineData("1,")]
    [InlineData(",1")]
    [InlineData("1.")]
    [InlineData(".1")]
    [InlineData("a")]
    [InlineData("a third")]
    [InlineData("half a")]
    [InlineData("and a half")]
    [InlineData("one and a")]
    [InlineData("minus")]
    [InlineData("June")]
    [InlineData("26th of")]
    [InlineData("of July")]
    [InlineData("2024-")]
    [InlineData("-2024-07-")]
    [InlineData("\ud800 lone surrogate \udc00")]
    [InlineData("99999999999999999999999999999999999999 trillion")]
    [InlineData("999999999999999999999999999.9999 billion")]
    [InlineData("nine hundred ninety-nine trillion nine hundred billion")]
    [InlineData("\u0301\u200f\u202e1\u202c0")]
    public void Odd_quotes_never_throw(string quote)
    {
        ValueMentions.IsIntegerStated(long.MaxValue, quote);
        ValueMentions.IsIntegerStated(long.MinValue, quote);
        ValueMentions.IsNumberStated(double.MaxValue, quote, isPercent: false);
        ValueMentions.IsNumberStated(-double.Epsilon, quote, isPercent: true);
        ValueMentions.IsDateStated(int.MaxValue, int.MinValue, int.MaxValue, quote);
        ValueMentions.IsDateStated(2024, 7, null, quote);
        ValueMentions.IsTextStated(quote, quote + "\ud800");
        Assert.Equal(quote.Trim().Length > 0, ValueMentions.IsTextStated(quote, quote));
    }

    [Fact]
    public void Null_quotes_are_never_stated()
    {
        Assert.False(ValueMentions.IsIntegerStated(1, null!));
        Assert.False(ValueMentions.IsNumberStated(1, null!, isPercent: false));
        Assert.False(ValueMentions.IsDateStated(2024, 7, 26, null!));
        Assert.False(ValueMentions.IsTextStated("a", null!));
        Assert.False(ValueMentions.IsTextStated(null!, "a"));
    }

    [Fact]
    public void Huge_numbers_are_read_without_overflow()
    {
        Assert.True(ValueMentions.IsIntegerStated(long.MaxValue, "9,223,372,036,854,775,807 grains"));
        Assert.True(ValueMentions.IsIntegerStated(long.MinValue, "-9223372036854775808 grains"));
        Assert.False(ValueMentions.IsIntegerStated(long.MaxValue, new string('9', 40)));
    }

    /// <summary>
    /// Reading a quote is linear: the work, counted as the memory the readers allocate (each number, word and date
    /// they see costs a token), grows as the quote does. Three adversarial quotes at 50,000 and 200,000 pieces: four
    /// times the text may cost at most five times the work, where a quadratic reader would cost sixteen. Counted per
    /// thread, so tests running beside this one do not count. (The text reader allocates nothing per character; it is
    /// called on the long quotes too, and must return.)
    /// </summary>
    [Fact]
    public void Long_adversarial_quotes_are_read_in_linear_time()
    {
        (long Integer, long Number, long Date)[] small = Quotes(50_000).Select(Work).ToArray();
        (long Integer, long Number, long Date)[] large = Quotes(200_000).Select(Work).ToArray();

        for (int i = 0; i < small.Length; i++)
        {
            Assert.True(small[i].Integer > 100_000 && small[i].Number > 100_000 && small[i].Date > 100_000, $"Quote {i}: {small[i]} bytes is too little to measure");
            Assert.True(large[i].Integer <= 5 * small[i].Integer, $"Quote {i}: integers cost {large[i].Integer} bytes at 4x the length, {small[i].Integer} at 1x");
            Assert.True(large[i].Number <= 5 * small[i].Number, $"Quote {i}: numbers cost {large[i].Number} bytes at 4x the length, {small[i].Number} at 1x");
            Assert.True(large[i].Date <= 5 * small[i].Date, $"Quote {i}: dates cost {large[i].Date} bytes at 4x the length, {small[i].Date} at 1x");
        }

        static string[] Quotes(int pieceCount)
        {
            string[] pieces = { "1,", "000", " ", "twenty-", "and a ", "26 ", "July ", "2024-", "07.", "a ", "half ", "- ", "\u2212" };
            var random = new Random(20241107);
            string noise = string.Concat(Enumerable.Range(0, pieceCount).Select(_ => pieces[random.Next(pieces.Length)]));
            string groups = "1" + string.Concat(Enumerable.Repeat(",000", pieceCount));
            string words = string.Concat(Enumerable.Repeat("one hundred and ", pieceCount / 2));
            return new[] { noise, groups, words };
        }

        static (long Integer, long Number, long Date) Work(string quote)
        {
            long start = GC.GetAllocatedBytesForCurrentThread();
            ValueMentions.IsIntegerStated(123456789, quote);
            long integer = GC.GetAllocatedBytesForCurrentThread();
            ValueMentions.IsNumberStated(0.123, quote, isPercent: true);
            long number = GC.GetAllocatedBytesForCurrentThread();
            ValueMentions.IsDateStated(2024, 7, 27, quote);
            long date = GC.GetAllocatedBytesForCurrentThread();
            ValueMentions.IsTextStated("twenty- twenty- twenty- and a half x", quote);
            return (integer - start, number - integer, date - number);
        }
    }
}
