using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactCatalog.Catalogue.Model;
using FactCatalog.Catalogue.Naming;
using FactCatalog.Generator.Manifest;
using FactCatalog.Generator.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// Emits one group file: <c>Facts.&lt;Group&gt;.All</c>, and <c>Facts.&lt;Group&gt;.&lt;Fact&gt;</c> with the id, one
/// member per claim, the value where the fact has one and the rich <c>Fact</c>; and, in the store namespace,
/// the group's table: each fact's record as UTF-8 data (packed into string literals as far as the group's share of
/// the string heap goes, <see cref="PackedData"/>), decoded into the rich object the first time that fact is read.
/// The file depends on its group and the sources it cites only, so editing one group re-emits one file.
/// </summary>
public static class GroupEmitter
{
    private const string FactType = "global::FactCatalog.Fact";

    /// <summary>The group member listing its facts.</summary>
    private const string ListClass = GeneratedMemberNames.GroupList;

    /// <summary>The store's table of the group's facts, and its type.</summary>
    private const string TableField = "Facts";
    private const string TableType = "global::FactCatalog.Storage.FactTable";

    /// <summary>A group whose emitting is made to fail, to test what the user sees then; null outside those tests.</summary>
    internal static string? FailingGroupForTests;

    /// <summary>The file's text.</summary>
    public static string Emit(GroupEmitSpec spec, System.Threading.CancellationToken cancellation = default)
    {
        if (FailingGroupForTests is { } failing && spec.Group.Identifier == failing)
        {
            throw new InvalidOperationException("The emitter was made to fail for group '" + failing + "'.");
        }
        EmitOptions options = spec.Options;
        var citations = new CitationText(spec.Sources);
        string group = spec.Group.Identifier;
        string store = Namespace.Join(options.Namespace, CodeNames.StoreNamespace(options.ClassName));
        var writer = CodeWriter.File(options, cancellation, ExpectedLength(spec.Group.Facts.Count, options.DocComments));

        // What the analyzers check citations against, here and in every project that references this one.
        WriteManifest(writer, options, spec.Group);
        writer.Line();
        Namespace.Open(writer, options.Namespace);
        writer.Line("public static partial class " + CodeNames.Type(options.ClassName)).Open();
        writer.Doc().Summary(
            "The facts of group " + DocComment.Code(group) + ": " + Count(spec.Group.Facts.Count, "fact") + ".");
        writer.Line("public static partial class " + CodeNames.Type(group)).Open();
        writer.Doc().Summary(
            "Every fact of group " + DocComment.Code(group) + ", ordered by id. A fact is built the first time it is read.");
        string table = CodeNames.Qualified(store, CodeNames.Type(group)) + "." + TableField;
        writer.Line("public static " + FactListCode.ListType + " " + ListClass + " => " + table + ";");
        WriteFactReaders(writer, options, spec.Group, table);
        var lines = new LineDirectives(writer, options.EnhancedLineDirectives);
        for (int i = 0; i < spec.Group.Facts.Count; i++)
        {
            writer.Line();
            WriteFactClass(writer, options, group, spec.Group.Facts[i], i, citations, spec.PlaceOf(i), lines);
        }
        lines.Reset();
        writer.Close().Close();
        Namespace.Close(writer, options.Namespace);

        writer.Line();
        Namespace.Open(writer, store);
        WriteStore(writer, options, spec);
        Namespace.Close(writer, store);
        return writer.ToString();
    }

    /// <summary>
    /// What stands in for the group's file when emitting it failed (and FC0016 said so): each fact's class with a
    /// <c>Fact</c> that throws, which is all the catalogue class refers to. So the rest of the catalogue and the user's
    /// code still compile, and the user sees the one diagnostic, not a CS0117 for every reference to the group.
    /// </summary>
    public static string EmitPlaceholder(GroupEmitSpec spec)
    {
        EmitOptions options = spec.Options;
        string message = CSharpLiteral.String("Group '" + spec.Group.Identifier + "' could not be generated (FC0016); see the build's diagnostics.");
        var writer = CodeWriter.File(options, default, 1024 + (spec.Group.Facts.Count * 256));
        Namespace.Open(writer, options.Namespace);
        writer.Line("public static partial class " + CodeNames.Type(options.ClassName)).Open();
        writer.Doc().Summary("Group " + DocComment.Code(spec.Group.Identifier) + ": not generated, see FC0016.");
        writer.Line("public static partial class " + CodeNames.Type(spec.Group.Identifier)).Open();
        foreach (ResolvedFact fact in spec.Group.Facts)
        {
            writer.Doc().Summary("Fact " + DocComment.Code(fact.Id) + ": not generated, see FC0016.");
            writer.Line("public static partial class " + CodeNames.Type(fact.Identifier)).Open();
            writer.Doc().Summary("Throws: the group could not be generated.");
            writer.Line("public static " + FactType + " Fact => throw new global::System.InvalidOperationException(" + message + ");");
            writer.Close();
        }
        writer.Close().Close();
        Namespace.Close(writer, options.Namespace);
        return writer.ToString();
    }

