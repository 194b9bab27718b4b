using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Analyzers;

/// <summary>
/// The table of code diagnostics (FC1001–FC1005): problems in how C# code cites the catalogue, reported at the
/// string or literal in the code. Each message says what to do about it.
/// </summary>
public static class CodeDiagnostics
{
    /// <summary>FC1001: a cited id, or an id passed to <c>Facts.Get</c>/<c>TryGet</c>, names no fact or claim.</summary>
    public static readonly DiagnosticDescriptor UnknownId = Rule(
        CodeDiagnosticIds.UnknownId, "Unknown fact or claim id",
        "The catalogue has no {0} '{1}'{2}", DiagnosticSeverity.Warning);

    /// <summary>FC1002: a disputed fact is cited without naming the claim the code relies on.</summary>
    public static readonly DiagnosticDescriptor DisputedWithoutClaim = Rule(
        CodeDiagnosticIds.DisputedWithoutClaim, "Disputed fact cited without a claim",
        "Fact '{0}' is disputed: its claims disagree and none is preferred; cite the claim the code relies on: {1}", DiagnosticSeverity.Warning);

    /// <summary>FC1003: a deprecated claim is cited.</summary>
    public static readonly DiagnosticDescriptor DeprecatedClaim = Rule(
        CodeDiagnosticIds.DeprecatedClaim, "Deprecated claim cited",
        "Claim '{0}' is deprecated: \"{1}\"; {2}", DiagnosticSeverity.Warning);

    /// <summary>FC1004: a fact with status Unsupported is cited or looked up.</summary>
    public static readonly DiagnosticDescriptor UnsupportedFact = Rule(
        CodeDiagnosticIds.UnsupportedFact, "Unsupported fact cited",
        "Fact '{0}' is unsupported: none of its claims counts (each is deprecated or has no verified quote), so it has no value; add a claim quoted from a source, or stop relying on the fact", DiagnosticSeverity.Warning);

    /// <summary>FC1005: a literal equals a catalogued value of a fact that the code around it does not cite.</summary>
    public static readonly DiagnosticDescriptor LiteralMatchesValue = Rule(
        CodeDiagnosticIds.LiteralMatchesValue, "Literal equals a catalogued value",
        "{0} equals the value of {1} '{2}' ({3}); use that constant and cite '{2}'", DiagnosticSeverity.Info);

    /// <summary>Every code descriptor, in ID order.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        UnknownId, DisputedWithoutClaim, DeprecatedClaim, UnsupportedFact, LiteralMatchesValue);

    /// <summary>Descriptors by ID.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById =
        All.ToDictionary(d => d.Id, d => d, System.StringComparer.Ordinal);

    private static DiagnosticDescriptor Rule(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, CatalogueDiagnostics.Category, severity, isEnabledByDefault: true, helpLinkUri: DiagnosticHelp.LinkFor(id));
}
