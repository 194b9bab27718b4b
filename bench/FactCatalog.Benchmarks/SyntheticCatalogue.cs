using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactCatalog.Benchmarks;

/// <summary>
/// A deterministic, realistic catalogue of any size. Source documents read like local news articles (headline,
/// outlet, date, byline, paragraphs of prose); every fact asks one question about a place, and each of its 1-4
/// claims quotes a 30-200 character passage of an article that states the value. Value types, bounds, as-of
/// dates, deprecated, preferred and disputed claims come in a fixed mix, and every value is stated in its quote,
/// so the catalogue builds with no errors and no warnings (only FC0012 infos for the disputed facts).
/// </summary>
/// <remarks>
/// Depends on the base class library only, so test projects can link this file. The same arguments always give
/// the same files: a private generator seeded per fact and per source, and invariant formatting throughout.
/// </remarks>
public static partial class SyntheticCatalogue
{
    public const string ProjectDir = "/bench/";

    public const int DefaultFactFileCount = 20;

    /// <summary>About this many facts per source document (M = N / 25).</summary>
    public const int FactsPerSource = 25;

    private const ulong Seed = 0x5EED_FAC7_CA7A_1060;

    /// <summary>The additional files (fact files, <c>sources.yaml</c>, documents) under <see cref="ProjectDir"/>, by path.</summary>
    public static List<(string Path, string Text)> Files(int factCount, int factFileCount = DefaultFactFileCount) =>
        Create(factCount, factFileCount).Files();

