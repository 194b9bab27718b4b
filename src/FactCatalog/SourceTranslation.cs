namespace FactCatalog
{
    /// <summary>Whether the text of a source is a translation, and by whom.</summary>
    public enum SourceTranslation
    {
        /// <summary>The text is in its original language.</summary>
        None,

        /// <summary>The text was translated by a person.</summary>
        Human,

        /// <summary>The text was translated by machine: quotes may carry translation errors.</summary>
        Machine,
    }
}