    /// <summary>The group's manifest attribute (<see cref="CatalogueManifest"/>); its text goes straight into the literal, uncopied.</summary>
    private static void WriteManifest(CodeWriter writer, EmitOptions options, ResolvedGroup group) =>
        writer.StartLine()
            .Write("[assembly: global::" + CatalogueManifest.AttributeNamespace + ".CatalogueManifest("
                + CSharpLiteral.Int(CatalogueManifest.Version) + ", "
                + CSharpLiteral.String(CodeNames.Qualified(options.Namespace, CodeNames.Type(options.ClassName))) + ", "
                + CSharpLiteral.String(CodeNames.Type(group.Identifier)) + ", \"")
            .WriteEscaped(CatalogueManifest.Write(group))
            .Write("\")]")
            .EndLine();

    private static void WriteFactClass(
        CodeWriter writer, EmitOptions options, string group, ResolvedFact fact, int index, CitationText citations, FactPlace place, LineDirectives lines)
    {
        string type = ValueCode.TypeOf(fact.Type);
        var members = new Dictionary<ResolvedClaim, string>(ByReference<ResolvedClaim>.Instance);
        foreach (ResolvedClaim claim in fact.Claims)
        {
            if (claim.HasMember)
            {
                members.Add(claim, CodeNames.Member(claim.Identifier));
            }
        }
        ResolvedClaim? answering = fact.ValueClaim;
        bool mapped = LineDirectives.CanMap(place.Path);
        if (!mapped)
        {
            lines.Reset();
        }

        // The class: what the fact asks, its status, and every claim with its quote and citation (once, here).
        // Doc text is built only where it is written: a build without doc comments skips most of the emitter's work.
        if (writer.DocComments)
        {
            writer.Doc()
                .Summary(DocComment.Text(fact.Statement), StatusLine(fact, answering, members))
                .RemarksWithList(
                    new[] { FactLine(fact), fact.Note is null ? null : "Note: " + DocComment.Text(fact.Note) },
                    fact.Claims.Select(c => ClaimItem(fact, c, members, citations)).ToList());
        }
        const string classPrefix = "public static partial class ";
        if (mapped)
        {
            lines.Map(place.Path, place.Span, writer.IndentWidth + classPrefix.Length);
        }
        writer.Line(classPrefix + CodeNames.Type(fact.Identifier));
        lines.Hide();
        writer.Open();

        writer.Doc().Summary("The fact's id, as <c>Cites</c> and lookups take it.");
        writer.Line("public const string Id = " + CSharpLiteral.String(fact.Id) + ";");

        string declaration = ValueCode.Declaration(fact.Type) + " ";
        foreach (ResolvedClaim claim in fact.Claims)
        {
            if (!members.TryGetValue(claim, out string? member))
            {
                continue;
            }
            writer.Line();
            if (writer.DocComments)
            {
                writer.Doc()
                    .Summary(
                        CitationText.Lead(fact) + CitationText.ValueAndClaimant(fact, claim) + ".",
                        claim.Rank == ClaimRank.Deprecated ? CitationText.Deprecation(claim) : null,
                        CitationText.Quote(claim),
                        citations.Short(claim))
                    .Remarks(CitationText.Details(fact, claim));
            }
            if (claim.Rank == ClaimRank.Deprecated)
            {
                writer.Line("[global::System.Obsolete(" + CSharpLiteral.String("Deprecated: " + (claim.Reason ?? "no reason given")) + ")]");
            }
            MapClaim(writer, lines, place, mapped, claim, declaration);
            writer.Line(declaration + member + " = " + claim.Literal + ";");
            lines.Hide();
        }

        if (answering is not null)
        {
            writer.Line();
            if (writer.DocComments)
            {
                writer.Doc().Summary(
                    CitationText.Lead(fact) + CitationText.ValueAndClaimant(fact, answering) + " (" + fact.Status.ToString() + ", from "
                        + DocComment.See(members[answering]) + ").",
                    CitationText.Quote(answering),
                    citations.Short(answering));
            }
            MapClaim(writer, lines, place, mapped, answering, declaration);
            writer.Line(declaration + "Value = " + answering.Literal + ";");
            lines.Hide();
        }
        else if (fact.Status == FactStatus.Disputed)
        {
            List<ResolvedClaim> choices = Choices(fact, members);
            string choiceList = string.Join(", ", choices.Select(c => members[c] + " (" + ValueCode.Describe(fact.Type, c.Value, c.Bound, c.Unit) + ")"));
            writer.Line();
            writer.Doc().Summary(
                CitationText.Lead(fact) + "no value. The claims disagree and none is preferred, so reading <c>Value</c> is a compile error; use one of "
                    + string.Join(", ", choices.Select(c => DocComment.See(members[c]))) + ".");
            writer.Line("[global::System.Obsolete(" + CSharpLiteral.String(
                $"Fact '{fact.Id}' is disputed: its claims disagree and none is preferred; choose one of: {choiceList}") + ", error: true)]");
            if (mapped)
            {
                // The dispute is the fact's: the compile error on reading Value is the user's, but Value itself is the fact's.
                lines.Map(place.Path, place.Span, writer.IndentWidth + declaration.Length);
            }
            writer.Line(declaration + "Value = " + ValueCode.Placeholder(fact.Type) + ";");
            lines.Hide();
        }

        writer.Line();
        writer.Doc().Summary("The fact with its claims and citations, built on first read.");
        writer.Line("public static " + FactType + "<" + type + "> Fact => " + ValueCode.FactReader(fact.Type) + "(" + CSharpLiteral.Int(index) + ");");
        writer.Close();
    }

