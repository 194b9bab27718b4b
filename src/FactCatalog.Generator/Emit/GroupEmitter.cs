using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalog.Model;
using FactCatalog.Catalog.Naming;
using FactCatalog.Generator.Manifest;
using FactCatalog.Generator.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Emits one group file: <c>Facts.&lt;Group&gt;.All</c>, and <c>Facts.&lt;Group&gt;.&lt;Fact&gt;</c> with the id, one
/// member per claim, the value where the fact has one and the rich <c>Fact</c>; and, in the store namespace,
/// the list behind <c>All</c> and the class per fact that builds that rich object the first time it is read.
/// The file depends on its group and the sources it cites only, so editing one group re-emits one file.
/// </summary>
public static class GroupEmitter
{
    private const string FactType = "global::FactCatalog.Fact";
    private const string ClaimType = "global::FactCatalog.Claim";

    /// <summary>The group member listing its facts, and the store class behind it.</summary>
    private const string ListClass = GeneratedMemberNames.GroupList;

    /// <summary>The file's text.</summary>
    public static string Emit(GroupEmitSpec spec)
    {
        EmitOptions options = spec.Options;
        var citations = new CitationText(spec.Sources);
        Dictionary<string, SourceModel> sources = spec.Sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        string group = spec.Group.Identifier;
        string store = Namespace.Join(options.Namespace, CodeNames.StoreNamespace(options.ClassName));
        var writer = new CodeWriter().Header();

        // What the analyzers check citations against, here and in every project that references this one.
        writer.Line(CatalogueManifest.Attribute(options, spec.Group));
        writer.Line();
        Namespace.Open(writer, options.Namespace);
        writer.Line("public static partial class " + CodeNames.Type(options.ClassName)).Open();
        writer.Doc(new DocComment().Summary(
            "The facts of group " + DocComment.Code(group) + ": " + Count(spec.Group.Facts.Count, "fact") + "."));
        writer.Line("public static partial class " + CodeNames.Type(group)).Open();
        writer.Doc(new DocComment().Summary(
            "Every fact of group " + DocComment.Code(group) + ", ordered by id. A fact is built the first time it is read."));
        writer.Line("public static " + FactListCode.ListType + " " + ListClass + " => "
            + CodeNames.Qualified(store, CodeNames.Type(group), ListClass, "Facts") + ";");
        foreach (FactModel fact in spec.Group.Facts)
        {
            writer.Line();
            WriteFactClass(writer, options, group, fact, citations);
        }
        writer.Close().Close();
        Namespace.Close(writer, options.Namespace);

        writer.Line();
        Namespace.Open(writer, store);
        writer.Line("internal static class " + CodeNames.Type(group)).Open();
        WriteListClass(writer, options, spec.Group);
        foreach (FactModel fact in spec.Group.Facts)
        {
            writer.Line();
            WriteStoreClass(writer, options, fact, sources);
        }
        writer.Close();
        Namespace.Close(writer, store);
        return writer.ToString();
    }

    /// <summary>
    /// The class behind the group's <c>All</c>: a lazy list of the group's facts. It is named <c>All</c>, which no
    /// fact class of the group may take, and refers to everything by its full name, so no fact's name can
    /// capture its members.
    /// </summary>
    private static void WriteListClass(CodeWriter writer, EmitOptions options, GroupModel group)
    {
        writer.Line("internal static class " + ListClass).Open();
        writer.Line("internal const int FactCount = " + CSharpLiteral.Int(group.Facts.Count) + ";");
        writer.Line();
        writer.Line("internal static " + FactListCode.ListType + " Facts { get; } = new FactList(null);");
        writer.Line();
        FactListCode.WriteDispatch(writer, FactType, "FactAt", group.Facts.Count, i => CodeNames.Qualified(options.Namespace,
            CodeNames.Type(options.ClassName), CodeNames.Type(group.Identifier), CodeNames.Type(group.Facts[i].Identifier)) + ".Fact");
        writer.Line();
        FactListCode.WriteFactList(writer);
        writer.Close();
    }

