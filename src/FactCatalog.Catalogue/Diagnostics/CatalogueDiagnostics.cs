using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Catalogue.Diagnostics;

/// <summary>
/// The table of catalogue diagnostics (FC0001–FC0023, FC0030–FC0032): problems found in fact files, the sources file
/// and the source documents. Each message says what to do about it.
/// </summary>
public static class CatalogueDiagnostics
{
    /// <summary>The category of every FactCatalog diagnostic, catalogue and code alike.</summary>
    public const string Category = "FactCatalog";

    /// <summary>FC0001: the file cannot be read as YAML (syntax, encoding or safety limits).</summary>
    public static readonly DiagnosticDescriptor YamlSyntaxError = Rule(
        "FC0001", "Catalogue file is not valid YAML",
        "{0}", DiagnosticSeverity.Error);

    /// <summary>FC0002: a required key is missing, a node has the wrong kind, or a value is not valid for its type.</summary>
    public static readonly DiagnosticDescriptor InvalidEntry = Rule(
        "FC0002", "Required key missing or value not valid",
        "{0}", DiagnosticSeverity.Error);

    /// <summary>FC0003: a key the format does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Rule(
        "FC0003", "Unknown key",
        "Unknown key '{0}' in {1} is ignored{2}", DiagnosticSeverity.Warning);

    /// <summary>FC0004: a fact id, claim id or source id defined twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = Rule(
        "FC0004", "Duplicate id",
        "Duplicate {0} id '{1}': it is also defined at {2}; rename or remove one of them", DiagnosticSeverity.Error);

    /// <summary>FC0005: a claim names a source that sources.yaml does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownSource = Rule(
        "FC0005", "Claim names an unknown source",
        "Claim '{0}' names source '{1}', which the sources file does not define{2}", DiagnosticSeverity.Error);

    /// <summary>FC0006: a source's file is not among the compilation's additional files.</summary>
    public static readonly DiagnosticDescriptor SourceFileMissing = Rule(
        "FC0006", "Source document not found",
        "Source '{0}' names file '{1}', which is not among the compilation's additional files (expected '{2}'); put the document there or set FactCatalogSourcesDir", DiagnosticSeverity.Error);

    /// <summary>FC0007: a quote does not occur in its source document.</summary>
    public static readonly DiagnosticDescriptor QuoteNotFound = Rule(
        "FC0007", "Quote not found in its source",
        "Quote of claim '{0}' is not found in source '{1}'{2}", DiagnosticSeverity.Error);

    /// <summary>FC0008: a quote occurs more than once and nothing picks one.</summary>
    public static readonly DiagnosticDescriptor QuoteAmbiguous = Rule(
        "FC0008", "Quote occurs more than once",
        "Quote of claim '{0}' occurs {1} times in source '{2}' (at line:column {3}); add 'prefix' or 'suffix' with the words around the one you mean", DiagnosticSeverity.Warning);

    /// <summary>FC0009: the value is not stated in the quote.</summary>
    public static readonly DiagnosticDescriptor ValueNotInQuote = Rule(
        "FC0009", "Value not stated in the quote",
        "Value {0} of claim '{1}' is not stated in its quote; quote the words that state it, or add 'derived: true' if the value is an inference", DiagnosticSeverity.Warning);

    /// <summary>FC0010: a name is not a valid C# identifier, or two names become the same identifier.</summary>
    public static readonly DiagnosticDescriptor IdentifierConflict = Rule(
        "FC0010", "Name does not make a usable C# identifier",
        "{0}", DiagnosticSeverity.Error);

    /// <summary>FC0011: hidden or bidirectional control characters (Trojan Source).</summary>
    public static readonly DiagnosticDescriptor HiddenCharacter = Rule(
        "FC0011", "Hidden or bidirectional control character",
        "The text contains {0} (U+{1}), which is invisible or reorders text so it reads differently from what it is; remove it", DiagnosticSeverity.Warning);

    /// <summary>FC0012: a fact whose claims disagree with none preferred.</summary>
    public static readonly DiagnosticDescriptor FactDisputed = Rule(
        "FC0012", "Fact is disputed",
        "Fact '{0}' is disputed: claims {1} disagree and none is preferred; code must pick a claim, or set 'preferred' where the sources justify one", DiagnosticSeverity.Info);

    /// <summary>FC0013: preferred names no claim or a deprecated one; a deprecated claim has no reason.</summary>
    public static readonly DiagnosticDescriptor RankProblem = Rule(
        "FC0013", "Preferred or deprecated claim is inconsistent",
        "{0}", DiagnosticSeverity.Error);

    /// <summary>FC0014: no fact files were found.</summary>
    public static readonly DiagnosticDescriptor NoFactFiles = Rule(
        "FC0014", "No fact files found",
        "No fact files (*.facts.yaml) were found in '{0}'; add one there, or set FactCatalogFactsDir to the folder that holds them", DiagnosticSeverity.Warning);

    /// <summary>FC0015: the claims of one fact have values of different types or units.</summary>
    public static readonly DiagnosticDescriptor MixedValueKinds = Rule(
        "FC0015", "Claims of one fact have different types or units",
        "{0}", DiagnosticSeverity.Error);

    /// <summary>
    /// FC0016: a stage of FactCatalog itself failed on this input. The input is skipped and the build fails, so a
    /// bug never passes silently or takes the compiler down (CS8785); the message names the stage and the exception.
    /// </summary>
    public static readonly DiagnosticDescriptor InternalError = Rule(
        "FC0016", "Internal error in FactCatalog",
        "{0}", DiagnosticSeverity.Error);
    /// <summary>FC0017: the catalogue goes past one of the budgets that bound the work and memory it may cost.</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = Rule(
        "FC0017", "Catalogue exceeds a limit",
        "{0}, more than the limit {1} of {2}; {3}", DiagnosticSeverity.Error);

    /// <summary>FC0018: a name that looks like another name (not NFC, mixed scripts, look-alike letters).</summary>
    public static readonly DiagnosticDescriptor LookAlikeName = Rule(
        "FC0018", "Name looks like another name",
        "{0}", DiagnosticSeverity.Warning);

    /// <summary>FC0019: a source names a binary file (an image, a PDF, an archive), which cannot be quoted.</summary>
    public static readonly DiagnosticDescriptor SourceNotText = Rule(
        "FC0019", "Source document is not text",
        "Source '{0}' names '{1}', which is {2}, not a text document; quotes are checked against text only: save the document's text (for a scan, its transcription) as a .txt file and name that", DiagnosticSeverity.Error);

    /// <summary>
    /// FC0020: a file whose name is close to a fact file's or the sources file's, or fact files in a folder other than
    /// the facts folder (one diagnostic per folder), which are therefore not read.
    /// </summary>
    public static readonly DiagnosticDescriptor NearMissFileName = Rule(
        "FC0020", "Catalogue file has a name or folder the catalogue does not read",
        "{0}", DiagnosticSeverity.Warning);

    /// <summary>FC0021: claims cite sources, but there is no sources file.</summary>
    public static readonly DiagnosticDescriptor SourcesFileNotFound = Rule(
        "FC0021", "Sources file not found",
        "{0} not found: the claims cite {1}, which it must define; create it with an entry for each source document", DiagnosticSeverity.Error);

    /// <summary>FC0022: a source document that is not UTF-8 text (another encoding, or UTF-16/32 without a byte order mark).</summary>
    public static readonly DiagnosticDescriptor DocumentEncoding = Rule(
        "FC0022", "Source document is not UTF-8",
        "{0}; save it as UTF-8 (its quotes are not checked until then)", DiagnosticSeverity.Error);

    /// <summary>FC0023: a FactCatalog build property has a value it cannot take; its default is used.</summary>
    public static readonly DiagnosticDescriptor PropertyNotValid = Rule(
        "FC0023", "Build property value not valid",
        "The build property {0} is '{1}', which it cannot be: set it to {2}", DiagnosticSeverity.Warning);

    // FC0024–FC0029 are free; FC0030 and up check a claim's provenance.

    /// <summary>FC0030: a claim's stance does not fit its value or its rank.</summary>
    public static readonly DiagnosticDescriptor StanceProblem = Rule(
        "FC0030", "Claim's stance does not fit its value",
        "{0}", DiagnosticSeverity.Warning);

    /// <summary>FC0031: a claim takes its year from a source date that is missing or has another year.</summary>
    public static readonly DiagnosticDescriptor YearFromProblem = Rule(
        "FC0031", "Year taken from the source's date does not check",
        "{0}", DiagnosticSeverity.Warning);

    /// <summary>FC0032: a derived claim does not say where its value comes from.</summary>
    public static readonly DiagnosticDescriptor DerivedWithoutCuratorNote = Rule(
        "FC0032", "Derived claim without a curator note",
        "Claim '{0}' is derived but has no 'curator-note'; say in the curator's own words where the value comes from, so the source is not credited with words it did not write", DiagnosticSeverity.Warning);

    /// <summary>Every catalogue descriptor, in ID order.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        YamlSyntaxError, InvalidEntry, UnknownKey, DuplicateId, UnknownSource, SourceFileMissing,
        QuoteNotFound, QuoteAmbiguous, ValueNotInQuote, IdentifierConflict, HiddenCharacter,
        FactDisputed, RankProblem, NoFactFiles, MixedValueKinds, InternalError, LimitExceeded, LookAlikeName, SourceNotText,
        NearMissFileName, SourcesFileNotFound, DocumentEncoding, PropertyNotValid, StanceProblem, YearFromProblem, DerivedWithoutCuratorNote);

    /// <summary>Descriptors by ID.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById =
        All.ToDictionary(d => d.Id, d => d, System.StringComparer.Ordinal);

    private static DiagnosticDescriptor Rule(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: DiagnosticHelp.LinkFor(id));
}
