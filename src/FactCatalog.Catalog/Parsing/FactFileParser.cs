using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Catalog.Diagnostics;
using FactCatalog.Catalog.Model;
using FactCatalog.Catalog.Naming;
using FactCatalog.Catalog.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalog.Parsing;

/// <summary>
/// Stage 1 for a <c>*.facts.yaml</c> file: reads it into a <see cref="FactFileSpec"/>. Everything that can
/// be checked inside the one file is checked here (structure, keys, value types, ids, names, ranks), so
/// that editing a fact file re-runs this for that file alone.
/// </summary>
public static class FactFileParser
{
    /// <summary>The suffix that marks a fact file.</summary>
    public const string Suffix = ".facts.yaml";

    /// <summary>Parses one fact file.</summary>
    public static FactFileSpec Parse(string path, SourceText text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var reader = new NodeReader(path, text, diagnostics);
        SpannedText group = DefaultGroup(path);
        var facts = ImmutableArray.CreateBuilder<FactSpec>();

        if (reader.ReadRoot(CatalogKeys.FactFile, "fact file", "add 'facts:' with at least one fact", cancellationToken) is { } file)
        {
            if (file.Text("group") is { } explicitGroup)
            {
                if (IdentifierNames.ProblemWith(explicitGroup.Value) is { } problem)
                {
                    reader.Report(CatalogDiagnostics.IdentifierConflict, explicitGroup.Location,
                        $"The group name {problem}; use a PascalCase name such as '{IdentifierNames.ToPascalCase(explicitGroup.Value)}'");
                }
                else
                {
                    group = explicitGroup;
                }
            }
            if (file.Mapping("facts", required: true) is { } factsNode)
            {
                foreach ((SpannedText id, YamlSyntax node) in reader.IdEntries(factsNode, "fact"))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (ParseFact(reader, id, node) is { } fact)
                    {
                        facts.Add(fact);
                    }
                }
            }
        }
        return new FactFileSpec(path, group, facts.ToImmutable().ToEquatableArray(), diagnostics.ToEquatableArray());
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

    private static FactSpec? ParseFact(NodeReader reader, SpannedText id, YamlSyntax node)
    {
        string context = $"fact '{id.Value}'";
        if (!CheckId(reader, id, "Fact"))
        {
            return null;
        }
        if (reader.Mapping(node, $"Fact '{id.Value}'") is not { } mapping)
        {
            return null;
        }
        NodeReader.Entries entries = reader.Keys(mapping, CatalogKeys.Fact, context);
        SpannedText? statement = entries.Text("statement", required: true);
        string? declaredType = entries.OneOf("type", CatalogKeys.ValueTypes);
        bool typeInvalid = entries.Has("type") && declaredType is null;
        SpannedText? name = ExplicitName(reader, entries, context);
        string identifier = name?.Value ?? IdentifierNames.ToPascalCase(id.Value);
        string? unit = entries.Text("unit")?.Value;
        EquatableArray<string> tags = entries.TextList("tags");
        SpannedText? preferred = entries.Text("preferred");
        string? note = entries.Text("note")?.Value;

        ValueKind? type = declaredType is null ? null : ParseKind(declaredType);
        var claims = new List<ClaimSpec>();
        var claimNodes = new List<YamlScalarSyntax>();
        var writtenClaimIds = new HashSet<string>(System.StringComparer.Ordinal);
        if (entries.Mapping("claims", required: true) is { } claimsNode)
        {
            foreach ((SpannedText claimId, YamlSyntax claimNode) in reader.IdEntries(claimsNode, "claim"))
            {
                writtenClaimIds.Add(claimId.Value);
                if (ParseClaim(reader, id.Value, identifier, claimId, claimNode, type, typeInvalid) is { } claim)
                {
                    claims.Add(claim.Claim);
                    claimNodes.Add(claim.ValueNode);
                }
            }
        }

        if (statement is null)
        {
            return null;
        }
        ValueKind kind = type ?? FactChecks.UnifyInferredKinds(reader, id.Value, claims) ?? ValueKind.Text;
        claims = FactChecks.CheckClaimIdentifiers(reader, id.Value, identifier, claims);
        FactChecks.CheckUnits(reader, id.Value, unit, claims);
        FactChecks.CheckRanks(reader, id.Value, preferred, claims, writtenClaimIds);
        return new FactSpec(id, identifier, statement.Value, kind, unit, tags, preferred, name, note,
            claims.ToEquatableArray());
    }

