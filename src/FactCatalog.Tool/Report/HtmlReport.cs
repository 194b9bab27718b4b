using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Model;

namespace FactCatalog.Tool.Report;

/// <summary>
/// <c>factcatalog report</c>: one self-contained HTML page of the catalogue. A summary table per source; the facts whose
/// claims conflict, their claims side by side; then each source document with every located quote marked (one
/// focusable <c>mark</c> per claim, split into continuation pieces where quotes cross) and every uncovered sentence
/// marked, followed by the list of the claims that quote it.
/// <para>
/// Everything from the input is escaped. Elements get ids from counters (claim n is <c>m-n</c> in the text and
/// <c>c-n</c> in the list), never from catalogue ids, so no input reaches an attribute but escaped text. The page loads
/// nothing: the style and the one small script are inline and allowed by hash in its Content-Security-Policy, which
/// also forbids any other script, so text that got through as markup still could not run. Details on hover and focus
/// come from one delegated listener that copies a claim's list entry into one tooltip, so the page's script does not
/// grow with the catalogue. The output depends only on the input: sources by file, claims in the model's order.
/// </para>
/// </summary>
internal static class HtmlReport
{
    public static string Write(ReportInput input)
    {
        var page = new Page(input);
        return page.Build();
    }

    /// <summary>Escapes text for an element's content or a double-quoted attribute; control characters other than tab and line feed become U+FFFD.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        AppendEscaped(escaped, text, 0, text.Length);
        return escaped.ToString();
    }

    internal static void AppendEscaped(StringBuilder html, string text, int start, int end)
    {
        int run = start;
        for (int i = start; i < end; i++)
        {
            string? replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' => null,
                < ' ' or '\u007F' => "\uFFFD",
                _ => null,
            };
            if (replacement is not null)
            {
                html.Append(text, run, i - run).Append(replacement);
                run = i + 1;
            }
        }
        html.Append(text, run, end - run);
    }

    /// <summary>A claim as the page numbers it: its number (1-based, in model order), fact and claim.</summary>
    private sealed record NumberedClaim(int Number, int FactNumber, ResolvedFact Fact, ResolvedClaim Claim);

    /// <summary>A span of a document to mark: a claim's quote or an uncovered sentence.</summary>
    private sealed record Span(int Start, int End, int Order, NumberedClaim? Claim, UncoveredSentence? Sentence, int SentenceNumber);

    private sealed class Page
    {
        private readonly ReportInput _input;
        private readonly StringBuilder _html = new(1 << 16);
        private readonly List<NumberedClaim> _claims = new();
        private readonly Dictionary<string, int> _sourceNumbers = new(StringComparer.Ordinal);
        private readonly HashSet<int> _located = new();
        private readonly SourceMetadata[] _sources;
        private readonly SentenceKind[] _kinds;
        private readonly ILookup<string, NumberedClaim> _claimsBySource;
        private readonly ILookup<int, NumberedClaim> _claimsByFact;
        private readonly ILookup<string, UncoveredSentence> _uncoveredBySource;
        private readonly Dictionary<UncoveredSentence, int> _uncoveredNumbers = new(ReferenceEqualityComparer.Instance);

        public Page(ReportInput input)
        {
            _input = input;
            _sources = input.Catalogue.Sources.OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
            for (int i = 0; i < _sources.Length; i++)
            {
                _sourceNumbers[_sources[i].Id] = i + 1;
            }

            int factNumber = 0;
            foreach (ResolvedFact fact in input.Catalogue.Groups.SelectMany(g => g.Facts))
            {
                factNumber++;
                foreach (ResolvedClaim claim in fact.Claims)
                {
                    var numbered = new NumberedClaim(_claims.Count + 1, factNumber, fact, claim);
                    _claims.Add(numbered);
                    if (LocatedSpan(numbered) is not null)
                    {
                        _located.Add(numbered.Number);
                    }
                }
            }
            _claimsBySource = _claims.ToLookup(c => c.Claim.SourceId, StringComparer.Ordinal);
            _claimsByFact = _claims.ToLookup(c => c.FactNumber);
            _uncoveredBySource = input.Uncovered.ToLookup(u => u.SourceId, StringComparer.Ordinal);
            foreach (IGrouping<string, UncoveredSentence> source in _uncoveredBySource)
            {
                int number = 0;
                foreach (UncoveredSentence sentence in source)
                {
                    _uncoveredNumbers[sentence] = ++number;
                }
            }
            _kinds = input.Measures.Select(m => m.Kind).Concat(input.Uncovered.Select(u => u.Kind)).Distinct().OrderBy(k => k).ToArray();
        }

        public string Build()
        {
            int facts = _input.Catalogue.Groups.Sum(g => g.Facts.Count);
            _html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .Append(ReportAssets.StyleHash).Append("'; script-src '").Append(ReportAssets.ScriptHash).Append("'\">\n")
                .Append("<meta name=\"generator\" content=\"factcatalog report\">\n")
                .Append("<title>FactCatalog report: ").Append(Count(facts, "fact")).Append(", ").Append(Count(_sources.Length, "source")).Append("</title>\n")
                .Append("<style>").Append(ReportAssets.Style).Append("</style>\n</head>\n<body>\n")
                .Append("<a class=\"skip\" href=\"#summary\">Skip to the summary</a>\n")
                .Append("<a class=\"skip\" href=\"#documents\">Skip to the source documents</a>\n")
                .Append("<header>\n<h1>FactCatalog report</h1>\n<p>")
                .Append(Count(facts, "fact")).Append(", ").Append(Count(_claims.Count, "claim")).Append(" (")
                .Append(_located.Count.ToString(CultureInfo.InvariantCulture)).Append(" located in their sources), ")
                .Append(Count(_sources.Length, "source")).Append("; the catalogue has ")
                .Append(Count(_input.Errors, "error")).Append(" and ").Append(Count(_input.Warnings, "warning")).Append(".</p>\n");
            foreach (SentenceKind kind in _kinds)
            {
                int covered = _input.Measures.Where(m => m.Kind == kind).Sum(m => m.Covered);
                int total = _input.Measures.Where(m => m.Kind == kind).Sum(m => m.Total);
                _html.Append("<p>").Append(covered.ToString(CultureInfo.InvariantCulture)).Append(" of ")
                    .Append(total.ToString(CultureInfo.InvariantCulture)).Append(" sentences of kind “")
                    .Append(Escape(SentenceKinds.Label(kind))).Append("” are quoted by a claim: ").Append(Percent(covered, total)).Append(".</p>\n");
            }
            Legend();
            _html.Append("</header>\n<main id=\"main\">\n");
            Summary();
            Conflicts();
            _html.Append("<div id=\"documents\">\n");
            for (int i = 0; i < _sources.Length; i++)
            {
                Source(i + 1, _sources[i]);
            }
            UnknownSources();
            _html.Append("</div>\n</main>\n")
                .Append("<div id=\"tip\" role=\"tooltip\" hidden></div>\n")
                .Append("<script>").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
            return _html.ToString();
        }

        private void Legend()
        {
            _html.Append("<p class=\"legend\">Key: <mark class=\"q\">quoted by a claim</mark> ")
                .Append("<mark class=\"q dep\">quoted by a deprecated claim</mark> ");
            foreach (SentenceKind kind in _kinds)
            {
                _html.Append("<span class=\"u ").Append(SentenceKinds.CssClass(kind)).Append("\">uncovered sentence (")
                    .Append(Escape(SentenceKinds.Label(kind))).Append(")</span> ");
            }
            _html.Append("<br>Hover over or tab to a quote for its fact and claim; Enter goes to its entry in the list below the document.</p>\n");
        }

        private void Summary()
        {
            _html.Append("<section aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary per source</h2>\n")
                .Append("<div class=\"wide\"><table id=\"summary\">\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Title</th>")
                .Append("<th scope=\"col\">Facts</th><th scope=\"col\">Claims located</th><th scope=\"col\">Quotes not found</th>")
                .Append("<th scope=\"col\">Deprecated claims</th><th scope=\"col\">Conflicting facts</th>");
            foreach (SentenceKind kind in _kinds)
            {
                string label = Escape(SentenceKinds.Label(kind));
                _html.Append("<th scope=\"col\">Sentences (").Append(label).Append(") quoted</th><th scope=\"col\">Uncovered (").Append(label).Append(")</th>");
            }
            _html.Append("</tr></thead>\n<tbody>\n");

            var totals = new int[6];
            foreach (SourceMetadata source in _sources)
            {
                NumberedClaim[] claims = _claimsBySource[source.Id].ToArray();
                int[] row =
                {
                    claims.Select(c => c.FactNumber).Distinct().Count(),
                    claims.Count(c => _located.Contains(c.Number)),
                    claims.Count(c => !_located.Contains(c.Number)),
                    claims.Count(c => c.Claim.Rank == ClaimRank.Deprecated),
                    claims.Where(c => IsConflicting(c.Fact)).Select(c => c.FactNumber).Distinct().Count(),
                };
                _html.Append("<tr><th scope=\"row\"><a href=\"#s-").Append(_sourceNumbers[source.Id].ToString(CultureInfo.InvariantCulture)).Append("\">")
                    .Append(Escape(source.Id)).Append("</a></th><td>").Append(Escape(source.Title ?? source.File)).Append("</td>");
                for (int i = 0; i < row.Length; i++)
                {
                    totals[i] += row[i];
                    _html.Append("<td class=\"n\">").Append(row[i].ToString(CultureInfo.InvariantCulture)).Append("</td>");
                }
                foreach (SentenceKind kind in _kinds)
                {
                    SentenceMeasure? measure = _input.Measures.FirstOrDefault(m => m.Kind == kind && m.SourceId == source.Id);
                    int uncovered = _uncoveredBySource[source.Id].Count(u => u.Kind == kind);
                    _html.Append("<td class=\"n\">").Append(measure is null ? "–" : Fraction(measure.Covered, measure.Total)).Append("</td>")
                        .Append("<td class=\"n\">").Append(uncovered.ToString(CultureInfo.InvariantCulture)).Append("</td>");
                }
                _html.Append("</tr>\n");
            }

            // Facts count once in all, though a fact may quote several sources.
            totals[0] = _claims.Select(c => c.FactNumber).Distinct().Count();
            totals[4] = _claims.Where(c => IsConflicting(c.Fact)).Select(c => c.FactNumber).Distinct().Count();
            _html.Append("</tbody>\n<tfoot><tr><th scope=\"row\">All</th><td></td>");
            for (int i = 0; i < 5; i++)
            {
                _html.Append("<td class=\"n\">").Append(totals[i].ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }
            foreach (SentenceKind kind in _kinds)
            {
                int covered = _input.Measures.Where(m => m.Kind == kind).Sum(m => m.Covered);
                int total = _input.Measures.Where(m => m.Kind == kind).Sum(m => m.Total);
                _html.Append("<td class=\"n\">").Append(Fraction(covered, total)).Append("</td><td class=\"n\">")
                    .Append(_input.Uncovered.Count(u => u.Kind == kind).ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }
            _html.Append("</tr></tfoot>\n</table></div>\n</section>\n");
        }

        /// <summary>Facts whose claims disagree (disputed, or resolved by a preferred claim) or that keep a deprecated claim: every claim side by side.</summary>
        private void Conflicts()
        {
            NumberedClaim[][] conflicting = _claimsByFact.Where(f => IsConflicting(f.First().Fact)).Select(f => f.ToArray()).ToArray();
            _html.Append("<section aria-labelledby=\"conflicts-h\">\n<h2 id=\"conflicts-h\">Conflicting claims</h2>\n");
            if (conflicting.Length == 0)
            {
                _html.Append("<p>No fact has claims that disagree or a deprecated claim.</p>\n</section>\n");
                return;
            }

            _html.Append("<p>").Append(Count(conflicting.Length, "fact"))
                .Append(" whose claims disagree (disputed, or resolved by a preferred claim) or that keep a deprecated claim; each fact's claims side by side, each linked to its quote.</p>\n");
            foreach (NumberedClaim[] claims in conflicting)
            {
                ResolvedFact fact = claims[0].Fact;
                string id = "f-" + claims[0].FactNumber.ToString(CultureInfo.InvariantCulture);
                _html.Append("<div class=\"conflict\" role=\"group\" aria-labelledby=\"").Append(id).Append("\">\n<h3 id=\"").Append(id).Append("\">")
                    .Append(Escape(fact.Statement)).Append(" <span class=\"id\">").Append(Escape(fact.Id)).Append("</span> ")
                    .Append(StatusBadge(fact.Status)).Append("</h3>\n<ul class=\"side\">\n");
                foreach (NumberedClaim claim in claims)
                {
                    _html.Append("<li class=\"card").Append(claim.Claim.Rank == ClaimRank.Deprecated ? " dep" : string.Empty).Append("\">");
                    Value(claim);
                    _html.Append(", claimed by ").Append(Escape(claim.Claim.Claimant)).Append(", ");
                    if (_located.Contains(claim.Number))
                    {
                        _html.Append("<a href=\"#m-").Append(claim.Number.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Escape(claim.Claim.SourceId))
                            .Append(" line ").Append(claim.Claim.Citation!.Line.ToString(CultureInfo.InvariantCulture)).Append("</a>");
                    }
                    else
                    {
                        _html.Append(Escape(claim.Claim.SourceId)).Append(" (quote not found)");
                    }
                    Rank(claim.Claim);
                    _html.Append("</li>\n");
                }
                _html.Append("</ul>\n</div>\n");
            }
            _html.Append("</section>\n");
        }

        private void Source(int number, SourceMetadata source)
        {
            string s = "s-" + number.ToString(CultureInfo.InvariantCulture);
            _html.Append("<section class=\"source\" id=\"").Append(s).Append("\" aria-labelledby=\"").Append(s).Append("-h\">\n<h2 id=\"").Append(s).Append("-h\">")
                .Append(Escape(source.Title ?? source.Id)).Append("</h2>\n<p class=\"meta\">Source <span class=\"id\">").Append(Escape(source.Id))
                .Append("</span>, document <span class=\"id\">").Append(Escape(source.File)).Append("</span>");
            AppendMeta("published by", source.Publisher ?? source.ContainerTitle);
            AppendMeta("issued", source.Issued);
            AppendMeta("by", source.Authors.Count == 0 ? null : string.Join(", ", source.Authors));
            _html.Append(".</p>\n");

            NumberedClaim[] claims = _claimsBySource[source.Id].ToArray();
            _input.Documents.TryGetValue(source.Id, out string? text);
            if (text is null)
            {
                _html.Append("<p class=\"missing\">The document is missing, so no quote is marked.</p>\n");
            }
            else
            {
                _html.Append("<h3 class=\"sr\">Text</h3>\n<div class=\"doc\">");
                Document(text, claims, _uncoveredBySource[source.Id], s);
                _html.Append("</div>\n");
            }

            _html.Append("<h3>Claims quoting this source</h3>\n");
            if (claims.Length == 0)
            {
                _html.Append("<p>None.</p>\n");
            }
            else
            {
                _html.Append("<ol class=\"claims\">\n");
                foreach (NumberedClaim claim in claims)
                {
                    ClaimEntry(claim);
                }
                _html.Append("</ol>\n");
            }

            UncoveredList(source, s);
            _html.Append("</section>\n");
        }

        /// <summary>Claims that name a source the catalogue does not have (an error the build reports): listed, so no claim is missing from the page.</summary>
        private void UnknownSources()
        {
            NumberedClaim[] orphans = _claims.Where(c => !_sourceNumbers.ContainsKey(c.Claim.SourceId)).ToArray();
            if (orphans.Length == 0)
            {
                return;
            }
            _html.Append("<section aria-labelledby=\"unknown-h\">\n<h2 id=\"unknown-h\">Claims of unknown sources</h2>\n<ol class=\"claims\">\n");
            foreach (NumberedClaim claim in orphans)
            {
                ClaimEntry(claim);
            }
            _html.Append("</ol>\n</section>\n");
        }

        private void AppendMeta(string label, string? value)
        {
            if (value is not null)
            {
                _html.Append(", ").Append(label).Append(' ').Append(Escape(value));
            }
        }

        /// <summary>The claim's list entry: what the tooltip shows and what a mark's aria-describedby reads.</summary>
        private void ClaimEntry(NumberedClaim claim)
        {
            string n = claim.Number.ToString(CultureInfo.InvariantCulture);
            _html.Append("<li id=\"c-").Append(n).Append('"').Append(claim.Claim.Rank == ClaimRank.Deprecated ? " class=\"dep\"" : string.Empty).Append('>');
            if (_located.Contains(claim.Number))
            {
                _html.Append("<a href=\"#m-").Append(n).Append("\">line ").Append(claim.Claim.Citation!.Line.ToString(CultureInfo.InvariantCulture)).Append("</a> ");
            }
            else
            {
                _html.Append("<span class=\"missing\">quote not found:</span> <q>").Append(Escape(claim.Claim.Citation?.Quote ?? string.Empty)).Append("</q> ");
            }
            // Plain text but for the link: a large catalogue has one entry per claim, and elements cost more than text to load.
            _html.Append(Escape(claim.Fact.Statement)).Append(" (").Append(Escape(claim.Fact.Id)).Append(" / ")
                .Append(Escape(claim.Claim.Id)).Append("): ");
            Value(claim);
            _html.Append(", claimed by ").Append(Escape(claim.Claim.Claimant)).Append("; fact ").Append(EnumWords.Of(claim.Fact.Status).ToLowerInvariant());
            Rank(claim.Claim);
            _html.Append("</li>\n");
        }

        private void Value(NumberedClaim claim)
        {
            ResolvedClaim c = claim.Claim;
            string bound = c.Bound switch
            {
                ClaimBound.About => "about ",
                ClaimBound.AtLeast => "at least ",
                ClaimBound.AtMost => "at most ",
                ClaimBound.MoreThan => "more than ",
                _ => string.Empty,
            };
            string value = bound + c.Value.Text + (c.Unit is null ? string.Empty : " " + c.Unit);
            bool deprecated = c.Rank == ClaimRank.Deprecated;
            _html.Append(deprecated ? "<del>" + Escape(value) + "</del>" : Escape(value));
            if (c.AsOf is not null)
            {
                _html.Append(" as of ").Append(Escape(c.AsOf));
            }
        }

        private void Rank(ResolvedClaim claim)
        {
            if (claim.Rank == ClaimRank.Deprecated)
            {
                _html.Append("; <span class=\"rank\">deprecated").Append(claim.Reason is null ? string.Empty : ": " + Escape(claim.Reason)).Append("</span>");
            }
            else if (claim.Rank == ClaimRank.Preferred)
            {
                _html.Append("; <span class=\"rank\">preferred</span>");
            }
        }

        private void UncoveredList(SourceMetadata source, string s)
        {
            foreach (SentenceKind kind in _kinds)
            {
                UncoveredSentence[] sentences = _uncoveredBySource[source.Id].Where(u => u.Kind == kind).ToArray();
                if (sentences.Length == 0)
                {
                    continue;
                }
                _html.Append("<h3>Uncovered sentences (").Append(Escape(SentenceKinds.Label(kind))).Append(")</h3>\n<ul class=\"uncovered\">\n");
                foreach (UncoveredSentence sentence in sentences)
                {
                    _html.Append("<li><a href=\"#").Append(s).Append("-u-").Append(_uncoveredNumbers[sentence].ToString(CultureInfo.InvariantCulture)).Append("\">line ")
                        .Append(sentence.Sentence.Line.ToString(CultureInfo.InvariantCulture)).Append("</a>");
                    if (sentence.Why is not null)
                    {
                        _html.Append(" [").Append(Escape(sentence.Why)).Append(']');
                    }
                    _html.Append(": ").Append(Escape(sentence.Sentence.Text)).Append("</li>\n");
                }
                _html.Append("</ul>\n");
            }
        }

        /// <summary>
        /// The document's text with its spans marked. Spans open in order of start (the longer first, so it encloses the
        /// shorter); where a span ends inside one opened after it, the inner ones close, it closes, and they reopen as
        /// continuation pieces, so the markup always nests and every character keeps every span it is in.
        /// </summary>
        private void Document(string text, NumberedClaim[] claims, IEnumerable<UncoveredSentence> uncovered, string s)
        {
            var spans = new List<Span>();
            foreach (NumberedClaim claim in claims)
            {
                if (LocatedSpan(claim) is (int start, int end))
                {
                    spans.Add(new Span(start, end, spans.Count, claim, null, 0));
                }
            }
            foreach (UncoveredSentence u in uncovered)
            {
                int start = Math.Clamp(u.Sentence.Offset, 0, text.Length);
                spans.Add(new Span(start, Math.Clamp(u.Sentence.Offset + u.Sentence.Length, start, text.Length), spans.Count, null, u, _uncoveredNumbers[u]));
            }

            Span[] byStart = spans.OrderBy(x => x.Start).ThenByDescending(x => x.End).ThenBy(x => x.Order).ToArray();
            int[] boundaries = spans.SelectMany(x => new[] { x.Start, x.End }).Append(text.Length).Distinct().OrderBy(b => b).ToArray();
            var open = new List<Span>();
            int next = 0, position = 0;
            foreach (int boundary in boundaries)
            {
                AppendEscaped(_html, text, position, boundary);
                position = boundary;

                int first = open.FindIndex(x => x.End <= boundary);
                if (first >= 0)
                {
                    for (int i = open.Count - 1; i >= first; i--)
                    {
                        _html.Append(open[i].Claim is null ? "</span>" : "</mark>");
                    }
                    Span[] reopen = open.Skip(first).Where(x => x.End > boundary).OrderByDescending(x => x.End).ToArray();
                    open.RemoveRange(first, open.Count - first);
                    foreach (Span x in reopen)
                    {
                        Open(x, continuation: true, s);
                        open.Add(x);
                    }
                }

                while (next < byStart.Length && byStart[next].Start == boundary)
                {
                    Span x = byStart[next++];
                    Open(x, continuation: false, s);
                    if (x.End == boundary)
                    {
                        // An empty span: marked where it is, holding no text.
                        _html.Append(x.Claim is null ? "</span>" : "</mark>");
                    }
                    else
                    {
                        open.Add(x);
                    }
                }
            }
        }

        private void Open(Span span, bool continuation, string s)
        {
            if (span.Claim is NumberedClaim claim)
            {
                string n = claim.Number.ToString(CultureInfo.InvariantCulture);
                string dep = claim.Claim.Rank == ClaimRank.Deprecated ? " dep" : string.Empty;
                _html.Append(continuation
                    ? $"<mark class=\"q cont{dep}\" data-c=\"{n}\">"
                    : $"<mark class=\"q{dep}\" id=\"m-{n}\" data-c=\"{n}\" tabindex=\"0\" aria-describedby=\"c-{n}\">");
                return;
            }

            UncoveredSentence sentence = span.Sentence!;
            string css = SentenceKinds.CssClass(sentence.Kind);
            if (continuation)
            {
                _html.Append("<span class=\"u cont ").Append(css).Append("\">");
                return;
            }
            _html.Append("<span class=\"u ").Append(css).Append("\" id=\"").Append(s).Append("-u-").Append(span.SentenceNumber.ToString(CultureInfo.InvariantCulture))
                .Append("\"><span class=\"sr\">[uncovered sentence, ").Append(Escape(SentenceKinds.Label(sentence.Kind))).Append("] </span>");
        }

        /// <summary>The claim's quote as a span of its document, or null when it has no citation or the citation does not fit the document.</summary>
        private (int Start, int End)? LocatedSpan(NumberedClaim claim)
        {
            if (claim.Claim.Citation is not ResolvedCitation citation
                || !_input.Documents.TryGetValue(citation.SourceId, out string? text)
                || text is null
                || citation.SourceId != claim.Claim.SourceId
                || citation.Offset < 0 || citation.Length < 0 || citation.Offset + citation.Length > text.Length)
            {
                return null;
            }
            return (citation.Offset, citation.Offset + citation.Length);
        }
    }

    private static bool IsConflicting(ResolvedFact fact) =>
        fact.Status is FactStatus.Disputed or FactStatus.Resolved || fact.Claims.Any(c => c.Rank == ClaimRank.Deprecated);

    private static string StatusBadge(FactStatus status)
    {
        string word = EnumWords.Of(status);
        return $"<span class=\"st st-{word}\">{word}</span>";
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Fraction(int covered, int total) =>
        covered.ToString(CultureInfo.InvariantCulture) + " of " + total.ToString(CultureInfo.InvariantCulture) + " (" + Percent(covered, total) + ")";

    private static string Percent(int covered, int total) =>
        (total == 0 ? 100.0 : 100.0 * covered / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
