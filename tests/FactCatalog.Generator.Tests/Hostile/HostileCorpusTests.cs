using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactCatalog.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using static FactCatalog.Generator.Tests.Hostile.HostileCatalogue;

namespace FactCatalog.Generator.Tests.Hostile;

/// <summary>
/// Hostile catalogues through the full generator driver: each case names its input and the exact diagnostics the
/// build must show (ID, file, line, column, message). None may crash the generator, cost it more work than its budget
/// (counted as the bytes the driver allocates, which do not depend on the machine's speed or load), or make it
/// generate code that does not compile cleanly; where the case says so, the text reaches the compiled catalogue
/// exactly as written. docs/reliability.md lists the cases.
/// </summary>
public sealed class HostileCorpusTests
{
    /// <summary>What one case may allocate in the driver; the costliest small case allocates about 3 MB.</summary>
    public const long SmallInputWork = 16L << 20;

    /// <summary>What a case may allocate per character of input, for the cases with megabytes of it (they allocate about 4).</summary>
    private const long WorkPerInputChar = 16;

    private readonly ITestOutputHelper _output;

    public HostileCorpusTests(ITestOutputHelper output) => _output = output;

    /// <summary>A hostile input, the diagnostics it must give, and optionally what compiled code must read back.</summary>
    private sealed record Case(Func<CatalogueInput> Input, ExpectedDiagnostic[] Expected, (string Expression, string Value)[] ReadBack);