    /// <summary>The catalogue as data: facts, claims with their citations, and source documents.</summary>
    public static SyntheticModel Create(int factCount, int factFileCount = DefaultFactFileCount)
    {
        if (factCount < 1 || factFileCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(factCount), "Both counts must be positive.");
        }
        int sourceCount = (factCount + FactsPerSource - 1) / FactsPerSource;
        var sources = new List<SyntheticSource>(sourceCount);
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < sourceCount; s++)
        {
            sources.Add(NewSource(s, sourceIds));
        }

        var sentences = new List<ClaimSentence>[sourceCount];
        for (int s = 0; s < sourceCount; s++)
        {
            sentences[s] = new List<ClaimSentence>();
        }
        var facts = new List<SyntheticFact>(factCount);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < factCount; i++)
        {
            facts.Add(NewFact(i, factCount, factFileCount, sources, sentences, keys));
        }
        for (int s = 0; s < sourceCount; s++)
        {
            WriteDocument(s, sources[s], sentences[s]);
        }

        var fileNames = new string[factFileCount];
        for (int f = 0; f < factFileCount; f++)
        {
            fileNames[f] = Words.Desks[f % Words.Desks.Length] + "-" + Int(f / Words.Desks.Length + 1, "D2");
        }
        return new SyntheticModel(facts, sources, fileNames);
    }

    private static SyntheticSource NewSource(int index, HashSet<string> ids)
    {
        var rng = new Rng(Seed, 1, (ulong)index);
        (string outlet, string outletId) = rng.Pick(Words.Outlets);
        var issued = new DateTime(2016, 1, 1).AddDays(rng.Next(3650));
        string date = issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string id = outletId + "-" + date;
        for (int n = 2; !ids.Add(id); n++)
        {
            id = outletId + "-" + date + "-" + Int(n);
        }
        string place = Place(rng.Next(Words.PlaceCount));
        return new SyntheticSource
        {
            Id = id,
            File = "articles/" + id + ".txt",
            Title = place + " " + rng.Pick(Words.Headlines),
            ContainerTitle = outlet,
            Author = rng.Pick(Words.FirstNames) + " " + rng.Pick(Words.LastNames),
            Issued = date,
        };
    }

    private static SyntheticFact NewFact(int index, int factCount, int factFileCount, List<SyntheticSource> sources, List<ClaimSentence>[] sentences, HashSet<string> keys)
    {
        var rng = new Rng(Seed, 2, (ulong)index);
        Topic topic;
        int placeIndex;
        string place;
        int year;
        string id;
        do
        {
            topic = PickTopic(ref rng);
            placeIndex = rng.Next(Words.PlaceCount);
            place = Place(placeIndex);
            year = 2012 + rng.Next(13);
            id = place.ToLowerInvariant() + "-" + topic.Slug + (topic.HasYear ? "-" + Int(year) : string.Empty);
        }
        while (!keys.Add(id));

        // 1 claim 35 %, 2 claims 35 %, 3 claims 20 %, 4 claims 10 %.
        int claimCount = rng.Chance(35) ? 1 : rng.Chance(54) ? 2 : rng.Chance(67) ? 3 : 4;
        // Of facts with several claims: 55 % agree, 10 % change over the year (as-of dates), 20 % resolved, 15 % disputed.
        FactKind kind = claimCount == 1 ? FactKind.Consistent
            : rng.Chance(55) ? FactKind.Consistent
            : rng.Chance(22) ? (topic.IsNumeric ? FactKind.ConsistentOverTime : FactKind.Consistent)
            : rng.Chance(57) ? FactKind.Resolved
            : FactKind.Disputed;
        bool unsupported = claimCount == 1 && rng.Chance(2);
        // A deprecated extra claim never touches the two claims that make a fact resolved or disputed.
        bool deprecateLast = !unsupported && (kind is FactKind.Consistent or FactKind.ConsistentOverTime ? claimCount >= 2 : claimCount >= 3) && rng.Chance(12);

        var value = Value.Random(topic, ref rng);
        var months = rng.DistinctMonths(claimCount);
        var claimants = rng.Distinct(Words.Claimants, claimCount);
        var used = new List<int>();
        var claims = new List<SyntheticClaim>(claimCount);
        int preferredClaim = kind == FactKind.Resolved ? 0 : -1;
        bool rankPreferred = preferredClaim >= 0 && rng.Chance(25);
        for (int c = 0; c < claimCount; c++)
        {
            bool deprecated = unsupported || (deprecateLast && c == claimCount - 1);
            Value claimValue = kind switch
            {
                _ when deprecated && !unsupported => value.Other(topic, ref rng),
                FactKind.ConsistentOverTime when c > 0 => value.Other(topic, ref rng),
                FactKind.Resolved or FactKind.Disputed when c == 1 => value.Other(topic, ref rng),
                FactKind.Resolved or FactKind.Disputed when c > 1 && rng.Chance(40) => value.Other(topic, ref rng),
                _ => value,
            };
            string? asOf = kind == FactKind.ConsistentOverTime && !deprecated
                ? Int(year) + "-" + Int(months[c], "D2")
                : claimCount == 1 && topic.IsNumeric && rng.Chance(25) ? Int(year) + "-" + Int(months[0], "D2") : null;
            string bound = topic.IsNumeric && topic.Type != "integer" ? PickBound(ref rng) : "exact";

            int source = c == 0 ? (int)((long)index * sources.Count / factCount) : OtherSource(ref rng, sources.Count, used);
            used.Add(source);
            (string claimant, string claimId) = claimants[c];
            var claim = new SyntheticClaim
            {
                Id = claimId,
                Value = claimValue.Text,
                Bound = bound,
                Claimant = claimant,
                SourceId = sources[source].Id,
                AsOf = asOf,
                Rank = deprecated ? "deprecated" : rankPreferred && c == preferredClaim ? "preferred" : null,
                Reason = deprecated ? rng.Pick(Words.DeprecationReasons) : null,
            };
            claims.Add(claim);
            sentences[source].Add(Sentence(claim, topic, place, year, claimValue, ref rng));
        }

        string? tagTopic = rng.Chance(50) ? topic.Unit?.Split(' ')[^1] : null;
        string? tagRegion = rng.Chance(30) ? Words.Regions[placeIndex % Words.Regions.Length] : null;
        var tags = new List<string> { topic.Area };
        foreach (string? tag in new[] { tagTopic, tagRegion })
        {
            if (tag is not null && !tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        string statement = Fill(topic.Statement, place, year, string.Empty);
        return new SyntheticFact
        {
            Id = id,
            FileIndex = (int)((long)index * factFileCount / factCount),
            Statement = statement,
            Type = topic.Type,
            Unit = topic.Unit,
            Tags = tags,
            Preferred = preferredClaim >= 0 && !rankPreferred ? claims[preferredClaim].Id : null,
            Note = preferredClaim >= 0 ? "The " + claims[preferredClaim].Id.Replace('-', ' ') + " figure is preferred: " + rng.Pick(Words.PreferenceReasons) : null,
            Status = unsupported ? "Unsupported" : kind switch
            {
                FactKind.Resolved => "Resolved",
                FactKind.Disputed => "Disputed",
                _ => "Consistent",
            },
            Claims = claims,
        };
    }

    private static int OtherSource(ref Rng rng, int count, List<int> used)
    {
        int source = rng.Next(count);
        for (int attempt = 0; attempt < 8 && used.Contains(source); attempt++)
        {
            source = rng.Next(count);
        }
        return source;
    }

    private static string PickBound(ref Rng rng)
    {
        int roll = rng.Next(100);
        return roll < 75 ? "exact" : roll < 87 ? "about" : roll < 92 ? "more-than" : roll < 97 ? "at-least" : "at-most";
    }

    /// <summary>The sentence that states a claim, and which part of it the claim quotes.</summary>
    private static ClaimSentence Sentence(SyntheticClaim claim, Topic topic, string place, int year, Value value, ref Rng rng)
    {
        string valueText = value.Phrase(topic, claim.Bound, ref rng);
        string core = Fill(value.IsFalse ? topic.CoreIfFalse! : topic.Core, place, year, valueText);
        string claimant = claim.Claimant;
        string lead = rng.Next(7) switch
        {
            0 => string.Empty,
            1 => "According to " + claimant + ", ",
            2 => claimant + " said that ",
            3 => claimant + " reported on " + rng.Pick(Words.Weekdays) + " that ",
            4 => "Figures released by " + claimant + " show that ",
            5 => "In its annual report, " + claimant + " said that ",
            _ => "A spokesperson for " + claimant + " confirmed that ",
        };
        string tail = claim.AsOf is not null
            ? ", according to figures for " + Words.Months[int.Parse(claim.AsOf.Substring(5), CultureInfo.InvariantCulture) - 1] + " " + claim.AsOf.Substring(0, 4)
            : lead.Length == 0 ? ", " + claimant + " said"
            : topic.IsNumeric && rng.Chance(50) ? rng.Pick(Words.Tails) : string.Empty;
        string sentence = Capitalise(lead + core + tail) + ".";

        // Mostly the clause that states the value, sometimes more of the sentence, always 30-200 characters.
        var spans = new (int Start, int End)[]
        {
            (lead.Length, lead.Length + core.Length),
            (0, lead.Length + core.Length),
            (lead.Length, sentence.Length - 1),
            (0, sentence.Length - 1),
            (0, sentence.Length),
        };
        int roll = rng.Next(100);
        int choice = roll < 45 ? 0 : roll < 65 ? 1 : roll < 80 ? 2 : roll < 90 ? 3 : 4;
        for (int attempt = 0; attempt < spans.Length && !Fits(spans[choice]); attempt++)
        {
            choice = (choice + 1) % spans.Length;
        }
        return new ClaimSentence(claim, sentence, spans[choice].Start, spans[choice].End - spans[choice].Start, rng.Chance(50));

        static bool Fits((int Start, int End) span) => span.End - span.Start is >= 30 and <= 200;
    }

    /// <summary>
    /// Lays the article out: headline, outlet and date, byline, then paragraphs of two to five sentences mixing the
    /// claims' sentences with prose. Sets each claim's quote and citation.
    /// </summary>
    private static void WriteDocument(int index, SyntheticSource source, List<ClaimSentence> claims)
    {
        var rng = new Rng(Seed, 3, (ulong)index);
        var text = new StringBuilder();
        string date = Int(int.Parse(source.Issued.Substring(8), CultureInfo.InvariantCulture)) + " "
            + Words.Months[int.Parse(source.Issued.Substring(5, 2), CultureInfo.InvariantCulture) - 1] + " " + source.Issued.Substring(0, 4);
        text.Append(source.Title).Append('\n').Append(source.ContainerTitle).Append(", ").Append(date).Append('\n')
            .Append("By ").Append(source.Author).Append("\n\n");

        var placed = new List<(ClaimSentence Claim, int Offset, int Line, int LineStart)>(claims.Count);
        int next = 0;
        int line = 5;
        while (next < claims.Count)
        {
            int lineStart = text.Length;
            int length = 2 + rng.Next(4);
            for (int s = 0; s < length; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }
                if (next < claims.Count && !rng.Chance(30))
                {
                    placed.Add((claims[next], text.Length, line, lineStart));
                    text.Append(claims[next++].Text);
                }
                else
                {
                    text.Append(Prose(ref rng));
                }
            }
            text.Append("\n\n");
            line += 2;
        }
        text.Append(Prose(ref rng)).Append('\n');
        source.Text = text.ToString();

        string normalised = Normalise(source.Text);
        foreach ((ClaimSentence sentence, int sentenceOffset, int sentenceLine, int lineStart) in placed)
        {
            int offset = sentenceOffset + sentence.QuoteStart;
            int length = sentence.QuoteLength;
            if (!IsUnique(normalised, offset, length))
            {
                // A clause another sentence repeats: quote the whole sentence, which no other one repeats.
                offset = sentenceOffset;
                length = sentence.Text.Length;
                if (!IsUnique(normalised, offset, length))
                {
                    throw new InvalidOperationException("Synthetic sentence repeated in " + source.Id + ": " + sentence.Text);
                }
            }
            SyntheticClaim claim = sentence.Claim;
            claim.SourceQuote = source.Text.Substring(offset, length);
            // Curators type straight apostrophes about half the time; quote matching forgives them.
            claim.Quote = sentence.StraightApostrophes ? Normalise(claim.SourceQuote) : claim.SourceQuote;
            claim.Offset = offset;
            claim.Length = length;
            claim.Line = sentenceLine;
            claim.Column = offset - lineStart + 1;
        }
    }

    private static bool IsUnique(string text, int offset, int length)
    {
        string passage = text.Substring(offset, length);
        return text.IndexOf(passage, StringComparison.Ordinal) == offset && text.IndexOf(passage, offset + 1, StringComparison.Ordinal) < 0;
    }

    /// <summary>The part of quote normalisation that these documents need: curly apostrophes and line breaks.</summary>
    private static string Normalise(string text) => text.Replace('\u2019', '\'').Replace('\n', ' ');

    /// <summary>A sentence of article prose that states no catalogued value.</summary>
    private static string Prose(ref Rng rng)
    {
        switch (rng.Next(5))
        {
            case 0:
                return "\u201C" + rng.Pick(Words.Speech) + ",\u201D said " + rng.Pick(Words.Speakers) + ".";
            case 1:
                return rng.Pick(Words.Openers) + rng.Pick(Words.Subjects).ToLowerInvariant() + " " + rng.Pick(Words.Verbs) + " " + rng.Pick(Words.Objects) + " " + rng.Pick(Words.Adverbials) + ".";
            default:
                return rng.Pick(Words.Subjects) + " " + rng.Pick(Words.Verbs) + " " + rng.Pick(Words.Objects) + " " + rng.Pick(Words.Adverbials) + ".";
        }
    }

    private static Topic PickTopic(ref Rng rng)
    {
        int roll = rng.Next(Topics.TotalWeight);
        foreach (Topic topic in Topics.All)
        {
            roll -= topic.Weight;
            if (roll < 0)
            {
                return topic;
            }
        }
        return Topics.All[^1];
    }

    private static string Place(int index) =>
        Words.PlaceStarts[index % Words.PlaceStarts.Length]
        + Words.PlaceMiddles[index / Words.PlaceStarts.Length % Words.PlaceMiddles.Length]
        + Words.PlaceEnds[index / (Words.PlaceStarts.Length * Words.PlaceMiddles.Length) % Words.PlaceEnds.Length];

    private static string Fill(string template, string place, int year, string value) =>
        template.Replace("{place}", place).Replace("{year}", Int(year)).Replace("{v}", value);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    internal static string Int(long value, string format = "D") => value.ToString(format, CultureInfo.InvariantCulture);

    private enum FactKind { Consistent, ConsistentOverTime, Resolved, Disputed }

    private sealed record ClaimSentence(SyntheticClaim Claim, string Text, int QuoteStart, int QuoteLength, bool StraightApostrophes);

    /// <summary>A claimed value: its catalogue text and what a sentence says for it.</summary>
    private readonly struct Value
    {
        private readonly long _number;
        private readonly int _month;
        private readonly int _day;
        private readonly string? _name;

        private Value(long number, int month = 0, int day = 0, string? name = null)
        {
            _number = number;
            _month = month;
            _day = day;
            _name = name;
        }

        public bool IsFalse => _name == "false";

        /// <summary>The value as the fact file writes it, in canonical form.</summary>
        public string Text => _name ?? (_month == 0 && _day == 0 ? Int(_number) : _month > 0 ? Date() : Tenths(_number));

        public static Value Random(Topic topic, ref Rng rng) => topic.Type switch
        {
            "count" or "year" or "integer" => new Value(rng.LogRange(topic.Min, topic.Max)),
            "number" or "percent" => new Value(rng.LogRange(topic.Min, topic.Max), 0, -1),
            "date" => new Value(1990 + rng.Next(35), 1 + rng.Next(12), rng.Chance(10) ? 0 : rng.Chance(33) ? -2 : 1 + rng.Next(28)),
            "text" => new Value(0, 0, 0, topic.Min == 0 ? rng.Pick(Words.LastNames) + " " + rng.Pick(Words.CompanyKinds) : rng.Pick(Words.FirstNames) + " " + rng.Pick(Words.LastNames)),
            _ => new Value(0, 0, 0, rng.Chance(70) ? "true" : "false"),
        };

        /// <summary>A different value of the same type and precision: another source's count, a misprint.</summary>
        public Value Other(Topic topic, ref Rng rng)
        {
            switch (topic.Type)
            {
                case "date":
                    // The same precision: another year, the next month, or the next day.
                    return _day == 0 ? new Value(_number + 1 + rng.Next(3), _month, 0)
                        : _day == -2 ? new Value(_number, _month % 12 + 1, -2)
                        : new Value(_number, _month, _day % 28 + 1);
                case "text":
                    Value other = Random(topic, ref rng);
                    while (other._name == _name)
                    {
                        other = Random(topic, ref rng);
                    }
                    return other;
                case "boolean":
                    return new Value(0, 0, 0, _name == "true" ? "false" : "true");
                case "year":
                    return new Value(_number + 1 + rng.Next(4));
                default:
                    // 1-15 % off, down or up, staying inside the topic's range where it can.
                    long delta = Math.Max(1, Math.Abs(_number) * (1 + rng.Next(15)) / 100);
                    bool down = (rng.Chance(50) || _number + delta > topic.Max) && _number - delta >= Math.Min(topic.Min, 1);
                    return new Value(down ? _number - delta : _number + delta, 0, _day);
            }
        }

        /// <summary>How an article writes the value, with the words of its bound.</summary>
        public string Phrase(Topic topic, string bound, ref Rng rng)
        {
            string words = bound switch
            {
                "about" => rng.Chance(50) ? "about " : "around ",
                "more-than" => "more than ",
                "at-least" => "at least ",
                "at-most" => "up to ",
                _ => string.Empty,
            };
            switch (topic.Type)
            {
                case "count":
                    return words + Int(_number, "N0");
                case "integer":
                    return Int(_number, "N0");
                case "year":
                    return Int(_number);
                case "number":
                    return words + Tenths(_number);
                case "percent":
                    return words + Tenths(_number) + rng.Pick(Words.PercentSigns);
                case "date":
                    return _day > 0 ? "on " + Int(_day) + " " + Words.Months[_month - 1] + " " + Int(_number)
                        : _day == -2 ? "in " + Words.Months[_month - 1] + " " + Int(_number)
                        : "in " + Int(_number);
                default:
                    return _name!;
            }
        }

        private string Date() => _day > 0 ? Int(_number) + "-" + Int(_month, "D2") + "-" + Int(_day, "D2")
            : _day == -2 ? Int(_number) + "-" + Int(_month, "D2")
            : Int(_number);

        private static string Tenths(long tenths) => tenths % 10 == 0 ? Int(tenths / 10) : Int(tenths / 10) + "." + Int(tenths % 10);
    }

    /// <summary>One kind of question the catalogue asks about a place, with the clause an article answers it in.</summary>
    private sealed record Topic(string Slug, string Type, string? Unit, string Area, string Statement, string Core, int Min, int Max, int Weight, string? CoreIfFalse = null)
    {
        /// <summary>Whether the fact is about one year (so its id names the year); dates and founding years are not.</summary>
        public bool HasYear => Type is not ("date" or "year");

        public bool IsNumeric => Type is "count" or "number" or "percent" or "integer";
    }

    /// <summary>
    /// The questions, weighted for the mix of value types: count 40 %, percent 15 %, date 13 %, number 12 %, text 8 %,
    /// year 5 %, boolean 4 %, integer 3 %. Ranges of number and percent are in tenths; text ranges pick the kind of
    /// name (0 a company, 1 a person).
    /// </summary>
    private static class Topics
    {
        public static readonly Topic[] All =
        {
            new("homes-completed", "count", "homes", "housing", "New homes completed in {place} in {year}.", "{v} new homes were completed in {place} in {year}", 40, 20_000, 2),
            new("port-ships", "count", "ships", "transport", "Ships handled by the port of {place} in {year}.", "the port of {place} handled {v} ships in {year}", 100, 30_000, 2),
            new("station-passengers", "count", "passengers", "transport", "Passengers who used {place} railway station in {year}.", "{v} passengers used {place} railway station in {year}", 5_000, 9_000_000, 2),
            new("hospital-beds", "count", "beds", "health", "Hospital beds in {place} in {year}.", "hospitals in {place} had {v} beds in {year}", 20, 6_000, 2),
            new("teachers-hired", "count", "teachers", "education", "Teachers hired by schools in {place} in {year}.", "schools in {place} hired {v} new teachers in {year}", 5, 2_500, 2),
            new("trees-planted", "count", "trees", "environment", "Trees planted in {place} in {year}.", "volunteers planted {v} trees across {place} in {year}", 100, 500_000, 2),
            new("jobs-created", "count", "jobs", "economy", "Jobs created in {place} in {year}.", "employers in {place} created {v} jobs in {year}", 50, 40_000, 2),
            new("visitors", "count", "visitors", "tourism", "Visitors to {place} in {year}.", "{place} welcomed {v} visitors in {year}", 1_000, 5_000_000, 2),
            new("patients-treated", "count", "patients", "health", "Patients treated at {place} General Hospital in {year}.", "{place} General Hospital treated {v} patients in {year}", 1_000, 400_000, 2),
            new("students-enrolled", "count", "students", "education", "Students enrolled at the University of {place} in {year}.", "the University of {place} enrolled {v} students in {year}", 500, 60_000, 2),
            new("flights-cancelled", "count", "flights", "transport", "Flights cancelled at {place} airport in {year}.", "{v} flights were cancelled at {place} airport in {year}", 10, 9_000, 2),
            new("building-permits", "count", "permits", "housing", "Building permits issued in {place} in {year}.", "the council of {place} issued {v} building permits in {year}", 20, 12_000, 2),
            new("noise-complaints", "count", "complaints", "public-safety", "Noise complaints lodged in {place} in {year}.", "residents of {place} lodged {v} noise complaints in {year}", 10, 20_000, 2),
            new("grain-exports", "count", "tonnes", "economy", "Grain shipped from {place} by rail in {year}, in tonnes.", "{v} tonnes of grain left {place} by rail in {year}", 1_000, 3_000_000, 2),
            new("broadband-households", "count", "households", "economy", "Households in {place} connected to fibre broadband in {year}.", "{v} households in {place} were connected to fibre broadband in {year}", 100, 300_000, 2),
            new("road-accidents", "count", "accidents", "public-safety", "Road accidents recorded in {place} in {year}.", "police in {place} recorded {v} road accidents in {year}", 10, 15_000, 2),
            new("library-loans", "count", "loans", "culture", "Books lent by the libraries of {place} in {year}.", "the libraries of {place} lent {v} books in {year}", 1_000, 2_000_000, 2),
            new("museum-visits", "count", "visits", "culture", "Visits to the {place} City Museum in {year}.", "the {place} City Museum counted {v} visits in {year}", 500, 900_000, 2),
            new("fire-callouts", "count", "callouts", "public-safety", "Fire brigade callouts in {place} in {year}.", "firefighters in {place} answered {v} callouts in {year}", 50, 20_000, 2),
            new("new-businesses", "count", "businesses", "economy", "New businesses registered in {place} in {year}.", "{v} new businesses were registered in {place} in {year}", 10, 15_000, 2),

            new("bridge-cost", "number", "million euros", "transport", "Cost of the bridge completed in {place} in {year}, in millions of euros.", "the bridge completed in {place} in {year} cost {v} million euros", 15, 9_000, 2),
            new("average-rent", "number", "euros", "housing", "Average monthly rent in {place} in {year}, in euros.", "average monthly rent in {place} reached {v} euros in {year}", 3_000, 25_000, 2),
            new("annual-rainfall", "number", "millimetres", "environment", "Rainfall in {place} in {year}, in millimetres.", "{place} recorded {v} millimetres of rain in {year}", 2_000, 20_000, 2),
            new("council-budget", "number", "million euros", "local-government", "Budget of the council of {place} for {year}, in millions of euros.", "the council of {place} set its budget for {year} at {v} million euros", 50, 50_000, 2),
            new("cycle-lanes", "number", "kilometres", "transport", "Cycle lanes in {place} in {year}, in kilometres.", "{place} had {v} kilometres of cycle lanes in {year}", 5, 9_000, 2),
            new("commute-time", "number", "minutes", "transport", "Average commute in {place} in {year}, in minutes.", "the average commute in {place} took {v} minutes in {year}", 80, 900, 2),

            new("unemployment-rate", "percent", null, "economy", "Unemployment rate in {place} in {year}.", "unemployment in {place} stood at {v} in {year}", 10, 250, 3),
            new("election-turnout", "percent", null, "local-government", "Turnout at the {year} local election in {place}.", "turnout at the {year} local election in {place} was {v}", 200, 850, 3),
            new("measles-vaccination", "percent", null, "health", "Share of children in {place} vaccinated against measles in {year}.", "{v} of children in {place} were vaccinated against measles in {year}", 700, 990, 3),
            new("waste-recycled", "percent", null, "environment", "Share of household waste recycled in {place} in {year}.", "{place} recycled {v} of its household waste in {year}", 100, 700, 3),
            new("renting-households", "percent", null, "housing", "Share of households in {place} renting their home in {year}.", "{v} of households in {place} rented their home in {year}", 100, 700, 3),

            new("station-opening", "date", null, "transport", "When the new railway station in {place} opened.", "the new railway station in {place} opened {v}", 0, 0, 3),
            new("bridge-opening", "date", null, "transport", "When the new bridge in {place} opened to traffic.", "the new bridge in {place} opened to traffic {v}", 0, 0, 2),
            new("school-closure", "date", null, "education", "When the last primary school in the old town of {place} closed.", "the last primary school in the old town of {place} closed {v}", 0, 0, 2),
            new("dock-strike", "date", null, "economy", "When the dock workers' strike in {place} began.", "the dock workers\u2019 strike in {place} began {v}", 0, 0, 2),
            new("river-flood", "date", null, "environment", "When the river burst its banks in {place}.", "the river burst its banks in {place} {v}", 0, 0, 2),
            new("museum-reopening", "date", null, "culture", "When the {place} City Museum reopened after renovation.", "the {place} City Museum reopened after renovation {v}", 0, 0, 2),

            new("town-hall-built", "year", null, "culture", "Year the town hall of {place} was built.", "the town hall of {place} was built in {v}", 1550, 1990, 3),
            new("football-club-founded", "year", null, "culture", "Year {place} Football Club was founded.", "{place} Football Club was founded in {v}", 1870, 2005, 2),

            new("bridge-contractor", "text", null, "transport", "Company that won the contract for the new bridge in {place} in {year}.", "the contract for the new bridge in {place} went to {v} in {year}", 0, 0, 3),
            new("mayor-elected", "text", null, "local-government", "Mayor of {place} elected in {year}.", "{v} was elected mayor of {place} in {year}", 1, 1, 3),
            new("bus-operator", "text", null, "transport", "Operator of the bus network in {place} in {year}.", "buses in {place} were run by {v} in {year}", 0, 0, 2),

            new("old-bridge-reopened", "boolean", null, "transport", "Whether the old bridge in {place} reopened in {year}.", "the old bridge in {place} reopened in {year}", 0, 0, 2, "the old bridge in {place} stayed closed throughout {year}"),
            new("tram-line-approved", "boolean", null, "local-government", "Whether the council of {place} approved the tram line in {year}.", "the council of {place} approved the tram line in {year}", 0, 0, 2, "the council of {place} rejected the tram line in {year}"),

            new("net-migration", "integer", "people", "economy", "Net migration to {place} in {year}.", "net migration to {place} was {v} people in {year}", -5_000, 8_000, 3),
        };

        public static readonly int TotalWeight = Sum();

        private static int Sum()
        {
            int total = 0;
            foreach (Topic topic in All)
            {
                total += topic.Weight;
            }
            return total;
        }
    }

    /// <summary>SplitMix64: a few lines, the same sequence on every runtime and platform.</summary>
    private struct Rng
    {
        private ulong _state;

        public Rng(ulong seed, ulong stream, ulong index) => _state = seed ^ (stream * 0x9E37_79B9_7F4A_7C15) ^ (index * 0xBF58_476D_1CE4_E5B9);

        public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);

        /// <summary>True with the given chance in percent.</summary>
        public bool Chance(int percent) => Next(100) < percent;

        public T Pick<T>(T[] items) => items[Next(items.Length)];

        /// <summary>A value between <paramref name="min"/> and <paramref name="max"/>, small values as likely per decade as large ones.</summary>
        public long LogRange(long min, long max)
        {
            if (min <= 0)
            {
                return min + Next((int)(max - min + 1));
            }
            double fraction = (NextUInt64() >> 11) * (1.0 / (1UL << 53));
            return Math.Min(max, (long)Math.Round(min * Math.Pow((double)max / min, fraction)));
        }

        public List<T> Distinct<T>(T[] items, int count)
        {
            var picked = new List<T>(count);
            var indices = new HashSet<int>();
            while (picked.Count < count)
            {
                int index = Next(items.Length);
                if (indices.Add(index))
                {
                    picked.Add(items[index]);
                }
            }
            return picked;
        }

        /// <summary>Distinct months, ascending: the as-of dates of claims that report one figure over a year.</summary>
        public int[] DistinctMonths(int count)
        {
            var months = new List<int>(count);
            while (months.Count < count)
            {
                int month = 1 + Next(12);
                if (!months.Contains(month))
                {
                    months.Add(month);
                }
            }
            months.Sort();
            return months.ToArray();
        }

        private ulong NextUInt64()
        {
            ulong z = _state += 0x9E37_79B9_7F4A_7C15;
            z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9;
            z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The vocabulary: enough words that articles and ids vary, few enough that the text reads as news.</summary>
    private static class Words
    {
        public static readonly string[] PlaceStarts =
        {
            "Var", "Lis", "Bran", "Tor", "Hal", "Mer", "Cal", "Dun", "Ash", "Bel", "Kir", "Nor", "Ost", "Pel", "Ros", "Sel",
            "Tam", "Vel", "Wen", "Zar", "Alder", "Brom", "Carn", "Dal", "Elm", "Fen", "Gar", "Hart", "Ivel", "Jor", "Kel", "Lang",
            "Mor", "Nether", "Orm", "Pen", "Quen", "Rad", "Stan", "Thorn", "Ulver", "Wyn", "Yar", "Brae", "Cor", "Drum", "Glen", "Hol",
        };

        public static readonly string[] PlaceMiddles = { "", "en", "a", "or", "i", "el", "ing", "o", "es", "an" };

        public static readonly string[] PlaceEnds =
        {
            "holt", "ford", "by", "mere", "wick", "stad", "burg", "ton", "dale", "port", "field", "haven", "moor", "bridge", "ley", "thorpe",
            "minster", "stow", "cliff", "wood",
        };

        public static readonly int PlaceCount = PlaceStarts.Length * PlaceMiddles.Length * PlaceEnds.Length;

        public static readonly string[] Desks =
        {
            "housing", "transport", "health", "education", "economy", "environment", "culture", "public-safety", "local-government", "tourism",
        };

        public static readonly string[] Regions = { "north", "south", "east", "west", "coast", "uplands", "lowlands" };

        public static readonly (string Name, string Id)[] Outlets =
        {
            ("The Northern Ledger", "northern-ledger"), ("The Evening Courier", "evening-courier"), ("Harbour Gazette", "harbour-gazette"),
            ("The Daily Record", "daily-record"), ("Valley Times", "valley-times"), ("The Morning Post", "morning-post"),
            ("Coastal Chronicle", "coastal-chronicle"), ("The City Herald", "city-herald"), ("The Provincial Observer", "provincial-observer"),
            ("Riverside Weekly", "riverside-weekly"), ("The Lowland Mercury", "lowland-mercury"), ("The Highland Star", "highland-star"),
        };

        public static readonly (string Name, string Id)[] Claimants =
        {
            ("the regional council", "regional-council"), ("the national statistics office", "statistics-office"),
            ("the mayor\u2019s office", "mayors-office"), ("an independent audit", "independent-audit"), ("the opposition party", "opposition"),
            ("the chamber of commerce", "chamber-of-commerce"), ("the transport ministry", "transport-ministry"),
            ("the health ministry", "health-ministry"), ("the teachers\u2019 union", "teachers-union"), ("a university study", "university-study"),
            ("the port authority", "port-authority"), ("local residents\u2019 groups", "residents-groups"), ("the finance ministry", "finance-ministry"),
            ("the police", "police"), ("the fire service", "fire-service"), ("the environment agency", "environment-agency"),
            ("the housing association", "housing-association"), ("the developer", "developer"), ("the project manager", "project-manager"),
            ("the governor", "governor"), ("an industry survey", "industry-survey"), ("the central bank", "central-bank"),
            ("the tourist board", "tourist-board"), ("the hospital trust", "hospital-trust"), ("the school board", "school-board"),
            ("the network operator", "network-operator"), ("the trade union", "trade-union"), ("a parliamentary committee", "parliamentary-committee"),
            ("the newspaper\u2019s own analysis", "own-analysis"), ("the European Commission", "european-commission"),
        };

        public static readonly string[] FirstNames =
        {
            "Marta", "Jonas", "Elena", "Pieter", "Sofia", "Tomas", "Ingrid", "Rafael", "Amira", "Lukas", "Nadia", "Oskar", "Helena", "Matteo",
            "Clara", "Anton", "Yara", "Emil", "Leona", "Viktor", "Greta", "Samuel", "Irene", "Felix",
        };

        public static readonly string[] LastNames =
        {
            "Kessler", "Brannick", "Halvard", "Ostrander", "Mireau", "Castellan", "Dunmore", "Achterberg", "Belov", "Kirwan", "Norgaard",
            "Pellegrini", "Rosendahl", "Selwyn", "Tamsin", "Velasquez", "Wendt", "Zaragoza", "Aldous", "Bromley", "Carrow", "Delacroix",
            "Everly", "Fenwick", "Garrick", "Hartmann", "Iverson", "Jorgensen", "Kowalczyk", "Lindqvist",
        };

        public static readonly string[] CompanyKinds = { "Holdings", "Group", "Construction", "Engineering", "Works", "Partners", "Transport", "Infrastructure" };

        public static readonly string[] Headlines =
        {
            "council faces questions over spending", "counts the cost of a difficult year", "looks to the future after record year",
            "residents divided over new plans", "braces for busy summer", "unveils ambitious plans for the waterfront",
            "takes stock as budget talks resume", "figures show a town in transition", "weighs up the price of growth",
            "reports mixed results across services",
        };

        public static readonly string[] Months =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        public static readonly string[] Weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

        public static readonly string[] PercentSigns = { " per cent", "%", " percent" };

        public static readonly string[] Tails =
        {
            ", a figure that surprised many observers", ", well above the national average", ", the highest level in a decade",
            ", slightly below expectations", ", according to the latest annual review", ", despite a slow start to the year",
            ", in line with earlier forecasts", ", a sharp change from the previous year",
        };

        public static readonly string[] DeprecationReasons =
        {
            "A misprint: the table in the same report gives the corrected figure.",
            "Superseded by the revised figures the claimant published later.",
            "The claimant later withdrew the figure.",
            "Counts a wider area than the fact asks about.",
            "Refers to the financial year, not the calendar year.",
        };

        public static readonly string[] PreferenceReasons =
        {
            "it comes from the official count.", "it is the most recent revision.", "the other figures are early estimates.",
            "it was audited.", "it counts the whole year.",
        };

        public static readonly string[] Subjects =
        {
            "Local businesses", "Residents", "The council leader", "Critics of the scheme", "Supporters of the plan", "Officials",
            "Opposition councillors", "Shop owners", "Campaigners", "The regional governor", "Commuters", "Parents", "Engineers",
            "Economists", "Several committee members", "The planning inspector",
        };

        public static readonly string[] Verbs =
        {
            "welcomed", "questioned", "criticised", "praised", "debated", "postponed", "reviewed", "defended", "challenged", "endorsed",
            "dismissed", "revisited", "scrutinised", "rejected",
        };

        public static readonly string[] Objects =
        {
            "the proposal", "the new timetable", "the spending plans", "the revised budget", "the public consultation", "the decision",
            "the independent review", "the contract", "the latest figures", "the funding formula", "the draft strategy",
            "the planning application", "the report\u2019s conclusions",
        };

        public static readonly string[] Adverbials =
        {
            "at a meeting on Thursday", "in a heated debate", "after months of delay", "despite strong opposition", "earlier this year",
            "without much enthusiasm", "in a letter to the editor", "during a visit to the site", "at the annual assembly",
            "behind closed doors", "in an interview with this newspaper", "on social media",
        };

        public static readonly string[] Openers = { "Meanwhile, ", "However, ", "At the same time, ", "Elsewhere, ", "In response, " };

        public static readonly string[] Speech =
        {
            "We have waited long enough", "Nobody expected it to take this long", "This is good news for everyone here",
            "The numbers speak for themselves", "We will keep asking questions", "It is a step in the right direction",
            "People deserve a clear answer",
        };

        public static readonly string[] Speakers =
        {
            "one shopkeeper", "a local resident", "a spokesperson for the council", "a retired engineer", "one commuter",
            "the head of the residents\u2019 association",
        };
    }
}

/// <summary>The synthetic catalogue as data: every fact with its claims and citations, and every source document.</summary>
public sealed class SyntheticModel
{
    public SyntheticModel(List<SyntheticFact> facts, List<SyntheticSource> sources, string[] factFileNames)
    {
        Facts = facts;
        Sources = sources;
        FactFileNames = factFileNames;
    }

    public List<SyntheticFact> Facts { get; }

    public List<SyntheticSource> Sources { get; }

    /// <summary>The fact files' names without <c>.facts.yaml</c>; a fact's <see cref="SyntheticFact.FileIndex"/> indexes them.</summary>
    public string[] FactFileNames { get; }

    /// <summary>The C# class of a fact file's group: its name in PascalCase, as the generator makes it.</summary>
    public string GroupClass(int fileIndex) => SyntheticYaml.PascalCase(FactFileNames[fileIndex]);

    public string FactFilePath(int fileIndex) => SyntheticCatalogue.ProjectDir + "facts/" + FactFileNames[fileIndex] + ".facts.yaml";

    /// <summary>The additional files: the fact files, <c>sources.yaml</c> and the documents.</summary>
    public List<(string Path, string Text)> Files()
    {
        var files = new List<(string Path, string Text)>(FactFileNames.Length + Sources.Count + 1);
        var factFiles = new StringBuilder[FactFileNames.Length];
        foreach (SyntheticFact fact in Facts)
        {
            StringBuilder file = factFiles[fact.FileIndex] ??= new StringBuilder("# yaml-language-server: $schema=../schema/facts.schema.json\nfacts:\n");
            SyntheticYaml.AppendFact(file, fact);
        }
        for (int f = 0; f < factFiles.Length; f++)
        {
            files.Add((FactFilePath(f), factFiles[f]?.ToString() ?? "facts: {}\n"));
        }
        files.Add((SyntheticCatalogue.ProjectDir + "facts/sources.yaml", SyntheticYaml.SourcesFile(Sources)));
        foreach (SyntheticSource source in Sources)
        {
            files.Add((SyntheticCatalogue.ProjectDir + "seeds/" + source.File, source.Text));
        }
        return files;
    }
}

public sealed class SyntheticFact
{
    public string Id { get; init; } = string.Empty;

    /// <summary>Which fact file holds the fact.</summary>
    public int FileIndex { get; init; }

    public string Statement { get; init; } = string.Empty;

    /// <summary>The value type as the fact file writes it: count, number, percent, date, year, text, boolean, integer.</summary>
    public string Type { get; init; } = string.Empty;

    public string? Unit { get; init; }

    public List<string> Tags { get; init; } = new();

    /// <summary>The fact's <c>preferred</c> key; a claim may instead carry <c>rank: preferred</c>.</summary>
    public string? Preferred { get; init; }

    public string? Note { get; init; }

    /// <summary>The status the generator must derive: Consistent, Resolved, Disputed or Unsupported.</summary>
    public string Status { get; init; } = string.Empty;

    public List<SyntheticClaim> Claims { get; init; } = new();
}

public sealed class SyntheticClaim
{
    public string Id { get; init; } = string.Empty;

    /// <summary>The value in canonical form, as the fact file writes it.</summary>
    public string Value { get; init; } = string.Empty;

    public string Bound { get; init; } = "exact";

    public string Claimant { get; init; } = string.Empty;

    public string SourceId { get; init; } = string.Empty;

    public string? AsOf { get; init; }

    /// <summary>null (normal), preferred or deprecated.</summary>
    public string? Rank { get; init; }

    public string? Reason { get; init; }

    /// <summary>The quote as the fact file writes it (sometimes with straight apostrophes where the source has curly ones).</summary>
    public string Quote { get; set; } = string.Empty;

    /// <summary>The passage exactly as the source writes it, and where: 0-based offset and length, 1-based line and column.</summary>
    public string SourceQuote { get; set; } = string.Empty;

    public int Offset { get; set; }

    public int Length { get; set; }

    public int Line { get; set; }

    public int Column { get; set; }
}

public sealed class SyntheticSource
{
    public string Id { get; init; } = string.Empty;

    /// <summary>Path under the sources folder.</summary>
    public string File { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string ContainerTitle { get; init; } = string.Empty;

    public string Author { get; init; } = string.Empty;

    public string Issued { get; init; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

/// <summary>Writes the model as the catalogue's YAML files.</summary>
internal static class SyntheticYaml
{
    public static void AppendFact(StringBuilder yaml, SyntheticFact fact)
    {
        yaml.Append("  ").Append(fact.Id).Append(":\n");
        yaml.Append("    statement: ").Append(Scalar(fact.Statement)).Append('\n');
        yaml.Append("    type: ").Append(fact.Type).Append('\n');
        if (fact.Unit is not null)
        {
            yaml.Append("    unit: ").Append(fact.Unit).Append('\n');
        }
        yaml.Append("    tags: [").Append(string.Join(", ", fact.Tags)).Append("]\n");
        if (fact.Preferred is not null)
        {
            yaml.Append("    preferred: ").Append(fact.Preferred).Append('\n');
        }
        if (fact.Note is not null)
        {
            yaml.Append("    note: ").Append(Scalar(fact.Note)).Append('\n');
        }
        yaml.Append("    claims:\n");
        foreach (SyntheticClaim claim in fact.Claims)
        {
            yaml.Append("      ").Append(claim.Id).Append(":\n");
            yaml.Append("        value: ").Append(Scalar(claim.Value)).Append('\n');
            if (claim.Bound != "exact")
            {
                yaml.Append("        bound: ").Append(claim.Bound).Append('\n');
            }
            yaml.Append("        claimant: ").Append(Scalar(claim.Claimant)).Append('\n');
            yaml.Append("        source: ").Append(claim.SourceId).Append('\n');
            yaml.Append("        quote: ").Append(Scalar(claim.Quote)).Append('\n');
            if (claim.AsOf is not null)
            {
                yaml.Append("        as-of: ").Append(claim.AsOf).Append('\n');
            }
            if (claim.Rank is not null)
            {
                yaml.Append("        rank: ").Append(claim.Rank).Append('\n');
            }
            if (claim.Reason is not null)
            {
                yaml.Append("        reason: ").Append(Scalar(claim.Reason)).Append('\n');
            }
        }
    }

    public static string SourcesFile(List<SyntheticSource> sources)
    {
        var yaml = new StringBuilder("# yaml-language-server: $schema=../schema/sources.schema.json\nsources:\n");
        foreach (SyntheticSource source in sources)
        {
            yaml.Append("  ").Append(source.Id).Append(":\n");
            yaml.Append("    file: ").Append(source.File).Append('\n');
            yaml.Append("    type: article-newspaper\n");
            yaml.Append("    title: ").Append(Scalar(source.Title)).Append('\n');
            yaml.Append("    container-title: ").Append(Scalar(source.ContainerTitle)).Append('\n');
            yaml.Append("    author: [").Append(source.Author).Append("]\n");
            yaml.Append("    issued: ").Append(source.Issued).Append('\n');
            yaml.Append("    language: en\n");
        }
        return yaml.ToString();
    }

    /// <summary>PascalCase as the generator forms names: words split at anything but letters and digits, each capitalised.</summary>
    public static string PascalCase(string id)
    {
        var name = new StringBuilder(id.Length);
        bool start = true;
        foreach (char c in id)
        {
            if (!char.IsLetterOrDigit(c))
            {
                start = true;
                continue;
            }
            name.Append(start ? char.ToUpperInvariant(c) : c);
            start = false;
        }
        return name.Length > 0 && char.IsDigit(name[0]) ? "_" + name : name.ToString();
    }

    /// <summary>A plain scalar where YAML reads one the same way, otherwise single-quoted.</summary>
    private static string Scalar(string text)
    {
        bool plain = text.Length > 0
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0]) < 0
            && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && text[^1] != ':'
            && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal);
        return plain ? text : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