    /// <summary>
    /// The group class's private methods from a fact's index to its typed fact, one for each C# type its facts have
    /// (<see cref="GeneratedMemberNames.FactReaders"/>), which every fact's <c>Fact</c> calls by its simple name. Reading
    /// <paramref name="table"/>, its indexer and the cast in each of 10,000 getters was about 8 % of compiling them
    /// (docs/benchmarks.md); here they are bound once per type. Outside nullable analysis, like the store's private
    /// methods: they are private, so no annotation a consumer sees changes.
    /// </summary>
    private static void WriteFactReaders(CodeWriter writer, EmitOptions options, ResolvedGroup group, string table)
    {
        var kinds = new SortedDictionary<string, FactValueType>(StringComparer.Ordinal);
        foreach (ResolvedFact fact in group.Facts)
        {
            string reader = ValueCode.FactReader(fact.Type);
            if (!kinds.ContainsKey(reader))
            {
                kinds.Add(reader, fact.Type);
            }
        }
        if (kinds.Count == 0)
        {
            return;
        }
        FactListCode.StartPrivateData(writer, options.NullableAnnotations);
        foreach (KeyValuePair<string, FactValueType> reader in kinds)
        {
            string typed = FactType + "<" + ValueCode.TypeOf(reader.Value) + ">";
            writer.Line("private static " + typed + " " + reader.Key + "(int index) => (" + typed + ")" + table + "[index];");
        }
        FactListCode.EndPrivateData(writer, options.NullableAnnotations);
    }

    /// <summary>Maps the next line, a claim's member (or <c>Value</c> from it), to the claim's lines; to the fact's when the claim's are not known.</summary>
    private static void MapClaim(CodeWriter writer, LineDirectives lines, FactPlace place, bool mapped, ResolvedClaim claim, string declaration)
    {
        if (mapped)
        {
            lines.Map(place.Path, place.ClaimSpan(claim.Id) ?? place.Span, writer.IndentWidth + declaration.Length);
        }
    }

    /// <summary>The claims a disputed fact's user can choose from: not deprecated, quote verified, with a member.</summary>
    private static List<ResolvedClaim> Choices(ResolvedFact fact, Dictionary<ResolvedClaim, string> members) =>
        fact.Claims.Where(c => c.Rank != ClaimRank.Deprecated && c.Citation is not null && members.ContainsKey(c)).ToList();

    private static string StatusLine(ResolvedFact fact, ResolvedClaim? answering, Dictionary<ResolvedClaim, string> members)
    {
        string Value(ResolvedClaim claim) => DocComment.Text(ValueCode.Describe(fact.Type, claim.Value, claim.Bound, claim.Unit));
        switch (fact.Status)
        {
            case FactStatus.Consistent when answering is not null:
                return "Consistent: the claims agree on " + Value(answering) + ".";
            case FactStatus.Resolved when answering is not null:
                return "Resolved: the claims disagree; the catalogue prefers " + DocComment.See(members[answering]) + ", " + Value(answering) + ".";
            case FactStatus.Disputed:
                // The claims are listed once, below; Value's own doc names the ones to choose from.
                return "Disputed: the claims disagree and none is preferred, so <c>Value</c> is a compile error; use one of the claims.";
            case FactStatus.Unsupported:
                return "Unsupported: no claim has a verified quote, so the fact has no value.";
            default:
                return fact.Status.ToString() + ".";
        }
    }

