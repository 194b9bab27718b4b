using System;
using System.Collections.Generic;
using System.IO;

namespace FactCatalog.Tool.Tests.Browser;

/// <summary>A missing browser fails the browser tests with a clear message, unless the run opts out on purpose.</summary>
public class BrowserRequirementTests
{
    [Fact]
    public void Without_a_browser_the_requirement_fails_and_says_how_to_get_one()
    {
        var environment = new Dictionary<string, string?> { ["PATH"] = Path.Combine(Path.GetTempPath(), "no-browser-here-" + Guid.NewGuid().ToString("N")) };

        var missing = Assert.Throws<InvalidOperationException>(() => BrowserRequirement.Executable(name => environment.GetValueOrDefault(name)));
        Assert.Contains("Headless Chromium was not found", missing.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", missing.Message, StringComparison.Ordinal);
        Assert.Contains(BrowserRequirement.OptOutVariable + "=1", missing.Message, StringComparison.Ordinal);

        // A named browser that does not exist is missing too, not silently replaced by one on the PATH.
        environment[HeadlessChromium.BrowserVariable] = "/nonexistent/chromium";
        Assert.Throws<InvalidOperationException>(() => BrowserRequirement.Executable(name => environment.GetValueOrDefault(name)));

        environment[BrowserRequirement.OptOutVariable] = "1";
        Assert.Null(BrowserRequirement.Executable(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_browser_on_the_path_is_found()
    {
        string folder = Path.Combine(Path.GetTempPath(), "factcatalog-tool-tests", "path-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string browser = Path.Combine(folder, "chromium");
        File.WriteAllText(browser, string.Empty);
        try
        {
            Assert.Equal(browser, BrowserRequirement.Executable(name => name == "PATH" ? folder : null));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
