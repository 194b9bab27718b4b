using System;

namespace FactCatalog
{
    /// <summary>
    /// Records that the code it is applied to relies on a catalogued fact, or on one claim of it.
    /// Write <c>[Cites("fact-id")]</c> to cite a fact, or <c>[Cites("fact-id#claim-id")]</c> to cite one claim,
    /// as in <c>[Cites("north-korean-troops-in-russia#pentagon")]</c>. Apply it as often as needed.
    /// </summary>
    /// <remarks>
    /// The FactCatalog analyzers check every cited id: they warn when it names no fact or claim, when it cites a
    /// disputed fact without naming a claim, and when it cites a deprecated claim or an unsupported fact.
    /// </remarks>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    public sealed class CitesAttribute : Attribute
    {
        /// <summary>Cites a fact (<c>fact-id</c>) or one of its claims (<c>fact-id#claim-id</c>).</summary>
        /// <param name="id">The fact id, optionally followed by <c>#</c> and a claim id, such as <c>north-korean-troops-in-russia#pentagon</c>.</param>
        public CitesAttribute(string id)
        {
            Id = id;
        }

        /// <summary>The cited fact id, optionally followed by <c>#</c> and a claim id, such as <c>north-korean-troops-in-russia#pentagon</c>.</summary>
        public string Id { get; }
    }
}