    private static void WriteFactClass(CodeWriter writer, EmitOptions options, string group, FactModel fact, CitationText citations)
    {
        string type = ValueCode.TypeOf(fact.Type);
        var members = new Dictionary<ClaimModel, string>();
        foreach (ClaimModel claim in fact.Claims)
        {
            if (ValueCode.Literal(fact.Type, claim.Value) is not null)
            {
                members.Add(claim, CodeNames.Member(claim.Identifier));
            }
        }
        ClaimModel? answering = fact.Status is StatusKind.Consistent or StatusKind.Resolved
            ? fact.Claims.FirstOrDefault(c => c.Id == fact.AnsweringClaimId && members.ContainsKey(c))
            : null;
        List<ClaimModel> choices = fact.Claims.Where(c => c.Rank != RankKind.Deprecated && c.Citation is not null && members.ContainsKey(c)).ToList();

        writer.Doc(new DocComment()
            .Summary(DocComment.Text(fact.Statement), StatusLine(fact, answering, choices, members))
            .RemarksWithList(
                new[] { FactLine(fact), fact.Note is null ? null : "Note: " + DocComment.Text(fact.Note) },
                fact.Claims.Select(c => ClaimItem(fact, c, members, citations)).ToList()));
        writer.Line("public static partial class " + CodeNames.Type(fact.Identifier)).Open();

        writer.Doc(new DocComment().Summary(
            "The id of this fact, " + DocComment.Code(fact.Id) + ": what <c>Cites</c> attributes and lookups by id take."));
        writer.Line("public const string Id = " + CSharpLiteral.String(fact.Id) + ";");

        foreach (ClaimModel claim in fact.Claims)
        {
            if (!members.TryGetValue(claim, out string? member))
            {
                continue;
            }
            writer.Line();
            writer.Doc(new DocComment()
                .Summary(CitationText.ValueAndClaimant(fact, claim) + ".", CitationText.Quote(claim), citations.Short(claim))
                .Remarks(CitationText.Details(fact, claim)));
            if (claim.Rank == RankKind.Deprecated)
            {
                writer.Line("[global::System.Obsolete(" + CSharpLiteral.String("Deprecated: " + (claim.Reason ?? "no reason given")) + ")]");
            }
            writer.Line(ValueCode.Declaration(fact.Type) + " " + member + " = " + ValueCode.Literal(fact.Type, claim.Value) + ";");
        }

        if (answering is not null)
        {
            writer.Line();
            writer.Doc(new DocComment().Summary(
                "The value of the fact: " + CitationText.ValueAndClaimant(fact, answering) + " (" + fact.Status.ToString() + ", from "
                    + DocComment.See(members[answering]) + ").",
                CitationText.Quote(answering),
                citations.Short(answering)));
            writer.Line(ValueCode.Declaration(fact.Type) + " Value = " + ValueCode.Literal(fact.Type, answering.Value) + ";");
        }
        else if (fact.Status == StatusKind.Disputed)
        {
            string choiceList = string.Join(", ", choices.Select(c => members[c] + " (" + ValueCode.Describe(fact.Type, c.Value, c.Bound, c.Unit) + ")"));
            writer.Line();
            writer.Doc(new DocComment().Summary(
                "No value: the claims of this fact disagree and none is preferred, so reading <c>Value</c> is a compile error. Use one of its claims: "
                    + string.Join(", ", choices.Select(c => DocComment.See(members[c]))) + "."));
            writer.Line("[global::System.Obsolete(" + CSharpLiteral.String(
                $"Fact '{fact.Id}' is disputed: its claims disagree and none is preferred; choose one of: {choiceList}") + ", error: true)]");
            writer.Line(ValueCode.Declaration(fact.Type) + " Value = " + ValueCode.Placeholder(fact.Type) + ";");
        }

        writer.Line();
        writer.Doc(new DocComment().Summary(
            "The fact with every claim and its citation, as a <see cref=\"global::FactCatalog.Fact{T}\"/>; built the first time it is read."));
        writer.Line("public static " + FactType + "<" + type + "> Fact => "
            + CodeNames.Qualified(Namespace.Join(options.Namespace, CodeNames.StoreNamespace(options.ClassName)), CodeNames.Type(group), CodeNames.Type(fact.Identifier))
            + ".Fact;");
        writer.Close();
    }

    private static string StatusLine(FactModel fact, ClaimModel? answering, List<ClaimModel> choices, Dictionary<ClaimModel, string> members)
    {
        string Value(ClaimModel claim) => DocComment.Text(ValueCode.Describe(fact.Type, claim.Value, claim.Bound, claim.Unit));
        switch (fact.Status)
        {
            case StatusKind.Consistent when answering is not null:
                return "Consistent: the claims agree on " + Value(answering) + ".";
            case StatusKind.Resolved when answering is not null:
                return "Resolved: the claims disagree; the catalogue prefers " + DocComment.See(members[answering]) + ", " + Value(answering) + ".";
            case StatusKind.Disputed:
                return "Disputed: the claims disagree and none is preferred; use one of them: "
                    + string.Join(", ", choices.Select(c => DocComment.See(members[c]) + " (" + Value(c) + ")")) + ".";
            case StatusKind.Unsupported:
                return "Unsupported: no claim has a verified quote, so the fact has no value.";
            default:
                return fact.Status.ToString() + ".";
        }
    }

    private static string FactLine(FactModel fact)
    {
        string line = "Fact " + DocComment.Code(fact.Id) + ": " + ValueCode.KindWord(fact.Type)
            + (fact.Unit is null ? string.Empty : ", in " + DocComment.Text(fact.Unit)) + ".";
        return fact.Tags.Count == 0 ? line : line + " Tags: " + string.Join(", ", fact.Tags.Select(DocComment.Text)) + ".";
    }