    private static string FactLine(ResolvedFact fact)
    {
        string line = "Fact " + DocComment.Code(fact.Id) + ": " + ValueCode.KindWord(fact.Type)
            + (fact.Unit is null ? string.Empty : ", in " + DocComment.Text(fact.Unit)) + ".";
        return fact.Tags.Count == 0 ? line : line + " Tags: " + string.Join(", ", fact.Tags.Select(DocComment.Text)) + ".";
    }

    /// <summary>
    /// A claim in the fact's list: member, rank, value, claimant, quote and citation. The class is the one place that
    /// shows every claim's quote side by side; each claim's member shows its own (and <c>Value</c> the answering one's).
    /// </summary>
    private static string ClaimItem(ResolvedFact fact, ResolvedClaim claim, Dictionary<ResolvedClaim, string> members, CitationText citations)
    {
        string name = members.TryGetValue(claim, out string? member) ? DocComment.See(member) : DocComment.Code(claim.Id);
        string rank = claim.Rank == ClaimRank.Deprecated ? " (deprecated)" : claim.Rank == ClaimRank.Preferred ? " (preferred)" : string.Empty;
        return name + rank + ": " + CitationText.ValueAndClaimant(fact, claim) + ". " + CitationText.Quote(claim) + ", " + citations.Short(claim);
    }

    /// <summary>
    /// The group's table (what <c>All</c> and each fact's <c>Fact</c> read), each fact's record by index, and the
    /// sources the records cite by the index they use. Records hold only the claims the rich object can carry:
    /// a claim without a verified quote, or whose value does not fit the fact's type, has no citation or value.
    /// </summary>
    private static void WriteStore(CodeWriter writer, EmitOptions options, GroupEmitSpec spec)
    {
        var sourceIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (SourceMetadata source in spec.Sources)
        {
            sourceIndexes[source.Id] = sourceIndexes.Count;
        }
        EquatableArray<ResolvedFact> facts = spec.Group.Facts;
        writer.Line("internal static class " + CodeNames.Type(spec.Group.Identifier)).Open();
        // The sources the records cite, as their indexes in the catalogue's source table: constants the sources' file
        // declares by name, so this file depends on the names only, and the array is data, not a method to compile.
        writer.Line("internal static readonly " + TableType + " " + TableField + " = new " + TableType + "("
            + CSharpLiteral.Int(facts.Count) + ", " + CSharpLiteral.Int(RecordChunkSize) + ", RecordData, "
            + SourcesEmitter.Table(options) + ", new int[] { "
            + string.Join(", ", spec.Sources.Select(source => SourcesEmitter.IndexConstant(options, source))) + " });");
        writer.Line();
        FactListCode.StartPrivateData(writer, options.NullableAnnotations);
        FactListCode.WriteChunks(writer, "RecordData", facts.Count, i => FactRecord(facts[i], sourceIndexes), new PackedData(spec.PackedDataShare), options.Utf8Literals, options.SwitchExpressions, RecordChunkSize);
        FactListCode.EndPrivateData(writer, options.NullableAnnotations);
        writer.Close();
    }

    private static string FactRecord(ResolvedFact fact, IReadOnlyDictionary<string, int> sourceIndexes)
    {
        var claims = fact.Claims.Where(c => c.Citation is not null && c.HasMember).ToList();
        return Records.Fact(fact, claims, sourceIndexes);
    }

    /// <summary>
    /// Fact records per chunk of a group's data: fewer than the tables' <see cref="FactListCode.ChunkSize"/>, since a packed
    /// chunk is copied out of the assembly as a whole the first time it is read (about 20 KB here, against the 56 KB of a
    /// 100-fact chunk, which cost the first fact 0.9 ms), and a record is found by reading past the ones before it in its
    /// chunk. More literals cost the compiler nothing that shows (docs/benchmarks.md).
    /// </summary>
    public const int RecordChunkSize = 32;

    /// <summary>
    /// About what a group of <paramref name="facts"/> facts takes, in characters, so the writer rarely grows; capped at
    /// 64 M characters, past which the writer grows as it goes rather than reserve memory a guess may not need.
    /// </summary>
    private static int ExpectedLength(int facts, bool docComments) => 8192 + Math.Min(facts, 16 * 1024) * (docComments ? 4096 : 1536);

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
