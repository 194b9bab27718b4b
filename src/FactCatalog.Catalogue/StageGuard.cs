using System;
using FactCatalog.Catalogue.Diagnostics;

namespace FactCatalog.Catalogue;

/// <summary>
/// Keeps an unexpected exception in a stage from escaping into its caller: inside the compiler it would become
/// CS8785 and silently drop all generated code. The failure becomes FC0016 at the file being processed, so the
/// build still fails and says where. Cancellation is never caught.
/// </summary>
public static class StageGuard
{
    /// <summary>How every message of such a diagnostic starts.</summary>
    public const string InternalErrorPrefix = "Internal error in FactCatalog";

    /// <summary>Runs <paramref name="stage"/>; on an exception, returns <paramref name="fallback"/> given the diagnostic.</summary>
    public static T Run<T>(string what, string path, Func<T> stage, Func<DiagnosticInfo, T> fallback)
    {
        try
        {
            return stage();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return fallback(Failure(what, path, e));
        }
    }

    /// <summary>The diagnostic for an exception thrown while doing <paramref name="what"/> with the file at <paramref name="path"/>.</summary>
    public static DiagnosticInfo Failure(string what, string path, Exception e) =>
        DiagnosticInfo.Create(
            CatalogueDiagnostics.InternalError,
            path.Length == 0 ? LocationInfo.None : LocationInfo.StartOf(path),
            $"{InternalErrorPrefix} while {what}: {e.GetType().Name}: {e.Message}; the input is skipped. Please report this with the file that caused it.");
}
