using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCatalog.Package.Tests.Infrastructure;

namespace FactCatalog.Package.Tests;

/// <summary>
/// A new console project with the package added, built and run with the real <c>dotnet</c> command line: the
/// quickstart works, a broken quote fails the build at its YAML line, severities can be changed, code that cites an
/// unknown fact is flagged, and an unchanged project is not compiled again.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NewProjectTests
{
    private readonly PackageFixture _fixture;

    public NewProjectTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void Quickstart_project_builds_and_prints_the_typed_values()
    {
        ConsumerProject project = _fixture.NewProject("quickstart");

        CommandResult build = project.Build("-p:EmitCompilerGeneratedFiles=true");
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotMatch(new Regex(@"\b(warning|error) FC\d{4}"), build.Output);

        // A new console project writes no documentation file, so its compiler reads no doc comments: the generated code
        // has none (the IDE's compilation, and a build with the XML file, get them: CatalogueLibraryTests).
        string[] generated = Directory.GetFiles(project.PathOf("obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(path => path.Contains("FactCatalog.Generator", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(generated);
        foreach (string path in generated)
        {
            string[] lines = File.ReadAllLines(path);
            Assert.Contains(lines, line => line.StartsWith("// No doc comments:", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("///", StringComparison.Ordinal));
        }

        CommandResult run = project.Run();
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal(Quickstart.ExpectedOutput, Lines(run.Output));

        // The package gives the project the runtime library to compile against, and nothing else.
        using JsonDocument assets = JsonDocument.Parse(File.ReadAllText(project.PathOf("obj/project.assets.json")));
        JsonElement library = assets.RootElement.GetProperty("targets").EnumerateObject().Single().Value
            .GetProperty($"FactCatalog/{_fixture.Version}");
        Assert.Equal(new[] { "lib/net8.0/FactCatalog.dll" }, library.GetProperty("compile").EnumerateObject().Select(p => p.Name));
        Assert.Equal(new[] { "lib/net8.0/FactCatalog.dll" }, library.GetProperty("runtime").EnumerateObject().Select(p => p.Name));
        Assert.False(library.TryGetProperty("dependencies", out _), "The package must have no dependencies.");
    }

    [Fact]
    public void Broken_quote_fails_the_build_at_its_line_in_the_fact_file()
    {
        ConsumerProject project = _fixture.NewProject("broken-quote");
        string broken = BreakQuote(project);
        (int line, int column) = Quickstart.Position(broken, BrokenQuote);

        CommandResult build = project.Build();

        Assert.False(build.Succeeded, build.ToString());
        Assert.Matches(DiagnosticPattern("error", line, column), build.Output);
        // Reported once (by the analyzer, which the package makes the reporter when analyzers run), not also by the
        // generator: MSBuild counts one error.
        Assert.Matches(new Regex(@"^\s*1 Error\(s\)", RegexOptions.Multiline), build.Output);
        // The READMEs show this very line.
        foreach (string readme in new[] { "README.md", "src/FactCatalog.Package/README.md" })
        {
            string shown = Repository.ReadText(readme).Split('\n').Single(l => l.StartsWith($"{Quickstart.FactFile}({line},{column}): error FC0007", StringComparison.Ordinal));
            Assert.Contains("/" + shown, build.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A build without analyzers (as docs/configuration.md suggests for a big catalogue library with no code of its own)
    /// still fails at the broken quote, once: the package makes the generator the reporter when analyzers do not run.
    /// The compiler's timing report shows no analyzer ran and the generator did.
    /// </summary>
    [Theory]
    [InlineData("RunAnalyzersDuringBuild")]
    [InlineData("RunAnalyzers")]
    public void Broken_quote_fails_the_build_once_when_analyzers_do_not_run(string property)
    {
        ConsumerProject project = _fixture.NewProject("broken-quote-no-analyzers-" + property);
        string broken = BreakQuote(project);
        (int line, int column) = Quickstart.Position(broken, BrokenQuote);

        CommandResult build = project.Build($"-p:{property}=false", "-p:ReportAnalyzer=true", "-v:d");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Matches(DiagnosticPattern("error", line, column), build.Output);
        Assert.Matches(new Regex(@"^\s*1 Error\(s\)", RegexOptions.Multiline), build.Output);
        // Only diagnostic suppressors, which the compiler runs either way, may appear in the analyzer table.
        AnalyzerReport analyzers = AnalyzerReport.Parse(build.Output, "analyzer");
        Assert.Empty(analyzers.FactCatalogRows());
        Assert.DoesNotContain(analyzers.Rows, r => r.Name == "Microsoft.CodeAnalysis.CSharp.NetAnalyzers");
        Assert.Contains(AnalyzerReport.Parse(build.Output, "generator").Rows, r => r.Name == "FactCatalog.Generator.FactCatalogGenerator");
    }

    /// <summary>
    /// The compiler applies <c>dotnet_diagnostic.*.severity</c> from <c>.editorconfig</c> sections only to diagnostics
    /// in C# files; a diagnostic located in a YAML file keeps its severity whatever the section. A global
    /// configuration (<c>.globalconfig</c>) changes it. docs/configuration.md says so; this test keeps it true.
    /// </summary>
    [Fact]
    public void Severity_of_a_yaml_diagnostic_changes_through_globalconfig_not_editorconfig_sections()
    {
        ConsumerProject project = _fixture.NewProject("severity");
        string broken = BreakQuote(project);
        (int line, int column) = Quickstart.Position(broken, BrokenQuote);

        project.Write(".editorconfig",
            "root = true\n\n" +
            "[*.yaml]\ndotnet_diagnostic.FC0007.severity = warning\n\n" +
            "[*]\ndotnet_diagnostic.FC0007.severity = warning\n");
        CommandResult withEditorConfig = project.Build();
        Assert.False(withEditorConfig.Succeeded, "An .editorconfig section now changes FC0007 in a YAML file; update docs/configuration.md and this test." + Environment.NewLine + withEditorConfig);
        Assert.Matches(DiagnosticPattern("error", line, column), withEditorConfig.Output);

        project.Delete(".editorconfig");
        project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.FC0007.severity = warning\n");
        CommandResult withGlobalConfig = project.Build();
        Assert.True(withGlobalConfig.Succeeded, withGlobalConfig.ToString());
        Assert.Matches(DiagnosticPattern("warning", line, column), withGlobalConfig.Output);
    }

    /// <summary>
    /// A C# diagnostic: reported at the cited string in Program.cs, and (unlike the YAML diagnostics) its severity
    /// follows an ordinary <c>.editorconfig</c> section.
    /// </summary>
    [Fact]
    public void Citing_an_unknown_fact_in_code_is_FC1001_at_the_citing_line()
    {
        ConsumerProject project = _fixture.NewProject("unknown-citation");
        string program = Quickstart.Program +
            "\n" +
            "static class Harbour\n" +
            "{\n" +
            "    [FactCatalog.Cites(\"shipz\")]\n" +
            "    public static int Ships => Facts.Demo.Ships.Value;\n" +
            "}\n";
        project.Write("Program.cs", program);
        (int line, int column) = Quickstart.Position(program, "\"shipz\"");

        CommandResult build = project.Build();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Matches(new Regex($@"Program\.cs\({line},{column}\): warning FC1001: .*'shipz'.*did you mean 'ships'"), build.Output);

        project.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.FC1001.severity = error\n");
        CommandResult strict = project.Build();

        Assert.False(strict.Succeeded, strict.ToString());
        Assert.Matches(new Regex($@"Program\.cs\({line},{column}\): error FC1001: "), strict.Output);
    }

    /// <summary>
    /// A compiler older than 4.8 finds no analyzer folder in the package (roslyn4.8 and roslyn4.14 only), so nothing is
    /// generated; the build says why. The SDK chooses the folder by CompilerApiVersion, which stands in here for an old SDK.
    /// </summary>
    [Fact]
    public void Compiler_older_than_4_8_gets_no_analyzers_and_a_warning_that_says_why()
    {
        ConsumerProject project = _fixture.NewProject("old-compiler");

        CommandResult build = project.Build("-p:CompilerApiVersion=roslyn4.4");

        Assert.False(build.Succeeded, build.ToString());
        Assert.Contains("warning : FactCatalog needs a C# compiler of version 4.8 or later", build.Output, StringComparison.Ordinal);
        Assert.Contains("this build uses 4.4", build.Output, StringComparison.Ordinal);
        Assert.Matches(@"error CS0(103|246): The (type or namespace )?name '(Facts|Quickstart)'", build.Output);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_build_of_an_unchanged_project_does_not_compile_again()
    {
        ConsumerProject project = _fixture.NewProject("incremental");
        CommandResult first = project.Build();
        Assert.True(first.Succeeded, first.ToString());

        CommandResult second = project.Build("-v:n");

        Assert.True(second.Succeeded, second.ToString());
        // The compiler, and so the generator and the analyzers, did not run at all.
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("/additionalfile:", second.Output, StringComparison.Ordinal);
    }

    /// <summary>The audit's quote with one digit changed, so it is no longer in the document.</summary>
    private const string BrokenQuote = "A later audit counted 1,241 ships";

    private static string BreakQuote(ConsumerProject project)
    {
        string broken = Quickstart.Facts.Replace(Quickstart.AuditQuote, BrokenQuote, StringComparison.Ordinal);
        project.Write(Quickstart.FactFile, broken);
        return broken;
    }

    /// <summary>A diagnostic line as MSBuild prints it: <c>…/facts/demo.facts.yaml(line,column): error FC0007: …</c>.</summary>
    private static Regex DiagnosticPattern(string severity, int line, int column) =>
        new($@"(^|[\s/])facts/demo\.facts\.yaml\({line},{column}\): {severity} FC0007: Quote of claim 'audit' is not found", RegexOptions.Multiline);

    private static string[] Lines(string output) =>
        output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToArray();
}
