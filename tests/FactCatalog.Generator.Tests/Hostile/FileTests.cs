using System;
using System.Collections.Generic;
using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using static FactCatalog.Generator.Tests.Hostile.HostileCatalogue;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>
/// Files and keys that used to be skipped without a word or reported in someone else's words: near-miss names of fact
/// and sources files, a binary document, a YAML merge key, and a key longer than YAML allows. Each case states its
/// exact diagnostics; the catalogue around it still compiles cleanly, and the run's allocation stays bounded.
/// </summary>
public sealed class FileTests
{
    private readonly ITestOutputHelper _output;

    public FileTests(ITestOutputHelper output) => _output = output;

    private sealed record Case(Func<CatalogueInput> Input, ExpectedDiagnostic[] Expected);

    private static ExpectedDiagnostic D(string id, string path, int line, int column, string fragment) => new(id, path, line, column, fragment);

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        ["fact-file-with-the-yml-extension"] = new(
            () => Input().With("/project/facts/more.facts.yml", Facts.Replace("  troops:", "  more:", StringComparison.Ordinal)),
            new[] { D("FC0020", "/project/facts/more.facts.yml", 1, 1, "The file '/project/facts/more.facts.yml' is not read: fact files are named '*.facts.yaml'; rename it to 'more.facts.yaml'") }),
        ["fact-file-with-a-singular-suffix"] = new(
            () => Input().With("/project/facts/sub/More.Fact.YAML", Facts),
            new[] { D("FC0020", "/project/facts/sub/More.Fact.YAML", 1, 1, "fact files are named '*.facts.yaml'; rename it to 'More.facts.yaml'") }),
        ["sources-file-with-the-yml-extension"] = new(
            () => Input().With("/project/facts/sources.yml", Sources),
            new[] { D("FC0020", "/project/facts/sources.yml", 1, 1, "The file '/project/facts/sources.yml' is not read: the sources file is named 'sources.yaml'; rename it to 'sources.yaml'") }),
        ["sources-file-named-in-the-singular"] = new(
            () => Input().With("/project/facts/source.yaml", Sources),
            new[] { D("FC0020", "/project/facts/source.yaml", 1, 1, "rename it to 'sources.yaml'") }),
        ["sources-file-in-another-case"] = new(
            () => Input().Without(SourcesPath).With("/project/facts/Sources.yaml", Sources),
            new[] { D("FC0020", "/project/facts/Sources.yaml", 1, 1, "The file '/project/facts/Sources.yaml' is not read: the sources file is named 'sources.yaml'; rename it to 'sources.yaml'") }),
        ["no-sources-file"] = new(
            () => Input().Without(SourcesPath),
            new[] { D("FC0021", FactPath, 2, 3, "/project/facts/sources.yaml not found: the claims cite source 'report', which it must define; create it with an entry for each source document") }),
        ["fact-files-in-a-misnamed-folder"] = new(
            () => Input().With("/project/Facts/b.facts.yaml", Facts.Replace("  troops:", "  b:", StringComparison.Ordinal))
                .With("/project/Facts/a.facts.yaml", Facts.Replace("  troops:", "  a:", StringComparison.Ordinal)),
            new[] { D("FC0020", "/project/Facts/a.facts.yaml", 1, 1, "2 fact files in '/project/Facts' are not read: fact files are read from '/project/facts' (FactCatalogFactsDir) and its subfolders only; rename the folder 'Facts' to 'facts', or set FactCatalogFactsDir to '/project/Facts'") }),
        ["fact-file-in-the-project-folder"] = new(
            () => Input().With("/project/more.facts.yaml", Facts.Replace("  troops:", "  more:", StringComparison.Ordinal)),
            new[] { D("FC0020", "/project/more.facts.yaml", 1, 1, "The fact file '/project/more.facts.yaml' is not read: fact files are read from '/project/facts' (FactCatalogFactsDir) and its subfolders only; move it into '/project/facts', or set FactCatalogFactsDir to '/project'") }),
        ["document-saved-as-latin-1"] = new(
            () => Input().With(DocumentPath, "Caf\uFFFD owners said about 10,000 troops were sent.\n"),
            new[] { D("FC0022", DocumentPath, 1, 4, "The document '/project/seeds/report.txt' is not valid UTF-8 here (bytes that are not UTF-8 were read as U+FFFD); it is likely saved as Latin-1 or Windows-1252; save it as UTF-8 (its quotes are not checked until then)") }),
        ["document-in-utf-16-without-a-byte-order-mark"] = new(
            () => Input().With(DocumentPath, string.Concat("about 10,000 troops were sent".Select(c => c + "\0"))),
            new[] { D("FC0022", DocumentPath, 1, 2, "looks like UTF-16 (little-endian) without a byte order mark (every other character read is NUL)") }),
        ["source-naming-a-scan"] = new(
            () => Edit(SourcesPath, Sources, Sources + "  scan:\n    file: scans/page-1.PNG\n"),
            new[] { D("FC0019", SourcesPath, 6, 11, "Source 'scan' names 'scans/page-1.PNG', which is an image, not a text document; quotes are checked against text only") }),
        ["source-naming-a-pdf-the-claim-cites"] = new(
            () => Edit(SourcesPath, "file: report.txt", "file: report.pdf"),
            new[] { D("FC0019", SourcesPath, 3, 11, "Source 'report' names 'report.pdf', which is a PDF, not a text document") }),
        ["merge-key-in-a-fact"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    <<: {unit: troops}\n"),
            new[] { D("FC0003", FactPath, 5, 5, "Unknown key '<<' in fact 'troops' is ignored; it is a YAML merge key, which catalogue files do not support (nothing is merged): write the keys out") }),
        ["merge-key-of-an-alias"] = new(
            () => Input().With(FactPath, "base: &base {type: count}\n" + Facts.Replace("    type: count\n", "    <<: *base\n", StringComparison.Ordinal)),
            new[]
            {
                D("FC0003", FactPath, 1, 1, "Unknown key 'base' in the fact file is ignored"),
                D("FC0003", FactPath, 5, 5, "Unknown key '<<' in fact 'troops' is ignored; it is a YAML merge key"),
            }),
        ["key-longer-than-yaml-allows"] = new(
            () => Edit(FactPath, "  troops:", "  " + string.Join("-", Enumerable.Repeat("troops", 158)) + ":"),
            new[] { D("FC0001", FactPath, 2, 3, "A key of 1105 characters is longer than the 1024 YAML allows a key; shorten it") }),
    };

    public static IEnumerable<object[]> Names => Cases.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Names))]
    public void File_gives_exactly_its_diagnostics_and_the_rest_compiles(string name)
    {
        Case hostile = Cases[name];
        CatalogueInput input = hostile.Input();
        long before = GC.GetAllocatedBytesForCurrentThread();
        (GeneratorRun run, _, _) = RunMeasured(input);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        _output.WriteLine($"{name}: allocated {allocated / 1048576.0:F1} MiB\n{Describe(run.Diagnostics)}\n{string.Join(", ", run.Files.Keys)}");

        AssertNoCrashAndCleanCode(run);
        AssertDiagnostics(run, hostile.Expected);
        Assert.True(allocated < 64L << 20, $"allocated {allocated:N0} bytes");
        // A file that is not read makes no group of its own.
        Assert.Equal(new[] { "Facts.Hostile.g.cs", "Facts.g.cs", "Sources.g.cs" }, run.Files.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }
}
