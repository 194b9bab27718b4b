using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Catalogue.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Parsing;

/// <summary>
/// Stage 1 for a <c>*.facts.yaml</c> file: reads it into a <see cref="ParsedFactFile"/>. Everything that can
/// be checked inside the one file is checked here (structure, keys, value types, ids, names, ranks), so
/// that editing a fact file re-runs this for that file alone.
/// </summary>
public static class FactFileParser
{
    /// <summary>The suffix that marks a fact file.</summary>
    public const string Suffix = ".facts.yaml";

    /// <summary>Parses one fact file.</summary>
    public static ParsedFactFile Parse(string path, SourceText text, CancellationToken cancellationToken = default)
    {
        if (CatalogueFileNames.NearMissName(path) is { } nearMiss)
        {
            return new ParsedFactFile(path, DefaultGroup(path), EquatableArray<ParsedFact>.Empty, ImmutableArray.Create(
                DiagnosticInfo.Create(CatalogueDiagnostics.NearMissFileName, LocationInfo.StartOf(path),
                    $"The file '{path}' is not read: {nearMiss.What} '{nearMiss.Pattern}'; rename it to '{nearMiss.Expected}'")).ToEquatableArray());
        }
        var diagnostics = new List<DiagnosticInfo>();
        using var reader = new NodeReader(path, text, diagnostics);
        SpannedText group = DefaultGroup(path);
        var facts = ImmutableArray.CreateBuilder<ParsedFact>();

        if (reader.ReadRoot(CatalogueKeys.FactFile, "fact file", "add 'facts:' with at least one fact", cancellationToken, entriesKey: "facts") is { } file)
        {
            if (file.Text("group") is { } explicitGroup)
            {
                if (IdentifierNames.ProblemWith(explicitGroup.Value) is { } problem)
                {
                    reader.Report(CatalogueDiagnostics.IdentifierConflict, explicitGroup.Location,
                        $"The group name {problem}; use a PascalCase name such as '{IdentifierNames.Suggestion(explicitGroup.Value)}'");
                }
                else
                {
                    group = explicitGroup;
                    if (LookAlikes.Problem(explicitGroup.Value) is { } lookAlike)
                    {
                        reader.Report(CatalogueDiagnostics.LookAlikeName, explicitGroup.Location, lookAlike);
                    }
                }
            }
            if (file.Mapping("facts", required: true) is { } factsNode)
            {
                var budget = new ClaimBudget(reader);
                foreach ((SpannedText id, YamlNode node) in reader.IdEntries(factsNode, "fact", cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (budget.IsSpent)
                    {
                        break;
                    }
                    if (ParseFact(reader, id, node, budget, cancellationToken) is { } fact)
                    {
                        facts.Add(fact);
                    }
                }
            }
        }
        return new ParsedFactFile(path, group, facts.ToImmutable().ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The group a file gets without <c>group:</c>: its name without <c>.facts.yaml</c>, in PascalCase.</summary>
    public static SpannedText DefaultGroup(string path)
    {
        int slash = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        string name = path.Substring(slash + 1);
        if (name.EndsWith(Suffix, System.StringComparison.OrdinalIgnoreCase))
        {
            name = name.Substring(0, name.Length - Suffix.Length);
        }
        return new SpannedText(IdentifierNames.ToPascalCase(name), LocationInfo.StartOf(path));
    }

    private static ParsedFact? ParseFact(NodeReader reader, SpannedText id, YamlNode node, ClaimBudget budget, CancellationToken cancellationToken)
    {
        var context = new Subject("fact", id.Value);
        if (!CheckId(reader, id, "Fact"))
        {
            return null;
        }
        if (reader.Mapping(node, new Subject("Fact", id.Value)) is not { } mapping)
        {
            return null;
        }
        NodeReader.Entries entries = reader.Keys(mapping, CatalogueKeys.Fact, context);
        string? statement = entries.TextValue("statement", required: true);
        string? declaredType = entries.OneOf("type", CatalogueKeys.ValueTypes);
        bool typeInvalid = entries.Has("type") && declaredType is null;
        SpannedText? name = ExplicitName(reader, entries, context);
        string identifier = name?.Value ?? IdentifierNames.ToPascalCase(id.Value);
        string? unit = reader.Strings.ShareOrNull(entries.TextValue("unit"));
        EquatableArray<string> tags = entries.TextList("tags");
        SpannedText? preferred = entries.Text("preferred");
        string? note = entries.TextValue("note");

        FactValueType? type = declaredType is null ? null : ParseKind(declaredType);
        // Every id written under claims, also those left out for their own errors.
        List<(SpannedText Id, YamlNode Value)> writtenClaims = entries.Mapping("claims", required: true) is { } claimsNode
            ? reader.IdEntries(claimsNode, "claim", cancellationToken, shareIds: true)
            : new List<(SpannedText Id, YamlNode Value)>();
        int allowed = budget.Allow(id.Value, writtenClaims);
        if (allowed == 0 && writtenClaims.Count > 0)
        {
            // The file's claims are spent before this fact's first one: the fact is not read either.
            return null;
        }
        if (allowed < writtenClaims.Count)
        {
            writtenClaims.RemoveRange(allowed, writtenClaims.Count - allowed);
        }
        var claims = new List<ParsedClaim>(writtenClaims.Count);
        foreach ((SpannedText claimId, YamlNode claimNode) in writtenClaims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ParseClaim(reader, id.Value, identifier, claimId, claimNode, type, typeInvalid) is { } claim)
            {
                claims.Add(claim);
            }
        }

        if (statement is null)
        {
            return null;
        }
        FactValueType kind = type ?? FactChecks.UnifyInferredKinds(reader, id.Value, claims) ?? FactValueType.Text;
        claims = FactChecks.CheckClaimIdentifiers(reader, id.Value, identifier, claims);
        FactChecks.CheckUnits(reader, id.Value, unit, claims);
        FactChecks.CheckRanks(reader, id.Value, preferred, claims, writtenClaims);
        return new ParsedFact
        {
            Id = id,
            Identifier = identifier,
            Name = name,
            Statement = statement,
            Type = kind,
            Unit = unit,
            Tags = tags,
            Preferred = preferred,
            Note = note,
            Claims = claims.ToEquatableArray(),
        };
    }

    private static ParsedClaim? ParseClaim(
        NodeReader reader, string factId, string factIdentifier, SpannedText id, YamlNode node, FactValueType? type, bool typeInvalid)
    {
        var context = new Subject("claim", id.Value, factId);
        if (!CheckId(reader, id, "Claim"))
        {
            return null;
        }
        if (reader.Mapping(node, new Subject("Claim", id.Value)) is not { } mapping)
        {
            return null;
        }
        NodeReader.Entries entries = reader.Keys(mapping, CatalogueKeys.Claim, context);
        YamlNode? valueNode = entries.Scalar("value", required: true);
        string? claimant = reader.Strings.ShareOrNull(entries.TextValue("claimant", required: true));
        (string Value, FilePosition At)? source = entries.PositionedText("source", required: true);
        (string Value, FilePosition At)? quote = entries.PositionedText("quote", required: true);
        string? bound = entries.OneOf("bound", CatalogueKeys.Bounds);
        string? rank = entries.OneOf("rank", CatalogueKeys.Ranks);
        string? reason = entries.TextValue("reason");
        string? asOf = null;
        if (entries.Scalar("as-of") is { } asOfNode)
        {
            asOf = asOfNode.Value;
            if (!ValueParser.TryParseDate(asOf, out _))
            {
                reader.Invalid(reader.Locate(asOfNode), ValueParser.DateError(asOf));
                asOf = null;
            }
        }
        bool derived = false;
        if (entries.Scalar("derived") is { } derivedNode)
        {
            string derivedText = derivedNode.Value;
            if (derivedText == "true" || derivedText == "false")
            {
                derived = derivedText == "true";
            }
            else
            {
                reader.Invalid(reader.Locate(derivedNode), $"'derived' in {context.ToString()} must be true or false, not '{derivedText}'");
            }
        }
        SpannedText? name = ExplicitName(reader, entries, context);
        string? unit = reader.Strings.ShareOrNull(entries.TextValue("unit"));
        string? prefix = entries.TextValue("prefix");
        string? suffix = entries.TextValue("suffix");
        string? note = entries.TextValue("note");
        string? stance = entries.OneOf("stance", CatalogueKeys.Stances);
        string? yearFrom = entries.OneOf("year-from", CatalogueKeys.YearSources);
        string? curatorNote = entries.TextValue("curator-note");

        ClaimRank rankKind = rank switch { "preferred" => ClaimRank.Preferred, "deprecated" => ClaimRank.Deprecated, _ => ClaimRank.Normal };
        if (rankKind == ClaimRank.Deprecated && reason is null)
        {
            reader.Report(CatalogueDiagnostics.RankProblem, entries.ValueLocation("rank"),
                $"Claim '{id.Value}' of fact '{factId}' is deprecated without a reason; add 'reason:' saying why it is wrong");
        }

        FactValue? value = null;
        if (valueNode is { } scalar && !typeInvalid)
        {
            FactValueType kind = type ?? ValueParser.Infer(scalar);
            value = ValueParser.Parse(kind, scalar, out string error);
            if (value is null)
            {
                reader.Invalid(reader.Locate(scalar), $"The value of {context.ToString()} is not valid: {error}");
            }
        }
        if (value is null || claimant is null || source is not { } sourceText || quote is not { } quoteText)
        {
            return null;
        }
        return new ParsedClaim
        {
            Id = id,
            Identifier = name?.Value ?? reader.Strings.PascalCase(id.Value),
            Name = name,
            Value = value,
            ValueAt = reader.Position(valueNode!.Value),
            Bound = ParseBound(bound),
            Claimant = claimant,
            Source = reader.Strings.Share(sourceText.Value),
            SourceAt = sourceText.At,
            Quote = quoteText.Value,
            QuoteAt = quoteText.At,
            Prefix = prefix,
            Suffix = suffix,
            AsOf = asOf,
            Rank = rankKind,
            RankAt = entries.ValuePosition("rank"),
            Reason = reason,
            Derived = derived,
            Unit = unit,
            Note = note,
            Stance = ParseStance(stance),
            StanceAt = entries.ValuePosition("stance"),
            YearFrom = yearFrom,
            YearFromAt = entries.ValuePosition("year-from"),
            CuratorNote = curatorNote,
            DerivedAt = entries.ValuePosition("derived"),
        };
    }

    private static ClaimStance ParseStance(string? word) => word switch
    {
        "denies" => ClaimStance.Denies,
        "declines" => ClaimStance.Declines,
        _ => ClaimStance.Asserts,
    };

    /// <summary>Ids become C# names and cite strings: lower-kebab-case only (FC0010 otherwise).</summary>
    private static bool CheckId(NodeReader reader, SpannedText id, string kind)
    {
        if (IdentifierNames.IsKebabCase(id.Value))
        {
            if (IdentifierNames.IdProblem(id.Value) is { } tooLong)
            {
                reader.Report(CatalogueDiagnostics.IdentifierConflict, id.Location, $"{kind} id {tooLong}; shorten it");
                return false;
            }
            return true;
        }
        string suggestion = IdentifierNames.ToKebabCase(id.Value);
        reader.Report(CatalogueDiagnostics.IdentifierConflict, id.Location,
            $"{kind} id '{id.Value}' is not lower-kebab-case (a-z, 0-9 and single hyphens){(suggestion.Length > 0 ? $"; rename it to '{suggestion}'" : "; rename it")}");
        return false;
    }

    private static SpannedText? ExplicitName(NodeReader reader, NodeReader.Entries entries, Subject context)
    {
        SpannedText? name = entries.Text("name");
        if (name is not null && IdentifierNames.ProblemWith(name.Value) is { } problem)
        {
            reader.Report(CatalogueDiagnostics.IdentifierConflict, name.Location,
                $"The 'name' of {context.ToString()} is not usable: {problem}; choose a PascalCase name such as '{IdentifierNames.Suggestion(name.Value)}'");
            return null;
        }
        if (name is not null && LookAlikes.Problem(name.Value) is { } lookAlike)
        {
            reader.Report(CatalogueDiagnostics.LookAlikeName, name.Location, lookAlike);
        }
        return name;
    }

    private static FactValueType ParseKind(string word) => word switch
    {
        "count" => FactValueType.Count,
        "integer" => FactValueType.Integer,
        "number" => FactValueType.Number,
        "percent" => FactValueType.Percent,
        "date" => FactValueType.Date,
        "year" => FactValueType.Year,
        "boolean" => FactValueType.Boolean,
        _ => FactValueType.Text,
    };

    private static ClaimBound ParseBound(string? word) => word switch
    {
        "about" => ClaimBound.About,
        "at-least" => ClaimBound.AtLeast,
        "at-most" => ClaimBound.AtMost,
        "more-than" => ClaimBound.MoreThan,
        _ => ClaimBound.Exact,
    };
}
