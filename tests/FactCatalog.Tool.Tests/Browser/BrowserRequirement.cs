using System;

namespace FactCatalog.Tool.Tests.Browser;

/// <summary>
/// The browser tests need headless Chromium. Without it they fail, saying how to get it, unless the run opts out
/// explicitly with <see cref="OptOutVariable"/>=1; a missing browser never passes unnoticed.
/// </summary>
internal static class BrowserRequirement
{
    public const string OptOutVariable = "FACTCATALOG_SKIP_BROWSER_TESTS";

    /// <summary>The browser's executable; null only when the run opted out.</summary>
    public static string? Executable() => Executable(Environment.GetEnvironmentVariable);

    /// <summary><see cref="Executable()"/> with the environment read through <paramref name="environment"/>.</summary>
    public static string? Executable(Func<string, string?> environment)
    {
        if (environment(OptOutVariable) == "1")
        {
            return null;
        }
        return HeadlessChromium.Find(environment) ?? throw new InvalidOperationException(
            "Headless Chromium was not found, so the HTML report cannot be opened in a browser. Install it (Debian: "
            + "apt-get install chromium; .ci/run installs it when absent), or set " + HeadlessChromium.BrowserVariable
            + " to the browser's executable, or set " + OptOutVariable + "=1 to skip the browser tests on purpose.");
    }
}