    public static IEnumerable<object[]> Names => Cases.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Names))]
    public void Hostile_input_gives_exactly_its_diagnostics_and_clean_code(string name)
    {
        Warm.Up();
        Case hostile = Cases[name];
        CatalogueInput input = hostile.Input();
        (GeneratorRun run, long allocated, TimeSpan elapsed) = RunMeasured(input);
        long inputSize = input.Files.Sum(f => (long)f.Text.Length);
        _output.WriteLine($"{name}: {inputSize} characters of input, {allocated / 1024} KB allocated, {elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms\n{Describe(run.Diagnostics)}");

        AssertNoCrashAndCleanCode(run);
        AssertDiagnostics(run, hostile.Expected);
        long budget = Math.Max(SmallInputWork, inputSize * WorkPerInputChar);
        Assert.True(allocated <= budget, $"The driver allocated {allocated / 1024} KB (budget {budget / 1024} KB)");
        if (hostile.ReadBack.Length > 0)
        {
            AssertReadsBack(input, hostile.ReadBack);
        }
    }

    /// <summary>Compiles <paramref name="checks"/> (C# expressions of type string) against the generated catalogue, runs them and compares.</summary>
    private static void AssertReadsBack(CatalogueInput input, (string Expression, string Value)[] checks)
    {
        var code = new StringBuilder("using System.Linq;\nusing Demo;\npublic static class Probe\n{\n    public static string[] Run() => new string[]\n    {\n");
        foreach ((string expression, _) in checks)
        {
            code.Append("        ").Append(expression).Append(",\n");
        }
        code.Append("    };\n}\n");
        GeneratorRun run = GeneratorHarness.Run(input, code.ToString());
        Assert.True(run.CompileDiagnostics().All(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Error),
            "The probe does not compile:\n" + string.Join("\n", run.CompileDiagnostics()));
        var values = (string[])GeneratorHarness.Execute(run.Output, "Probe", "Run")!;
        for (int i = 0; i < checks.Length; i++)
        {
            Assert.True(checks[i].Value == values[i],
                $"{checks[i].Expression} reads back {Escape(values[i])}, not {Escape(checks[i].Value)}");
        }
    }

    private static string Escape(string? text) =>
        text is null ? "null" : "\"" + string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

    private static ExpectedDiagnostic D(string id, string path, int line, int column, string fragment) => new(id, path, line, column, fragment);

    private static (string, string)[] Reads(params (string Expression, string Value)[] checks) => checks;

    private const string Statement = "Facts.Get(\"troops\").Statement";
    private const string Claimant = "Facts.Get(\"troops\").Claims[0].Claimant";
    private const string Quote = "Facts.Get(\"troops\").Claims[0].Citation.Quote";
    private const string Position = "Facts.Get(\"troops\").Claims[0].Citation is var c ? c.Line + \":\" + c.Column + \"+\" + c.Length : \"\"";

    /// <summary>A name with what breaks comments, XML and literals, as a YAML single-quoted scalar, and the value it reads as.</summary>
    private const string HostileName = "Odd */ </summary> & \" \\ '' end";
    private const string HostileNameValue = "Odd */ </summary> & \" \\ ' end";

    private const string DoubleValue = "((FactCatalog.Fact<double>)Facts.Get(\"troops\")).Value.ToString(\"R\", System.Globalization.CultureInfo.InvariantCulture)";

    /// <summary>A claim of 9223372036854775808 (one past <c>long</c>), stated in its quote, with <paramref name="type"/> as the fact's type line.</summary>
    private static CatalogueInput BigNumber(string type) =>
        Edit(Edit(Edit(Edit(FactPath, "    type: count\n", type), FactPath, "value: 10000", "value: 9223372036854775808"),
            FactPath, "quote: about 10,000 troops were sent", "quote: about 9223372036854775808 troops were sent"),
            DocumentPath, "about 10,000 troops", "about 9223372036854775808 troops");

    private const string FactCount = "Facts.All.Count.ToString()";
    private const string ClaimCount = "Facts.Get(\"troops\").Claims.Count.ToString()";

    /// <summary>A claim value its type refuses: FC0002 at the value, and the claim is left out.</summary>
    private static Case Value(string type, string value, string fragment) => new(
        () => Edit(Edit(FactPath, "type: count", "type: " + type), FactPath, "value: 10000", "value: " + value),
        new[] { D("FC0002", FactPath, 7, 16, fragment) },
        Reads((ClaimCount, "0")));

    /// <summary>
    /// <paramref name="text"/> with <paramref name="find"/> replaced by the bytes of <paramref name="before"/>, the raw
    /// byte <paramref name="invalid"/> (not valid UTF-8 there) and <paramref name="after"/>, decoded the way the compiler
    /// decodes an additional file: as UTF-8 if it is valid, otherwise with its fallback, which on .NET is UTF-8 with
    /// U+FFFD for each invalid sequence.
    /// </summary>
    private static string WithBytes(string text, string find, string before, byte invalid, string after)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the text");
        byte[] bytes = Encoding.UTF8.GetBytes(text.Substring(0, at) + before)
            .Append(invalid)
            .Concat(Encoding.UTF8.GetBytes(after + text.Substring(at + find.Length)))
            .ToArray();
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        return new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
    }

    /// <summary>Another fact like <c>troops</c>, with id <paramref name="id"/>, to append to the fact file (its id at line 11, column 3).</summary>
    private static string SecondFact(string id) =>
        Facts.Substring("facts:\n".Length).Replace("  troops:", "  " + id + ":", StringComparison.Ordinal);

    /// <summary>Another claim like <c>pentagon</c>, with id <paramref name="id"/>, to append to the fact file (its id at line 11, column 7).</summary>
    private static string SecondClaim(string id) =>
        "      " + id + ":\n        value: 10000\n        claimant: the Pentagon\n        source: report\n        quote: about 10,000 troops were sent\n";

    /// <summary>
    /// Billion laughs: ten lists of ten aliases of the list before, 10^10 scalars if expanded, under a key the format
    /// ignores; the statement is the last list.
    /// </summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("lol: [&a0 [" + string.Join(", ", Enumerable.Repeat("lol", 10)) + "]");
        for (int i = 1; i <= 9; i++)
        {
            yaml.Append(", &a").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*a" + (i - 1), 10))).Append(']');
        }
        yaml.Append("]\n");
        return yaml + Facts.Replace("statement: Troops sent.", "statement: *a9", StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        // Trojan Source: hidden and bidirectional characters are FC0011 at the character, and the text is kept as written.
        ["bidi-override-in-statement"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: Troops \u202Esent."),
            new[] { D("FC0011", FactPath, 3, 23, "a right-to-left override (U+202E)") },
            Reads((Statement, "Troops \u202Esent."))),
        ["bidi-isolate-in-quote"] = new(
            () => Edit(FactPath, "quote: about 10,000 troops were sent", "quote: about 10,000 troops\u2066 were sent"),
            new[]
            {
                D("FC0007", FactPath, 10, 16, "Quote of claim 'pentagon' is not found in source 'report'"),
                D("FC0011", FactPath, 10, 35, "a left-to-right isolate (U+2066)"),
            },
            Reads()),
        ["bidi-isolate-in-quote-and-its-source"] = new(
            () => Edit(
                Edit(FactPath, "quote: about 10,000 troops were sent", "quote: about 10,000\u2067 troops were sent"),
                DocumentPath, "about 10,000 troops", "about 10,000\u2067 troops"),
            new[]
            {
                D("FC0011", FactPath, 10, 28, "a right-to-left isolate (U+2067)"),
                D("FC0011", DocumentPath, 2, 31, "a right-to-left isolate (U+2067)"),
            },
            Reads((Quote, "about 10,000\u2067 troops were sent"))),
        ["bidi-override-in-claimant"] = new(
            () => Edit(FactPath, "claimant: the Pentagon", "claimant: the \u202EPentagon"),
            new[] { D("FC0011", FactPath, 8, 23, "a right-to-left override (U+202E)") },
            Reads((Claimant, "the \u202EPentagon"))),
        ["bidi-isolate-in-source-title"] = new(
            () => Edit(SourcesPath, "title: Hostile report", "title: Hostile \u2067report"),
            new[] { D("FC0011", SourcesPath, 4, 20, "a right-to-left isolate (U+2067)") },
            Reads(("Sources.Report.Title!", "Hostile \u2067report"))),
        ["zero-width-space-in-claimant"] = new(
            () => Edit(FactPath, "claimant: the Pentagon", "claimant: the Penta\u200Bgon"),
            new[] { D("FC0011", FactPath, 8, 28, "a zero-width space (U+200B)") },
            Reads((Claimant, "the Penta\u200Bgon"))),

        // U+2028 and U+2029 are neither forbidden nor hidden (TextHazards): ordinary text. Written as YAML escapes
        // they reach the code as they are; the reader (YAML 1.1) takes them raw as line breaks; quotes take them as
        // whitespace, and citations count lines by LF only.
        ["line-and-paragraph-separator-escaped-in-statement"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: \"Troops\\u2028sent\\u2029now.\""),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((Statement, "Troops\u2028sent\u2029now."))),
        ["line-separator-raw-in-statement-is-kept-as-a-yaml-line-break"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: Troops\u2028      sent."),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((Statement, "Troops\u2028sent."))),
        ["line-separator-raw-before-unindented-text-is-a-yaml-error"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: Troops\u2028sent."),
            new[] { D("FC0001", FactPath, 3, 22, "The text holds a line separator (U+2028), which YAML reads as a line break; remove it, or put the value in quotes") },
            Reads((FactCount, "0"))),
        ["paragraph-separator-raw-in-quote-matches-a-space"] = new(
            () => Edit(FactPath, "quote: about 10,000 troops were sent", "quote: about 10,000\u2029          troops were sent"),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((Quote, "about 10,000 troops were sent"))),
        ["line-separator-escaped-in-quote-matches-a-space"] = new(
            () => Edit(FactPath, "quote: about 10,000 troops were sent", "quote: \"about 10,000\\u2028troops were sent\""),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((Quote, "about 10,000 troops were sent"))),
        ["paragraph-separator-in-source-document"] = new(
            () => Edit(DocumentPath, "about 10,000 troops", "about 10,000\u2029troops"),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((Quote, "about 10,000\u2029troops were sent"), (Position, "2:19+29"))),

        // Forbidden characters make the whole file FC0001 at the character; escapes that YAML itself allows are text.
        ["nul-in-statement"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: Troops\0 sent."),
            new[] { D("FC0001", FactPath, 3, 22, "The control character U+0000 is not allowed in YAML") },
            Reads((FactCount, "0"))),
        ["nul-and-controls-escaped-in-statement"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: \"Troops\\0\\x01\\x7F\\uFFFE sent.\""),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((Statement, "Troops\0\u0001\u007F\uFFFE sent."))),
        ["nul-in-source-document"] = new(
            () => Edit(DocumentPath, "Hostile report", "Hostile\0 report"),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((Quote, "about 10,000 troops were sent"))),
        ["lone-high-surrogate-in-statement"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: Troops\uD800 sent."),
            new[] { D("FC0001", FactPath, 3, 22, "The text holds a lone surrogate (U+D800), which is not a character") },
            Reads((FactCount, "0"))),
        ["lone-low-surrogate-in-claimant"] = new(
            () => Edit(FactPath, "claimant: the Pentagon", "claimant: the \uDC00Pentagon"),
            new[] { D("FC0001", FactPath, 8, 23, "The text holds a lone surrogate (U+DC00), which is not a character") },
            Reads()),
        ["lone-surrogate-escaped-in-statement"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: \"Troops\\uD800 sent.\""),
            new[] { D("FC0001", FactPath, 3, 16, "Invalid YAML: While scanning a quoted scalar, found invalid Unicode surrogates") },
            Reads()),
        ["invalid-utf8-in-fact-file"] = new(
            () => Input().With(FactPath, WithBytes(Facts, "Troops sent.", "Troops", 0xE9, " sent.")),
            new[] { D("FC0001", FactPath, 3, 22, "The file is not valid UTF-8 here (or holds the replacement character U+FFFD); save it as UTF-8") },
            Reads((FactCount, "0"))),
        ["invalid-utf8-in-sources-file"] = new(
            () => Input().With(SourcesPath, WithBytes(Sources, "Hostile report", "Hostile r", 0xE9, "port")),
            new[] { D("FC0001", SourcesPath, 4, 21, "The file is not valid UTF-8 here") },
            Reads(("Sources.All.Count.ToString()", "0"))),

        // Safety limits (YamlLimits): FC0001 where the limit is crossed, in well under the time budget.
        ["ten-megabyte-statement"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: " + new string('a', 10_000_000)),
            new[] { D("FC0001", FactPath, 3, 16, "A value of 10000000 characters is longer than the limit of 100000; shorten it") },
            Reads()),
        ["ten-megabyte-quote"] = new(
            () => Edit(FactPath, "quote: about 10,000 troops were sent", "quote: " + new string('a', 10_000_000)),
            new[] { D("FC0001", FactPath, 10, 16, "A value of 10000000 characters is longer than the limit of 100000; shorten it") },
            Reads()),
        ["statement-at-the-scalar-limit"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: " + new string('a', 100_000)),
            Array.Empty<ExpectedDiagnostic>(),
            Reads(("Facts.Get(\"troops\").Statement.Length.ToString()", "100000"))),
        ["statement-one-past-the-scalar-limit"] = new(
            () => Edit(FactPath, "statement: Troops sent.", "statement: " + new string('a', 100_001)),
            new[] { D("FC0001", FactPath, 3, 16, "A value of 100001 characters is longer than the limit of 100000") },
            Reads()),
        ["nesting-10000-deep-flow-sequences"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    tags: " + new string('[', 10_000) + new string(']', 10_000) + "\n"),
            new[] { D("FC0001", FactPath, 5, 72, "The YAML nests deeper than 64 levels") },
            Reads()),
        ["nesting-10000-deep-flow-mappings"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    note: " + string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "b" + new string('}', 10_000) + "\n"),
            new[] { D("FC0001", FactPath, 5, 255, "The YAML nests deeper than 64 levels") },
            Reads()),
        ["nesting-10000-deep-block-sequences"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    tags:\n      " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n"),
            new[] { D("FC0001", FactPath, 6, 129, "The YAML nests deeper than 64 levels") },
            Reads()),
        ["alias-expansion-bomb"] = new(
            () => Input().With(FactPath, AliasBomb()),
            new[]
            {
                // Aliases are counted by what they expand to: those of a1 to a3 add 12,330 nodes, and each of a4's
                // adds 11,111; its 8th passes 100,000 and the file is not read further.
                D("FC0017", FactPath, 1, 271, "The aliases of this file add at least 101,218 YAML nodes when expanded, more than the limit MaxAliasExpandedNodes of 100,000"),
            },
            Reads((FactCount, "0"))),
        ["aliases-past-the-limit"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    tags: [&t x, " + string.Concat(Enumerable.Repeat("*t, ", 10_001)) + "]\n"),
            new[] { D("FC0001", FactPath, 5, 40018, "The file uses more than 10000 aliases; write the values out instead") },
            Reads()),

        // Numbers past the ranges of long and double are FC0002 at the value; the claim is left out.
        ["count-past-long"] = Value("count", "9223372036854775808", "9223372036854775808 is out of range for count"),
        ["integer-past-long"] = Value("integer", "9223372036854775808", "9223372036854775808 is out of range for integer"),
        ["integer-below-long"] = Value("integer", "-9223372036854775809", "-9223372036854775809 is out of range for integer"),
        ["year-past-long"] = Value("year", "9223372036854775808", "9223372036854775808 is out of range for year"),
        ["number-past-double"] = Value("number", "1e400", "1e400 is out of range for number; it must be a finite number"),
        ["number-below-double"] = Value("number", "-1e400", "-1e400 is out of range for number; it must be a finite number"),
        ["percent-past-double"] = Value("percent", "1e400", "1e400 is out of range for percent; it must be a finite number"),
        ["count-in-exponent-form"] = Value("count", "1e400", "'1e400' is not valid for count"),
        ["number-past-long-is-a-double"] = new(
            () => BigNumber("    type: number\n"),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((DoubleValue, "9.223372036854776E+18"))),
        ["inferred-number-past-long-is-a-double"] = new(
            () => BigNumber(string.Empty),
            Array.Empty<ExpectedDiagnostic>(),
            Reads((DoubleValue, "9.223372036854776E+18"))),
        ["number-below-the-smallest-double-rounds-to-zero"] = new(
            () => Edit(Edit(Edit(Edit(FactPath, "type: count", "type: number"), FactPath, "value: 10000", "value: 1e-400"),
                FactPath, "quote: about 10,000 troops were sent", "quote: a rate of 1e-400 per troop"),
                DocumentPath, "were sent.", "were sent, a rate of 1e-400 per troop."),
            new[] { D("FC0009", FactPath, 7, 16, "Value 0 of claim 'pentagon' is not stated in its quote") },
            Reads((DoubleValue, "0"))),
        ["inferred-number-past-double"] = new(
            () => Edit(Edit(FactPath, "    type: count\n", ""), FactPath, "value: 10000", "value: 1e400"),
            new[] { D("FC0002", FactPath, 6, 16, "1e400 is out of range for number; it must be a finite number") },
            Reads()),

        // C# keywords: refused as explicit names (FC0010 at the name, which falls back to the default), while ids
        // that are keywords become PascalCase names that are not.
        ["keyword-as-fact-name"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    name: class\n"),
            new[] { D("FC0010", FactPath, 5, 11, "The 'name' of fact 'troops' is not usable: 'class' is a C# keyword; choose a PascalCase name such as 'Class'") },
            Reads(("Facts.Hostile.Troops.Value.ToString()", "10000"))),
        ["contextual-keyword-global-as-fact-name"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    name: global\n"),
            new[] { D("FC0010", FactPath, 5, 11, "The 'name' of fact 'troops' is not usable: 'global' is a C# keyword") },
            Reads(("Facts.Hostile.Troops.Value.ToString()", "10000"))),
        ["keyword-as-claim-name"] = new(
            () => Edit(FactPath, "      pentagon:\n", "      pentagon:\n        name: int\n"),
            new[] { D("FC0010", FactPath, 7, 15, "The 'name' of claim 'pentagon' of fact 'troops' is not usable: 'int' is a C# keyword") },
            Reads(("Facts.Hostile.Troops.Pentagon.ToString()", "10000"))),
        ["keyword-as-group"] = new(
            () => Input().With(FactPath, "group: namespace\n" + Facts),
            new[] { D("FC0010", FactPath, 1, 8, "The group name 'namespace' is a C# keyword; use a PascalCase name such as 'Namespace'") },
            Reads(("Facts.Hostile.Troops.Value.ToString()", "10000"))),
        ["keyword-as-source-name"] = new(
            () => Edit(SourcesPath, "  report:\n", "  report:\n    name: string\n"),
            new[] { D("FC0010", SourcesPath, 3, 11, "The 'name' of source 'report' is not usable: 'string' is a C# keyword") },
            Reads(("Sources.Report.Id", "report"))),
        ["keywords-as-ids"] = new(
            () => Edit(
                Edit(Edit(Edit(FactPath, "  troops:", "  class:"), FactPath, "      pentagon:", "      int:"), FactPath, "source: report", "source: namespace"),
                SourcesPath, "  report:", "  namespace:"),
            Array.Empty<ExpectedDiagnostic>(),
            Reads(("Facts.Hostile.Class.Int.ToString()", "10000"), ("Facts.Get(\"class\").Claims[0].Id", "int"), ("Sources.Namespace.Id", "namespace"))),
        ["contextual-keywords-as-names"] = new(
            () => Edit(Edit(FactPath, "    type: count\n", "    type: count\n    name: record\n"), FactPath, "      pentagon:\n", "      pentagon:\n        name: var\n"),
            Array.Empty<ExpectedDiagnostic>(),
            Reads(("Facts.Hostile.record.var.ToString()", "10000"))),

        ["hostile-text-as-fact-name"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    name: '" + HostileName + "'\n"),
            new[] { D("FC0010", FactPath, 5, 11, "The 'name' of fact 'troops' is not usable: '" + HostileNameValue + "' is not a valid C# identifier; choose a PascalCase name such as 'OddSummaryEnd'") },
            Reads(("Facts.Hostile.Troops.Value.ToString()", "10000"))),
        ["hostile-text-as-claim-name"] = new(
            () => Edit(FactPath, "      pentagon:\n", "      pentagon:\n        name: '" + HostileName + "'\n"),
            new[] { D("FC0010", FactPath, 7, 15, "The 'name' of claim 'pentagon' of fact 'troops' is not usable: '" + HostileNameValue + "' is not a valid C# identifier") },
            Reads(("Facts.Hostile.Troops.Pentagon.ToString()", "10000"))),
        ["hostile-text-as-group"] = new(
            () => Input().With(FactPath, "group: '" + HostileName + "'\n" + Facts),
            new[] { D("FC0010", FactPath, 1, 8, "The group name '" + HostileNameValue + "' is not a valid C# identifier; use a PascalCase name such as 'OddSummaryEnd'") },
            Reads(("Facts.Hostile.Troops.Value.ToString()", "10000"))),
        ["hostile-text-as-source-name"] = new(
            () => Edit(SourcesPath, "  report:\n", "  report:\n    name: '" + HostileName + "'\n"),
            new[] { D("FC0010", SourcesPath, 3, 11, "The 'name' of source 'report' is not usable: '" + HostileNameValue + "' is not a valid C# identifier") },
            Reads(("Sources.Report.Id", "report"))),
        ["hostile-text-as-fact-id"] = new(
            () => Edit(FactPath, "  troops:", "  'odd */ </summary> & \" \\ '' end':"),
            new[] { D("FC0010", FactPath, 2, 3, "Fact id 'odd */ </summary> & \" \\ ' end' is not lower-kebab-case (a-z, 0-9 and single hyphens); rename it to 'odd-summary-end'") },
            Reads((FactCount, "0"))),

        // Names that collide once converted to C# identifiers, or with generated members: FC0010 at the later one,
        // which is left out so that the generated code still compiles.
        ["fact-ids-that-become-one-name"] = new(
            () => Input().With(FactPath, Facts.Replace("  troops:", "  troops-2024:", StringComparison.Ordinal) + SecondFact("troops2024")),
            new[] { D("FC0010", FactPath, 11, 3, "Fact 'troops2024' becomes the C# name 'Troops2024', which fact 'troops-2024' at /project/facts/hostile.facts.yaml(2,3) already uses") },
            Reads(("Facts.Hostile.Troops2024.Id", "troops-2024"), (FactCount, "1"))),
        ["fact-id-with-underscores-beside-its-kebab-case-twin"] = new(
            () => Input().With(FactPath, Facts.Replace("  troops:", "  troops-in-russia:", StringComparison.Ordinal) + SecondFact("troops_in_russia")),
            new[] { D("FC0010", FactPath, 11, 3, "Fact id 'troops_in_russia' is not lower-kebab-case (a-z, 0-9 and single hyphens); rename it to 'troops-in-russia'") },
            Reads(("Facts.Hostile.TroopsInRussia.Id", "troops-in-russia"), (FactCount, "1"))),
        ["fact-ids-that-become-one-name-across-files"] = new(
            () => Input()
                .With(FactPath, Facts.Replace("  troops:", "  troops-2024:", StringComparison.Ordinal))
                .With("/project/facts/more.facts.yaml", "group: Hostile\nfacts:\n" + SecondFact("troops2024")),
            new[] { D("FC0010", "/project/facts/more.facts.yaml", 3, 3, "Fact 'troops2024' becomes the C# name 'Troops2024', which fact 'troops-2024'") },
            Reads(("Facts.Hostile.Troops2024.Id", "troops-2024"), (FactCount, "1"))),
        ["claim-ids-that-become-one-name"] = new(
            () => Input().With(FactPath, Facts.Replace("      pentagon:", "      pentagon-1:", StringComparison.Ordinal) + SecondClaim("pentagon1")),
            new[] { D("FC0010", FactPath, 11, 7, "Claim 'pentagon1' of fact 'troops' becomes the C# name 'Pentagon1', which claim 'pentagon-1' already uses") },
            Reads((ClaimCount, "1"))),
        ["claim-named-like-a-generated-member"] = new(
            () => Edit(FactPath, "      pentagon:", "      value:"),
            new[] { D("FC0010", FactPath, 6, 7, "Claim 'value' of fact 'troops' becomes the C# name 'Value', which the generated member 'Value' already uses") },
            Reads((ClaimCount, "0"))),
        ["claim-named-like-its-fact"] = new(
            () => Edit(FactPath, "      pentagon:", "      troops:"),
            new[] { D("FC0010", FactPath, 6, 7, "Claim 'troops' of fact 'troops' becomes the C# name 'Troops', which the fact's own class already uses") },
            Reads((ClaimCount, "0"))),
        ["fact-named-like-its-group"] = new(
            () => Edit(FactPath, "  troops:", "  hostile:"),
            new[] { D("FC0010", FactPath, 2, 3, "Fact 'hostile' becomes the C# name 'Hostile', which its group 'Hostile' already uses") },
            Reads((FactCount, "0"))),
        ["fact-named-like-the-group-list"] = new(
            () => Edit(FactPath, "  troops:", "  all:"),
            new[] { D("FC0010", FactPath, 2, 3, "Fact 'all' becomes the C# name 'All', which the member 'Hostile.All' that every group class has already uses") },
            Reads((FactCount, "0"))),
        ["fact-named-like-a-fact-member"] = new(
            () => Edit(FactPath, "  troops:", "  fact:"),
            new[] { D("FC0010", FactPath, 2, 3, "Fact 'fact' becomes the C# name 'Fact', which the member 'Fact' that every fact class has already uses") },
            Reads((FactCount, "0"))),
        ["group-named-like-a-catalogue-member"] = new(
            () => Input().With(FactPath, "group: All\n" + Facts),
            new[] { D("FC0010", FactPath, 1, 8, "The group name 'All' is taken by the generated member 'Facts.All'; set 'group:' to another name") },
            Reads((FactCount, "0"))),
        // The group class's private readers from index to typed fact, which every Fact getter calls by simple name.
        ["claim-named-like-a-fact-reader"] = new(
            () => Edit(FactPath, "      pentagon:\n", "      pentagon:\n        name: Int32Fact__\n"),
            new[] { D("FC0010", FactPath, 7, 15, "Claim 'pentagon' of fact 'troops' becomes the C# name 'Int32Fact__', which the generated member 'Int32Fact__' already uses") },
            Reads((ClaimCount, "0"))),
        ["fact-named-like-a-fact-reader"] = new(
            () => Edit(FactPath, "    type: count\n", "    type: count\n    name: TextFact__\n"),
            new[] { D("FC0010", FactPath, 2, 3, "Fact 'troops' becomes the C# name 'TextFact__', which the member 'Hostile.TextFact__' that every group class has already uses") },
            Reads((FactCount, "0"))),
        ["group-named-like-a-fact-reader"] = new(
            () => Input().With(FactPath, "group: Int32Fact__\n" + Facts),
            new[] { D("FC0010", FactPath, 1, 8, "The group name 'Int32Fact__' is taken by a generated member of the group's own class; set 'group:' to another name") },
            Reads((FactCount, "0"))),
        ["group-named-like-the-catalogue-class"] = new(
            () => Input().With(FactPath, "group: Facts\n" + Facts),
            new[] { D("FC0010", FactPath, 1, 8, "The group name 'Facts' is taken by the generated catalogue class; set 'group:' to another name") },
            Reads((FactCount, "0"))),
        ["source-named-like-a-generated-member"] = new(
            () => Edit(SourcesPath, "  report:\n", "  report:\n    name: All\n"),
            new[] { D("FC0010", SourcesPath, 3, 11, "Source 'report' becomes the C# name 'All', which the generated member 'All' already uses") },
            Reads(("Sources.All.Count.ToString()", "0"))),
        ["source-ids-that-become-one-name"] = new(
            () => Input().With(SourcesPath, Sources + "  report-1:\n    file: report.txt\n  report1:\n    file: report.txt\n"),
            new[] { D("FC0010", SourcesPath, 7, 3, "Source 'report1' becomes the C# name 'Report1', which source 'report-1' already uses") },
            Reads(("Sources.All.Count.ToString()", "2"))),
        ["groups-that-differ-only-in-letter-case"] = new(
            () => Input().With("/project/facts/upper.facts.yaml", "group: HOSTILE\nfacts:\n" + SecondFact("other")),
            Array.Empty<ExpectedDiagnostic>(),
            Reads(("Facts.HOSTILE.Other.Value.ToString()", "10000"), ("Facts.Hostile.Troops.Value.ToString()", "10000"))),
    };

    /// <summary>Runs the generator once before the first timed case, so that no case pays for loading and JIT.</summary>
    private static class Warm
    {
        private static readonly Lazy<bool> s_done = new(() =>
        {
            GeneratorRun run = GeneratorHarness.Run(Input(), "public static class Probe { public static int Run() => Demo.Facts.Hostile.Troops.Value; }");
            Assert.False(run.HasErrors, run.Describe());
            GeneratorHarness.Execute(run.Output, "Probe", "Run");
            return true;
        });

        public static void Up() => _ = s_done.Value;
    }
}
