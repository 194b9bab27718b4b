namespace FactCatalog
{
    /// <summary>The type of a fact's value, as declared by <c>type:</c> in the catalogue.</summary>
    public enum FactValueType
    {
        /// <summary>A non-negative whole number of things, held as <see cref="int"/>.</summary>
        Count,

        /// <summary>A whole number, held as <see cref="long"/>.</summary>
        Integer,

        /// <summary>A real number, held as <see cref="double"/>.</summary>
        Number,

        /// <summary>A percentage, held as <see cref="double"/>: 50 means 50 %.</summary>
        Percent,

        /// <summary>A calendar date, possibly partial (year or month only), held as <see cref="FactDate"/>.</summary>
        Date,

        /// <summary>A calendar year, held as <see cref="int"/>.</summary>
        Year,

        /// <summary>A piece of text, held as <see cref="string"/>.</summary>
        Text,

        /// <summary>A yes/no answer, held as <see cref="bool"/>.</summary>
        Boolean,
    }
}
