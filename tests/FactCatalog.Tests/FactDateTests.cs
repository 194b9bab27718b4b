using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class FactDateTests
    {
        [Theory]
        [InlineData("2024", 2024, null, null, DatePrecision.Year)]
        [InlineData("2024-06", 2024, 6, null, DatePrecision.Month)]
        [InlineData("2024-06-19", 2024, 6, 19, DatePrecision.Day)]
        [InlineData("0001", 1, null, null, DatePrecision.Year)]
        [InlineData("9999-12-31", 9999, 12, 31, DatePrecision.Day)]
        [InlineData("2024-02-29", 2024, 2, 29, DatePrecision.Day)]
        public void Parse_reads_each_shape_and_writes_it_back(string text, int year, int? month, int? day, DatePrecision precision)
        {
            FactDate date = FactDate.Parse(text);

            Assert.Equal(year, date.Year);
            Assert.Equal(month, date.Month);
            Assert.Equal(day, date.Day);
            Assert.Equal(precision, date.Precision);
            Assert.Equal(text, date.ToString());
        }

        [Fact]
        public void ToString_pads_the_year_to_four_digits()
        {
            Assert.Equal("0042", new FactDate(42).ToString());
            Assert.Equal("0042-03", new FactDate(42, 3).ToString());
            Assert.Equal("0042-03-04", new FactDate(42, 3, 4).ToString());
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("24")]
        [InlineData("2024-6")]
        [InlineData("2024-06-1")]
        [InlineData("2024-02-30")]
        [InlineData("2023-02-29")]
        [InlineData("2024-13")]
        [InlineData("2024-00")]
        [InlineData("2024-06-00")]
        [InlineData("0000")]
        [InlineData("20245")]
        [InlineData("2024/06")]
        [InlineData("2024-06-19T00")]
        [InlineData(" 2024")]
        [InlineData("+024")]
        [InlineData("２０２４")]
        public void TryParse_rejects_anything_but_the_three_shapes_of_a_real_date(string? text)
        {
            Assert.False(FactDate.TryParse(text, out FactDate date));
            Assert.Equal(default, date);
        }

        [Fact]
        public void Parse_throws_a_format_exception_naming_the_text()
        {
            var exception = Assert.Throws<FormatException>(() => FactDate.Parse("2024-02-30"));

            Assert.Equal(
                "'2024-02-30' is not a date: expected yyyy, yyyy-MM or yyyy-MM-dd (as in 2024, 2024-06 or 2024-06-19) naming a real calendar date.",
                exception.Message);
        }

        [Fact]
        public void Parse_rejects_null()
        {
            Assert.Throws<ArgumentNullException>(() => FactDate.Parse(null!));
        }

        [Theory]
        [InlineData(0, 1, 1, "year")]
        [InlineData(10000, 1, 1, "year")]
        [InlineData(2024, 0, 1, "month")]
        [InlineData(2024, 13, 1, "month")]
        [InlineData(2024, 2, 30, "day")]
        [InlineData(2023, 2, 29, "day")]
        [InlineData(2024, 4, 31, "day")]
        [InlineData(2024, 1, 0, "day")]
        public void Constructor_rejects_dates_not_in_the_calendar(int year, int month, int day, string parameter)
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new FactDate(year, month, day));

            Assert.Equal(parameter, exception.ParamName);
        }

        [Fact]
        public void Constructors_with_fewer_parts_check_their_ranges()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new FactDate(0));
            Assert.Throws<ArgumentOutOfRangeException>(() => new FactDate(2024, 13));
        }

        [Fact]
        public void Day_error_names_the_month_that_lacks_the_day()
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new FactDate(2024, 2, 30));

            Assert.StartsWith("2024-02 has no day 30.", exception.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Default_is_the_year_one()
        {
            Assert.Equal(new FactDate(1), default);
            Assert.Equal("0001", default(FactDate).ToString());
        }

        [Fact]
        public void Equality_includes_precision()
        {
            Assert.NotEqual(new FactDate(2024, 6), new FactDate(2024, 6, 1));
            Assert.NotEqual(new FactDate(2024), new FactDate(2024, 1));
            Assert.True(new FactDate(2024, 6) != new FactDate(2024, 6, 1));
            Assert.False(new FactDate(2024, 6).Equals((object)new FactDate(2024, 6, 1)));
        }

        [Fact]
        public void Equal_dates_are_equal_by_every_means()
        {
            FactDate left = FactDate.Parse("2024-06-19");
            FactDate right = new(2024, 6, 19);

            Assert.True(left == right);
            Assert.False(left != right);
            Assert.True(left.Equals(right));
            Assert.True(left.Equals((object)right));
            Assert.False(left.Equals("2024-06-19"));
            Assert.Equal(left.GetHashCode(), right.GetHashCode());
            Assert.Equal(0, left.CompareTo(right));
        }

        [Fact]
        public void Hash_codes_differ_across_precision()
        {
            var dates = new[] { new FactDate(2024), new FactDate(2024, 1), new FactDate(2024, 1, 1), new FactDate(2025) };

            Assert.Equal(dates.Length, dates.Select(date => date.GetHashCode()).Distinct().Count());
        }

        [Fact]
        public void Ordering_is_by_year_month_day_with_the_less_precise_first()
        {
            var dates = new List<FactDate>
            {
                FactDate.Parse("2024-06-19"),
                FactDate.Parse("2025"),
                FactDate.Parse("2024-06"),
                FactDate.Parse("2024-01-31"),
                FactDate.Parse("2024"),
                FactDate.Parse("2023-12-31"),
                FactDate.Parse("2024-06-01"),
            };

            dates.Sort();

            Assert.Equal(
                new[] { "2023-12-31", "2024", "2024-01-31", "2024-06", "2024-06-01", "2024-06-19", "2025" },
                dates.Select(date => date.ToString()));
        }

        [Fact]
        public void Comparison_operators_follow_the_ordering()
        {
            FactDate year = new(2024);
            FactDate month = new(2024, 6);
            FactDate day = new(2024, 6, 19);
            FactDate sameDay = FactDate.Parse("2024-06-19");

            Assert.True(year < month);
            Assert.True(month < day);
            Assert.True(day > month);
            Assert.False(day < sameDay);
            Assert.False(day > sameDay);
            Assert.True(day <= sameDay);
            Assert.True(day >= sameDay);
            Assert.True(year <= month);
            Assert.False(year >= month);
            Assert.True(new FactDate(2023, 12, 31) < year);
            Assert.True(new FactDate(2025) > day);
        }
    }
}
