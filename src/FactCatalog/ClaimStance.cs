namespace FactCatalog
{
    /// <summary>How a claimant stands toward its claim's value.</summary>
    public enum ClaimStance
    {
        /// <summary>The claimant says the value is so. The default.</summary>
        Asserts,

        /// <summary>The claimant denies what others say; the value is the claimant's answer (for a yes/no fact, <see langword="false"/>).</summary>
        Denies,

        /// <summary>The claimant declines to confirm or deny; the value is the answer it was asked about, and the claim never counts toward the fact's status.</summary>
        Declines,
    }
}
