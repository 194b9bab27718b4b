using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Analyzers;
using Microsoft.CodeAnalysis;

namespace FactCatalog.CodeFixes;

/// <summary>What an analyzer offers a fix for a diagnostic: the candidates in its properties, best first.</summary>
internal static class FixCandidates
{
    public static IReadOnlyList<string> Of(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(CodeDiagnosticIds.Candidates, out string? candidates) && !string.IsNullOrEmpty(candidates)
            ? candidates!.Split(CodeDiagnosticIds.CandidateSeparator)
            : Array.Empty<string>();

    /// <summary>
    /// The candidate a fix with <paramref name="equivalenceKey"/> applies to <paramref name="diagnostic"/>: the first one
    /// for <paramref name="firstKey"/>, otherwise the one whose key is <paramref name="keyOf"/> of it; null when it has none.
    /// </summary>
    public static string? Chosen(Diagnostic diagnostic, string? equivalenceKey, string firstKey, Func<string, string> keyOf)
    {
        IReadOnlyList<string> candidates = Of(diagnostic);
        return equivalenceKey == firstKey ? candidates.FirstOrDefault() : candidates.FirstOrDefault(c => keyOf(c) == equivalenceKey);
    }
}
