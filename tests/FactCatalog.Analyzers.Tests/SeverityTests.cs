using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactCatalog.Analyzers.Tests.Infrastructure;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Analyzers.Tests;

/// <summary>The code diagnostics are located in C# files, so a <c>[*.cs]</c> section of <c>.editorconfig</c> changes their severity.</summary>
public class SeverityTests
{
    [Fact]
    public void An_editorconfig_section_for_CSharp_files_changes_the_severity()
    {
        const string code = """
            using FactCatalog;

            public static class Briefing
            {
                [Cites("troops-in-rusia")]
                public static int Troops() => 10000;
            }
            """;
        const string editorconfig = """
            root = true

            [*.cs]
            dotnet_diagnostic.FC1001.severity = error
            dotnet_diagnostic.FC1005.severity = none
            """;
        Compilation compilation = AnalyzerHarness.Generate(Catalogues.Representative(), code);
        var options = new EditorConfigOptions(AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(editorconfig, "/project/.editorconfig") }));

        ImmutableArray<Diagnostic> diagnostics = AnalyzerHarness.Diagnose(compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(options)));

        Assert.Equal(new[] { ("FC1001", DiagnosticSeverity.Error) }, diagnostics.Select(d => (d.Id, d.Severity)));
    }

    /// <summary>What the compiler derives from .editorconfig files for each syntax tree.</summary>
    private sealed class EditorConfigOptions : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;

        public EditorConfigOptions(AnalyzerConfigSet set) => _set = set;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}
