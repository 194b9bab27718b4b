namespace FactCatalog
{
    /// <summary>How much of a <see cref="FactDate"/> is known.</summary>
    public enum DatePrecision
    {
        /// <summary>Only the year is known, as in <c>2024</c>.</summary>
        Year,

        /// <summary>The year and month are known, as in <c>2024-06</c>.</summary>
        Month,

        /// <summary>The full date is known, as in <c>2024-06-19</c>.</summary>
        Day,
    }
}
