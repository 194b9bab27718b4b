using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>The doc-comment text of claims and facts: what a tooltip shows about who said what, where.</summary>
public sealed class CitationText
{
    private readonly Dictionary<string, SourceMetadata> _sources;

    /// <summary>Uses <paramref name="sources"/> to name the source of each claim.</summary>
    public CitationText(IEnumerable<SourceMetadata> sources) =>
        _sources = sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());

    /// <summary>
    /// "about 10,000 troops, claimed by the Pentagon", escaped; a denial reads "false, denied by ...", and a claimant who
    /// declines to confirm or deny reads "true, neither confirmed nor denied by ...".
    /// </summary>
    public static string ValueAndClaimant(ResolvedFact fact, ResolvedClaim claim) =>
        DocComment.Text(ValueCode.Describe(fact.Type, claim.Value, claim.Bound, claim.Unit)) + StanceWords(claim.Stance) + DocComment.Text(claim.Claimant);

    private static string StanceWords(ClaimStance stance) => stance switch
    {
        ClaimStance.Denies => ", denied by ",
        ClaimStance.Declines => ", neither confirmed nor denied by ",
        _ => ", claimed by ",
    };

    /// <summary>
    /// The fact's statement leading into what a member says about it, escaped: "North Korean troops sent to Russia: ".
    /// A statement that asks or exclaims keeps its mark; a full stop gives way to the colon.
    /// </summary>
    public static string Lead(ResolvedFact fact)
    {
        string statement = DocComment.Text(fact.Statement);
        if (statement.Length == 0)
        {
            return string.Empty;
        }
        if (statement.EndsWith(".", System.StringComparison.Ordinal))
        {
            return statement.Substring(0, statement.Length - 1) + ": ";
        }
        return statement.EndsWith("?", System.StringComparison.Ordinal) || statement.EndsWith("!", System.StringComparison.Ordinal)
            || statement.EndsWith(":", System.StringComparison.Ordinal) ? statement + " " : statement + ": ";
    }

    /// <summary>"Deprecated: why.", escaped, for the summary of a deprecated claim's member.</summary>
    public static string Deprecation(ResolvedClaim claim) => "Deprecated: " + DocComment.Text(Sentence(claim.Reason ?? "no reason given"));

    /// <summary>The quote as the source writes it, in typographic quotes and escaped; a note when it was not found.</summary>
    public static string Quote(ResolvedClaim claim) =>
        claim.Citation is { } citation ? DocComment.Quote(citation.Quote) : DocComment.Text("(quote not found in its source, so the claim does not count)");

    /// <summary>
    /// The short citation, escaped: outlet (container title, else publisher, else title, else id), date of
    /// issue, and <c>file:line</c> of the quote (the file alone when the quote was not found); or why there is none.
    /// </summary>
    public string Short(ResolvedClaim claim)
    {
        if (!_sources.TryGetValue(claim.SourceId, out SourceMetadata? source))
        {
            return DocComment.Text($"Unknown source '{claim.SourceId}'");
        }
        var parts = new List<string> { source.ContainerTitle ?? source.Publisher ?? source.Title ?? source.Id };
        if (source.Issued is not null)
        {
            parts.Add(source.Issued);
        }
        parts.Add(claim.Citation is { } citation ? source.File + ":" + citation.Line.ToString(CultureInfo.InvariantCulture) : source.File);
        return DocComment.Text(string.Join(", ", parts));
    }

    /// <summary>
    /// Everything about a claim beyond its value, citation and deprecation (id, date, preference, derivation, note),
    /// escaped. A deprecation and a quote not found are said in the summary, once.
    /// </summary>
    public static string Details(ResolvedFact fact, ResolvedClaim claim)
    {
        // The fact id is on the class and its Id: the claim id is what this member adds.
        var parts = new List<string> { "Claim " + DocComment.Code(claim.Id) + "." };
        if (claim.AsOf is not null)
        {
            parts.Add("As of " + DocComment.Text(claim.AsOf) + ".");
        }
        if (claim.Rank == ClaimRank.Preferred)
        {
            parts.Add("Preferred by the catalogue.");
        }
        if (claim.Derived)
        {
            parts.Add("Derived: the quote does not state the value in so many words.");
        }
        if (claim.Note is not null)
        {
            parts.Add("Note: " + DocComment.Text(claim.Note));
        }
        if (claim.CuratorNote is not null)
        {
            // The curator's own reading, kept apart from the claimant's words.
            parts.Add("Curator's note: " + DocComment.Text(claim.CuratorNote));
        }
        return string.Join(" ", parts);
    }

    /// <summary>The text with a full stop, unless it already ends a sentence.</summary>
    public static string Sentence(string text)
    {
        string trimmed = text.TrimEnd();
        return trimmed.EndsWith(".", System.StringComparison.Ordinal) || trimmed.EndsWith("!", System.StringComparison.Ordinal)
            || trimmed.EndsWith("?", System.StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
