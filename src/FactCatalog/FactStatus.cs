namespace FactCatalog
{
    /// <summary>How far the claims of a fact agree, and so whether the fact has a value.</summary>
    public enum FactStatus
    {
        /// <summary>All non-deprecated claims with a verified quote agree: the fact has a value.</summary>
        Consistent,

        /// <summary>The claims disagree and the catalogue's <c>preferred</c> picks one: the fact has that claim's value.</summary>
        Resolved,

        /// <summary>The claims disagree and none is preferred: the fact has no value; choose one of its claims.</summary>
        Disputed,

        /// <summary>No non-deprecated claim has a verified quote: the fact has no value.</summary>
        Unsupported,
    }
}
