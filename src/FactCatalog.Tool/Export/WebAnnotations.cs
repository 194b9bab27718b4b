using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Model;

namespace FactCatalog.Tool.Export;

/// <summary>
/// <c>export --format web-annotation</c>: every claim whose quote was found in its source as a W3C Web Annotation
/// (Web Annotation Data Model, W3C Recommendation 2017), gathered in one <c>AnnotationCollection</c> with one embedded
/// <c>AnnotationPage</c>. The target is the source document (<c>urn:factcatalog:source:&lt;id&gt;</c>, plain text,
/// line endings normalised to LF) with a <c>TextQuoteSelector</c> (exact, prefix, suffix as the source writes them) and a
/// <c>TextPositionSelector</c> (start and end in Unicode code points); the bodies describe the claim and tag its fact.
/// </summary>
internal static class WebAnnotations
{
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    public static string SourceIri(string sourceId) => "urn:factcatalog:source:" + sourceId;

    public static string ClaimIri(string factId, string claimId) => $"urn:factcatalog:claim:{factId}:{claimId}";

    public static string Write(CatalogueInput input, CatalogueResult result)
    {
        Dictionary<string, SourceMetadata> sources = result.Model.Sources.ToDictionary(s => s.Id, s => s, System.StringComparer.Ordinal);
        var texts = new Dictionary<string, string?>(System.StringComparer.Ordinal);
        var annotated = new List<(ResolvedFact Fact, ResolvedClaim Claim, ResolvedCitation Citation, SourceMetadata Source, string Text)>();
        foreach (ResolvedFact fact in result.Model.Groups.SelectMany(g => g.Facts))
        {
            foreach (ResolvedClaim claim in fact.Claims)
            {
                if (claim.Citation is not ResolvedCitation citation || !sources.TryGetValue(citation.SourceId, out SourceMetadata? source))
                {
                    continue;
                }
                if (!texts.TryGetValue(source.Id, out string? text))
                {
                    text = input.DocumentText(source.File);
                    texts[source.Id] = text;
                }
                if (text is not null)
                {
                    annotated.Add((fact, claim, citation, source, text));
                }
            }
        }

        return JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteString("id", "urn:factcatalog:annotations");
            json.WriteString("type", "AnnotationCollection");
            json.WriteString("label", "Claims of the FactCatalog catalogue, each on the passage it quotes");
            json.WriteNumber("total", annotated.Count);
            json.WriteStartObject("first");
            json.WriteString("id", "urn:factcatalog:annotations:page:0");
            json.WriteString("type", "AnnotationPage");
            json.WriteNumber("startIndex", 0);
            json.WriteStartArray("items");
            foreach (var (fact, claim, citation, source, text) in annotated)
            {
                WriteAnnotation(json, fact, claim, citation, source, text);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteAnnotation(Utf8JsonWriter json, ResolvedFact fact, ResolvedClaim claim, ResolvedCitation citation, SourceMetadata source, string text)
    {
        TextSelectors selectors = TextSelectors.For(text, citation.Offset, citation.Length);
        json.WriteStartObject();
        json.WriteString("id", ClaimIri(fact.Id, claim.Id));
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", "describing");

        json.WriteStartArray("body");
        json.WriteStartObject();
        json.WriteString("type", "TextualBody");
        json.WriteString("purpose", "describing");
        json.WriteString("format", "text/plain");
        json.WriteString("value", Describe(fact, claim));
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "TextualBody");
        json.WriteString("purpose", "tagging");
        json.WriteString("value", fact.Id);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("target");
        json.WriteString("type", "SpecificResource");
        json.WriteStartObject("source");
        json.WriteString("id", SourceIri(source.Id));
        json.WriteString("type", "Text");
        json.WriteString("format", "text/plain");
        json.OptionalString("language", source.Language);
        json.OptionalString("title", source.Title);
        json.WriteEndObject();
        json.WriteStartArray("selector");
        json.WriteStartObject();
        json.WriteString("type", "TextQuoteSelector");
        json.WriteString("exact", selectors.Exact);
        json.WriteString("prefix", selectors.Prefix);
        json.WriteString("suffix", selectors.Suffix);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "TextPositionSelector");
        json.WriteNumber("start", selectors.Start);
        json.WriteNumber("end", selectors.End);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteEndObject();
    }

    /// <summary>"Statement Claim: bound value unit, claimed by claimant (fact id: status, rank and reason)".</summary>
    private static string Describe(ResolvedFact fact, ResolvedClaim claim)
    {
        string bound = claim.Bound switch
        {
            ClaimBound.About => "about ",
            ClaimBound.AtLeast => "at least ",
            ClaimBound.AtMost => "at most ",
            ClaimBound.MoreThan => "more than ",
            _ => string.Empty,
        };
        string unit = claim.Unit is null ? string.Empty : " " + claim.Unit;
        string rank = claim.Rank == ClaimRank.Normal ? string.Empty : ", claim " + EnumWords.Of(claim.Rank) + (claim.Reason is null ? string.Empty : ": " + claim.Reason);
        return $"{fact.Statement} Claim: {bound}{claim.Value.Text}{unit}, claimed by {claim.Claimant} (fact {fact.Id}: {EnumWords.Of(fact.Status)}{rank})";
    }
}
