namespace FactCatalog
{
    /// <summary>How the catalogue ranks a claim among the other claims of its fact.</summary>
    public enum ClaimRank
    {
        /// <summary>An ordinary claim: it counts when deciding whether the claims agree.</summary>
        Normal,

        /// <summary>The claim the catalogue prefers when the claims of its fact disagree.</summary>
        Preferred,

        /// <summary>A claim kept for the record but known to be wrong or outdated; <see cref="Claim.Reason"/> says why.</summary>
        Deprecated,
    }
}
