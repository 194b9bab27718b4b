namespace FactCatalog
{
    /// <summary>How a claimed value relates to the true value, as the source words it.</summary>
    public enum ClaimBound
    {
        /// <summary>The value is stated as exact.</summary>
        Exact,

        /// <summary>The value is approximate ("about", "some", "roughly").</summary>
        About,

        /// <summary>The true value is the claimed value or more ("at least").</summary>
        AtLeast,

        /// <summary>The true value is the claimed value or less ("at most", "up to").</summary>
        AtMost,

        /// <summary>The true value is above the claimed value ("more than", "over").</summary>
        MoreThan,
    }
}