    private static (ClaimSpec Claim, YamlScalarSyntax ValueNode)? ParseClaim(
        NodeReader reader, string factId, string factIdentifier, SpannedText id, YamlSyntax node, ValueKind? type, bool typeInvalid)
    {
        string context = $"claim '{id.Value}' of fact '{factId}'";
        if (!CheckId(reader, id, "Claim"))
        {
            return null;
        }
        if (reader.Mapping(node, $"Claim '{id.Value}'") is not { } mapping)
        {
            return null;
        }
        NodeReader.Entries entries = reader.Keys(mapping, CatalogKeys.Claim, context);
        YamlScalarSyntax? valueNode = entries.Scalar("value", required: true);
        SpannedText? claimant = entries.Text("claimant", required: true);
        SpannedText? source = entries.Text("source", required: true);
        SpannedText? quote = entries.Text("quote", required: true);
        string? bound = entries.OneOf("bound", CatalogKeys.Bounds);
        string? rank = entries.OneOf("rank", CatalogKeys.Ranks);
        SpannedText? reason = entries.Text("reason");
        SpannedText? asOf = entries.Text("as-of");
        if (asOf is not null && !ValueParser.TryParseDate(asOf.Value, out _))
        {
            reader.Invalid(asOf.Location, ValueParser.DateError(asOf.Value));
            asOf = null;
        }
        bool derived = false;
        if (entries.Text("derived") is { } derivedText)
        {
            if (derivedText.Value == "true" || derivedText.Value == "false")
            {
                derived = derivedText.Value == "true";
            }
            else
            {
                reader.Invalid(derivedText.Location, $"'derived' in {context} must be true or false, not '{derivedText.Value}'");
            }
        }
        SpannedText? name = ExplicitName(reader, entries, context);
        string? unit = entries.Text("unit")?.Value;
        string? prefix = entries.Text("prefix")?.Value;
        string? suffix = entries.Text("suffix")?.Value;
        string? note = entries.Text("note")?.Value;

        RankKind rankKind = rank switch { "preferred" => RankKind.Preferred, "deprecated" => RankKind.Deprecated, _ => RankKind.Normal };
        if (rankKind == RankKind.Deprecated && reason is null)
        {
            reader.Report(CatalogDiagnostics.RankProblem, entries.ValueLocation("rank"),
                $"Claim '{id.Value}' of fact '{factId}' is deprecated without a reason; add 'reason:' saying why it is wrong");
        }

        FactValue? value = null;
        if (valueNode is not null && !typeInvalid)
        {
            ValueKind kind = type ?? ValueParser.Infer(valueNode);
            value = ValueParser.Parse(kind, valueNode, out string error);
            if (value is null)
            {
                reader.Invalid(reader.Locate(valueNode), $"The value of {context} is not valid: {error}");
            }
        }
        if (value is null || claimant is null || source is null || quote is null)
        {
            return null;
        }
        var claim = new ClaimSpec(
            id, name?.Value ?? IdentifierNames.ToPascalCase(id.Value), value, reader.Locate(valueNode!),
            ParseBound(bound), claimant.Value, source, quote, prefix, suffix, asOf?.Value,
            rankKind, entries.ValueLocation("rank"), reason?.Value, derived, unit, name, note);
        return (claim, valueNode!);
    }

    /// <summary>Ids become C# names and cite strings: lower-kebab-case only (FC0010 otherwise).</summary>
    private static bool CheckId(NodeReader reader, SpannedText id, string kind)
    {
        if (IdentifierNames.IsKebabCase(id.Value))
        {
            return true;
        }
        string suggestion = IdentifierNames.ToKebabCase(id.Value);
        reader.Report(CatalogDiagnostics.IdentifierConflict, id.Location,
            $"{kind} id '{id.Value}' is not lower-kebab-case (a-z, 0-9 and single hyphens){(suggestion.Length > 0 ? $"; rename it to '{suggestion}'" : "; rename it")}");
        return false;
    }

    private static SpannedText? ExplicitName(NodeReader reader, NodeReader.Entries entries, string context)
    {
        SpannedText? name = entries.Text("name");
        if (name is not null && IdentifierNames.ProblemWith(name.Value) is { } problem)
        {
            reader.Report(CatalogDiagnostics.IdentifierConflict, name.Location,
                $"The 'name' of {context} is not usable: {problem}; choose a PascalCase name such as '{IdentifierNames.ToPascalCase(name.Value)}'");
            return null;
        }
        return name;
    }

    private static ValueKind ParseKind(string word) => word switch
    {
        "count" => ValueKind.Count,
        "integer" => ValueKind.Integer,
        "number" => ValueKind.Number,
        "percent" => ValueKind.Percent,
        "date" => ValueKind.Date,
        "year" => ValueKind.Year,
        "boolean" => ValueKind.Boolean,
        _ => ValueKind.Text,
    };

    private static BoundKind ParseBound(string? word) => word switch
    {
        "about" => BoundKind.About,
        "at-least" => BoundKind.AtLeast,
        "at-most" => BoundKind.AtMost,
        "more-than" => BoundKind.MoreThan,
        _ => BoundKind.Exact,
    };
}
