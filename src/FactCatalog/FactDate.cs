using System;
using System.Globalization;

namespace FactCatalog
{
    /// <summary>
    /// A calendar date that may be partial: a year (<c>2024</c>), a month (<c>2024-06</c>) or a day
    /// (<c>2024-06-19</c>). The precision is part of the value: <c>2024-06</c> is not <c>2024-06-01</c>.
    /// </summary>
    public readonly struct FactDate : IEquatable<FactDate>, IComparable<FactDate>
    {
        // The year is stored minus one so that default(FactDate) is the valid date 0001, not year 0.
        // Month and day are 0 when unknown, which also sorts a less precise date before a more precise one.
        private readonly short _yearMinusOne;
        private readonly byte _month;
        private readonly byte _day;

        /// <summary>Creates a date of which only the year is known.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
        public FactDate(int year)
        {
            CheckYear(year);
            _yearMinusOne = (short)(year - 1);
            _month = 0;
            _day = 0;
        }

        /// <summary>Creates a date of which the year and month are known.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <param name="month">The month, 1 to 12.</param>
        /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
        public FactDate(int year, int month)
        {
            CheckYear(year);
            CheckMonth(month);
            _yearMinusOne = (short)(year - 1);
            _month = (byte)month;
            _day = 0;
        }

        /// <summary>Creates a full date.</summary>
        /// <param name="year">The year, 1 to 9999.</param>
        /// <param name="month">The month, 1 to 12.</param>
        /// <param name="day">The day, 1 to the number of days in that month of that year.</param>
        /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range, as in 2024-02-30.</exception>
        public FactDate(int year, int month, int day)
        {
            CheckYear(year);
            CheckMonth(month);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(day),
                    day,
                    string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2} has no day {2}.", year, month, day));
            }