    private static string ClaimItem(FactModel fact, ClaimModel claim, Dictionary<ClaimModel, string> members, CitationText citations)
    {
        string name = members.TryGetValue(claim, out string? member) ? DocComment.See(member) : DocComment.Code(claim.Id);
        string rank = claim.Rank == RankKind.Deprecated ? " (deprecated: " + DocComment.Text(claim.Reason ?? "no reason given") + ")" : string.Empty;
        return name + rank + ": " + CitationText.ValueAndClaimant(fact, claim) + ": " + CitationText.Quote(claim) + " (" + citations.Short(claim) + ").";
    }

    private static void WriteStoreClass(CodeWriter writer, EmitOptions options, FactModel fact, Dictionary<string, SourceModel> sources)
    {
        string type = ValueCode.TypeOf(fact.Type);
        string name = CodeNames.Type(fact.Identifier);
        var claims = fact.Claims
            .Where(c => c.Citation is not null && sources.ContainsKey(c.Citation.SourceId) && ValueCode.Literal(fact.Type, c.Value) is not null)
            .ToList();
        string? answering = fact.Status is StatusKind.Consistent or StatusKind.Resolved && claims.Any(c => c.Id == fact.AnsweringClaimId)
            ? fact.AnsweringClaimId
            : null;

        writer.Line("internal static class " + name).Open();
        writer.Line("internal static readonly " + FactType + "<" + type + "> Fact = new " + FactType + "<" + type + ">(").Indent();
        writer.Line("id: " + CSharpLiteral.String(fact.Id) + ",");
        writer.Line("statement: " + CSharpLiteral.String(fact.Statement) + ",");
        writer.Line("type: global::FactCatalog.FactValueType." + fact.Type.ToString() + ",");
        writer.Line("unit: " + CSharpLiteral.String(fact.Unit) + ",");
        writer.Line("tags: " + StringArray(fact.Tags) + ",");
        writer.Line("status: global::FactCatalog.FactStatus." + fact.Status.ToString() + ",");
        if (claims.Count == 0)
        {
            writer.Line("claims: global::System.Array.Empty<" + ClaimType + "<" + type + ">>(),");
        }
        else
        {
            writer.Line("claims: new " + ClaimType + "<" + type + ">[]").Open();
            foreach (ClaimModel claim in claims)
            {
                WriteClaim(writer, options, fact, claim, sources[claim.Citation!.SourceId]);
            }
            writer.Close(",");
        }
        writer.Line("answeringClaimId: " + CSharpLiteral.String(answering) + ");").Outdent();
        writer.Line();
        writer.Line("// Explicit, so that the runtime builds the fact exactly when it is first read, not earlier.");
        writer.Line("static " + name + "()").Open().Close();
        writer.Close();
    }

    private static void WriteClaim(CodeWriter writer, EmitOptions options, FactModel fact, ClaimModel claim, SourceModel source)
    {
        CitationModel citation = claim.Citation!;
        writer.Line("new " + ClaimType + "<" + ValueCode.TypeOf(fact.Type) + ">(").Indent();
        writer.Line("value: " + ValueCode.Literal(fact.Type, claim.Value) + ",");
        writer.Line("id: " + CSharpLiteral.String(claim.Id) + ",");
        writer.Line("claimant: " + CSharpLiteral.String(claim.Claimant) + ",");
        writer.Line("rank: global::FactCatalog.ClaimRank." + claim.Rank.ToString() + ",");
        writer.Line("reason: " + CSharpLiteral.String(claim.Reason) + ",");
        writer.Line("bound: global::FactCatalog.ClaimBound." + claim.Bound.ToString() + ",");
        writer.Line("unit: " + CSharpLiteral.String(claim.Unit) + ",");
        writer.Line("asOf: " + (ValueCode.Date(claim.AsOf) ?? "null") + ",");
        writer.Line("derived: " + CSharpLiteral.Boolean(claim.Derived) + ",");
        writer.Line("note: " + CSharpLiteral.String(claim.Note) + ",");
        writer.Line("citation: new global::FactCatalog.Citation(").Indent();
        writer.Line("source: " + CodeNames.Qualified(options.Namespace, GeneratorOptions.SourcesClassName, CodeNames.Member(source.Identifier)) + ",");
        writer.Line("quote: " + CSharpLiteral.String(citation.Quote) + ",");
        writer.Line("line: " + CSharpLiteral.Int(citation.Line) + ",");
        writer.Line("column: " + CSharpLiteral.Int(citation.Column) + ",");
        writer.Line("offset: " + CSharpLiteral.Int(citation.Offset) + ",");
        writer.Line("length: " + CSharpLiteral.Int(citation.Length) + ")),").Outdent().Outdent();
    }

    private static string StringArray(EquatableArray<string> items) =>
        items.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", items.Select(CSharpLiteral.String)) + " }";

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
