using System;
using System.ComponentModel;

namespace FactCatalog
{
    /// <summary>
    /// Describes one group of a generated fact catalogue in a compact, machine-readable form. The generator puts one
    /// on the assembly per group, so that the FactCatalog analyzers can check cited ids and catalogued values from
    /// the compilation alone: in the project that holds the catalogue, and in every project that references it.
    /// Generated code only; not meant to be written by hand.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <see cref="Facts"/> holds one line per fact and one per claim, each claim line after its fact's line. Lines
    /// end with <c>\n</c> and their fields are separated by <c>\t</c>; inside a field, <c>\</c>, tab, line feed and
    /// carriage return are written <c>\\</c>, <c>\t</c>, <c>\n</c> and <c>\r</c>. Format version 2 (version 1 was the
    /// same with the enum words in lower case):
    /// </para>
    /// <list type="bullet">
    /// <item><description><c>F</c>, fact id, fact class name, status (<c>Consistent</c>, <c>Resolved</c>,
    /// <c>Disputed</c>, <c>Unsupported</c>), value type (<c>Count</c>, <c>Integer</c>, <c>Number</c>, <c>Percent</c>,
    /// <c>Date</c>, <c>Year</c>, <c>Text</c>, <c>Boolean</c>), and the id of the claim that answers <c>Value</c> (empty
    /// when the fact has no value).</description></item>
    /// <item><description><c>C</c>, claim id, member name (empty when the claim has no member), rank
    /// (<c>Normal</c>, <c>Preferred</c>, <c>Deprecated</c>), value in canonical invariant text (empty when the claim
    /// has no member), and the reason of a deprecated claim (empty otherwise).</description></item>
    /// </list>
    /// <para>Names are written as in C# source (a lower-case class name keeps its <c>@</c>).</para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CatalogueManifestAttribute : Attribute
    {
        /// <summary>The format version this runtime describes.</summary>
        public const int CurrentVersion = 2;

        /// <summary>Records one group of a generated catalogue.</summary>
        /// <param name="version">The format version of <paramref name="facts"/>.</param>
        /// <param name="catalogue">The catalogue class, fully qualified as in C# source, such as <c>global::Demo.Facts</c>.</param>
        /// <param name="group">The group class inside the catalogue class, such as <c>Deployment</c>.</param>
        /// <param name="facts">The facts of the group and their claims, in the format described in the remarks.</param>
        public CatalogueManifestAttribute(int version, string catalogue, string group, string facts)
        {
            Version = version;
            Catalogue = catalogue;
            Group = group;
            Facts = facts;
        }

        /// <summary>The format version of <see cref="Facts"/>.</summary>
        public int Version { get; }

        /// <summary>The catalogue class, fully qualified as in C# source, such as <c>global::Demo.Facts</c>.</summary>
        public string Catalogue { get; }

        /// <summary>The group class inside the catalogue class, such as <c>Deployment</c>.</summary>
        public string Group { get; }

        /// <summary>The facts of the group and their claims; see the remarks of <see cref="CatalogueManifestAttribute"/>.</summary>
        public string Facts { get; }
    }
}
