using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Catalogue.Model;
using FactCatalog.Generator.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Generator.Model;

// The data handed from the catalogue stages to the emitters. Every type is an immutable record over strings,
// numbers and equatable arrays: incremental caching compares step outputs with Equals, and a reference-equal
// type here would make every rerun look like a change (and re-emit every file).

/// <summary>What the consuming compilation offers generated code.</summary>
/// <param name="NotNullWhen">Whether <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> can be used (not on netstandard2.0).</param>
/// <param name="Utf8Literals">Whether the language version has <c>"..."u8</c> literals (C# 11 and later).</param>
/// <param name="LanguageVersion">The consumer's effective C# version: generated code uses only what it accepts.</param>
/// <param name="DocComments">
/// Whether the compilation reads doc comments: its parse options' documentation mode is not <c>None</c>. A command-line
/// build without a documentation file parses them as plain comments; the IDE always reads them.
/// </param>
public sealed record CompilationFeatures(bool NotNullWhen, bool Utf8Literals, LanguageVersion LanguageVersion = LanguageVersion.Latest, bool DocComments = true);

/// <summary>The names generated code lives under, and what it may use.</summary>
/// <param name="Namespace">The namespace of the catalogue; empty for the global namespace.</param>
/// <param name="ClassName">The root catalogue class, <c>Facts</c> by default.</param>
/// <param name="NotNullWhen">Whether <c>TryGet</c> may carry <c>[NotNullWhen(true)]</c>.</param>
/// <param name="Utf8Literals">Whether catalogue data is written as <c>"..."u8</c> literals rather than byte arrays.</param>
/// <param name="LanguageVersion">
/// The consumer's effective C# version (C# 7.3 at least, the default of netstandard2.0 libraries). Generated code is
/// written in what that version accepts; see <see cref="NullableAnnotations"/>, <see cref="SwitchExpressions"/> and
/// <see cref="TargetTypedConditional"/>. The newest syntax when not given.
/// </param>
/// <param name="StringHeapBytes">
/// Bytes of the assembly's string heap the catalogue's data may take as packed string literals (<c>PackedData</c>), from
/// <c>FactCatalogStringHeapBytes</c>; the rest is written as UTF-8 data.
/// </param>
/// <param name="DocComments">
/// Whether generated code carries XML doc comments (<see cref="CompilationFeatures.DocComments"/>). Where nothing reads
/// them they are a sixth of a big catalogue's compile, for nothing: a build without a documentation file gets none;
/// the IDE, whose tooltips show them, and a build that writes the documentation file get them all.
/// </param>
public sealed record EmitOptions(
    string Namespace, string ClassName, bool NotNullWhen, bool Utf8Literals, LanguageVersion LanguageVersion = LanguageVersion.Latest,
    int StringHeapBytes = PackedData.DefaultTotalBytes, bool DocComments = true)
{
    /// <summary><c>#nullable enable</c> and <c>?</c> on reference types (C# 8 and later); before that, neither.</summary>
    public bool NullableAnnotations => LanguageVersion >= LanguageVersion.CSharp8;

    /// <summary>Switch expressions (C# 8 and later); before that, switch statements with the same cases.</summary>
    public bool SwitchExpressions => LanguageVersion >= LanguageVersion.CSharp8;

    /// <summary>A conditional whose branches have no common type, typed by its target (C# 9 and later); before that, a cast.</summary>
    public bool TargetTypedConditional => LanguageVersion >= LanguageVersion.CSharp9;

    /// <summary><c>#line (line,col)-(line,col) offset "file"</c>, which maps a span (C# 10 and later); before that, <c>#line line "file"</c>.</summary>
    public bool EnhancedLineDirectives => LanguageVersion >= LanguageVersion.CSharp10;
}