            _yearMinusOne = (short)(year - 1);
            _month = (byte)month;
            _day = (byte)day;
        }

        /// <summary>A date from parts already checked (a month or day of 0 is unknown), as <see cref="TryParse"/> reads it.</summary>
        private FactDate(int year, int month, int day, Checked already)
        {
            _yearMinusOne = (short)(year - 1);
            _month = (byte)month;
            _day = (byte)day;
        }

        /// <summary>Marks the constructor that takes parts already checked.</summary>
        private enum Checked
        {
            Already,
        }

        /// <summary>The year, 1 to 9999.</summary>
        public int Year => _yearMinusOne + 1;

        /// <summary>The month, 1 to 12, or <see langword="null"/> when only the year is known.</summary>
        public int? Month => _month == 0 ? null : _month;

        /// <summary>The day of the month, or <see langword="null"/> when only the year or month is known.</summary>
        public int? Day => _day == 0 ? null : _day;

        /// <summary>How much of the date is known: year, month or day.</summary>
        public DatePrecision Precision =>
            _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

        /// <summary>Reads a date written as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
        /// <param name="text">The text, such as <c>2024</c>, <c>2024-06</c> or <c>2024-06-19</c>.</param>
        /// <param name="date">The date read, or <c>default</c> when the text is not a valid date.</param>
        /// <returns><see langword="true"/> when the text is exactly one of the three shapes and a real calendar date.</returns>
        public static bool TryParse(string? text, out FactDate date)
        {
            // One method, digits read in one loop: a catalogue's records hold dates, and a program's first fact is
            // read through here, where under the JIT every helper method first called costs start-up time.
            date = default;
            if (text is null || (text.Length != 4 && text.Length != 7 && text.Length != 10))
            {
                return false;
            }

            int year = 0;
            int month = 0;
            int day = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (i == 4 || i == 7)
                {
                    if (c != '-')
                    {
                        return false;
                    }

                    continue;
                }

                if (c < '0' || c > '9')
                {
                    return false;
                }

                if (i < 4)
                {
                    year = (year * 10) + (c - '0');
                }
                else if (i < 7)
                {
                    month = (month * 10) + (c - '0');
                }
                else
                {
                    day = (day * 10) + (c - '0');
                }
            }

            // Four digits make a year of at most 9999; a month or day, when written, must be on the calendar.
            if (year < 1
                || (text.Length >= 7 && (month < 1 || month > 12))
                || (text.Length == 10 && (day < 1 || day > DateTime.DaysInMonth(year, month))))
            {
                return false;
            }

            date = new FactDate(year, month, day, Checked.Already);
            return true;
        }

        /// <summary>Reads a date written as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
        /// <param name="text">The text, such as <c>2024</c>, <c>2024-06</c> or <c>2024-06-19</c>.</param>
        /// <returns>The date.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
        /// <exception cref="FormatException">The text is not one of the three shapes, or not a real calendar date.</exception>
        public static FactDate Parse(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (!TryParse(text, out FactDate date))
            {
                throw new FormatException(
                    $"'{text}' is not a date: expected yyyy, yyyy-MM or yyyy-MM-dd (as in 2024, 2024-06 or 2024-06-19) naming a real calendar date.");
            }

            return date;
        }

        /// <summary>Writes the date as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, as far as it is known.</summary>
        /// <returns>For example <c>2024</c>, <c>2024-06</c> or <c>2024-06-19</c>.</returns>
        public override string ToString()
        {
            CultureInfo invariant = CultureInfo.InvariantCulture;
            return Precision switch
            {
                DatePrecision.Day => string.Format(invariant, "{0:D4}-{1:D2}-{2:D2}", Year, _month, _day),
                DatePrecision.Month => string.Format(invariant, "{0:D4}-{1:D2}", Year, _month),
                _ => Year.ToString("D4", invariant),
            };
        }

        /// <summary>Whether both dates are the same and known to the same precision.</summary>
        /// <param name="other">The date to compare with.</param>
        /// <returns><see langword="true"/> when year, month, day and precision are all equal.</returns>
        public bool Equals(FactDate other) =>
            _yearMinusOne == other._yearMinusOne && _month == other._month && _day == other._day;

        /// <summary>Whether <paramref name="obj"/> is a <see cref="FactDate"/> equal to this one, precision included.</summary>
        /// <param name="obj">The object to compare with.</param>
        /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal date.</returns>
        public override bool Equals(object? obj) => obj is FactDate other && Equals(other);

        /// <summary>A hash code consistent with <see cref="Equals(FactDate)"/>.</summary>
        /// <returns>The hash code.</returns>
        public override int GetHashCode() => (_yearMinusOne << 9) | (_month << 5) | _day;

        /// <summary>
        /// Orders dates by year, then month, then day; on a tie the less precise date comes first
        /// (<c>2024</c> &lt; <c>2024-01</c> &lt; <c>2024-01-01</c>).
        /// </summary>
        /// <param name="other">The date to compare with.</param>
        /// <returns>Less than zero, zero or more than zero as this date sorts before, with or after <paramref name="other"/>.</returns>
        public int CompareTo(FactDate other)
        {
            int byYear = _yearMinusOne.CompareTo(other._yearMinusOne);
            if (byYear != 0)
            {
                return byYear;
            }

            int byMonth = _month.CompareTo(other._month);
            return byMonth != 0 ? byMonth : _day.CompareTo(other._day);
        }

        /// <summary>Whether two dates are the same and known to the same precision.</summary>
        /// <param name="left">The first date.</param>
        /// <param name="right">The second date.</param>
        /// <returns><see langword="true"/> when the dates are equal.</returns>
        public static bool operator ==(FactDate left, FactDate right) => left.Equals(right);

        /// <summary>Whether two dates differ in value or precision.</summary>
        /// <param name="left">The first date.</param>
        /// <param name="right">The second date.</param>
        /// <returns><see langword="true"/> when the dates are not equal.</returns>
        public static bool operator !=(FactDate left, FactDate right) => !left.Equals(right);

        /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
        /// <param name="left">The first date.</param>
        /// <param name="right">The second date.</param>
        /// <returns><see langword="true"/> when <paramref name="left"/> is earlier, or equally early but less precise.</returns>
        public static bool operator <(FactDate left, FactDate right) => left.CompareTo(right) < 0;

        /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
        /// <param name="left">The first date.</param>
        /// <param name="right">The second date.</param>
        /// <returns><see langword="true"/> when <paramref name="left"/> is later, or equally late but more precise.</returns>
        public static bool operator >(FactDate left, FactDate right) => left.CompareTo(right) > 0;

        /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
        /// <param name="left">The first date.</param>
        /// <param name="right">The second date.</param>
        /// <returns><see langword="true"/> unless <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
        public static bool operator <=(FactDate left, FactDate right) => left.CompareTo(right) <= 0;

        /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
        /// <param name="left">The first date.</param>
        /// <param name="right">The second date.</param>
        /// <returns><see langword="true"/> unless <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
        public static bool operator >=(FactDate left, FactDate right) => left.CompareTo(right) >= 0;

        private static void CheckYear(int year)
        {
            if (year < 1 || year > 9999)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be from 1 to 9999.");
            }
        }

        private static void CheckMonth(int month)
        {
            if (month < 1 || month > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be from 1 to 12.");
            }
        }
    }
}
