using System;
using System.Collections.Generic;

namespace FactCatalog.Analyzers.Tests.Infrastructure;

/// <summary>Compares lines of output and, on a mismatch, shows both in full rather than a truncated collection.</summary>
internal static class Expect
{
    public static void Lines(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        Assert.True(
            string.Join("\n", expected) == string.Join("\n", actual),
            $"Expected:\n{string.Join("\n", expected)}\n\nActual:\n{string.Join("\n", actual)}");
}