/// <summary>
/// The catalogue as generated code depends on it: positions in the YAML files removed, so that an edit that
/// only moves text (or only changes diagnostics) leaves this equal and nothing is re-emitted.
/// </summary>
public sealed record EmitModel(EmitOptions Options, ResolvedCatalogue Catalogue);

/// <summary>The input of one group file: the group, the sources its claims cite, and where its facts are written.</summary>
/// <param name="Options">What generated code may use.</param>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Group">The group, facts ordered by id.</param>
/// <param name="Sources">The sources the group's claims cite, ordered by id.</param>
/// <param name="PackedDataShare">
/// Bytes of the assembly's string heap the group's data may take as packed string literals (<c>PackedData</c>): an
/// equal share for every group, so it changes only when a group is added or removed.
/// </param>
/// <param name="Places">
/// Where each fact of <paramref name="Group"/> is written, by the fact's index; empty, or <see cref="FactPlace.None"/>
/// for a fact, when not known. Kept beside the model, so moving text in one fact file re-emits that file's group only.
/// </param>
public sealed record GroupEmitSpec(
    EmitOptions Options, string HintName, ResolvedGroup Group, EquatableArray<SourceMetadata> Sources, int PackedDataShare, EquatableArray<FactPlace> Places = default)
{
    /// <summary>Where the fact at <paramref name="index"/> is written, or <see cref="FactPlace.None"/>.</summary>
    public FactPlace PlaceOf(int index) => index < Places.Count ? Places[index] : FactPlace.None;
}

/// <summary>Where a claim is written in its fact file: from its id to the end of its last key with a known position.</summary>
public readonly record struct ClaimPlace(string Id, LinePositionSpan Span);

/// <summary>
/// Where a fact is written, for the <c>#line</c> mappings of its generated members: the fact file's path as the compiler
/// lists it, the fact's lines (from its id to the end of its last claim) and each claim's. Line positions only, never
/// character offsets, so the same file with CRLF line endings maps the same.
/// </summary>
public sealed record FactPlace(string Path, LinePositionSpan Span, EquatableArray<ClaimPlace> Claims)
{
    /// <summary>No known place: the fact's members carry no mapping.</summary>
    public static readonly FactPlace None = new(string.Empty, default, EquatableArray<ClaimPlace>.Empty);

    /// <summary>Where the claim <paramref name="id"/> is written; null when not known.</summary>
    public LinePositionSpan? ClaimSpan(string id)
    {
        foreach (ClaimPlace claim in Claims)
        {
            if (claim.Id == id)
            {
                return claim.Span;
            }
        }
        return null;
    }
}

/// <summary>
/// What the root file depends on, in catalogue order: each fact's id, class and tags, and the counts. A cheap
/// projection of the emit model, so an edit that changes no id, name or tag (a statement, a value, a quote) stops
/// here and the root file's sorted index is not rebuilt.
/// </summary>
public sealed record RootIndexInput(EmitOptions Options, EquatableArray<RootFactEntry> Facts, int GroupCount, int SourceCount);

/// <summary>One fact as the root file sees it.</summary>
public sealed record RootFactEntry(string Id, string Group, string Fact, EquatableArray<string> Tags);

/// <summary>One fact in the root index: its id and where its class is.</summary>
public sealed record FactIndexEntry(string Id, string Group, string Fact);

/// <summary>A tag and the indexes (into the id-ordered facts) of the facts that carry it.</summary>
public sealed record TagIndexEntry(string Tag, EquatableArray<int> Facts);

/// <summary>The input of the root file: every fact ordered by id (ordinal), and every tag.</summary>
public sealed record RootEmitSpec(
    EmitOptions Options,
    string HintName,
    EquatableArray<FactIndexEntry> Facts,
    EquatableArray<TagIndexEntry> Tags,
    int GroupCount,
    int SourceCount);

/// <summary>The input of the Sources file: every source, ordered by id.</summary>
public sealed record SourcesEmitSpec(EmitOptions Options, string HintName, EquatableArray<SourceMetadata> Sources);
