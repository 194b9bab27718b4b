using System.Linq;
using FactCatalog.Catalogue;
using FactCatalog.Catalogue.Diagnostics;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// Catalogue diagnostics reach the build through the generator, located in the YAML file (so MSBuild prints
/// <c>facts/x.facts.yaml(12,16): error FC0007: ...</c>), with their default severity; errors fail the build.
/// </summary>
public class DiagnosticTests
{
    /// <summary>
    /// Applies one edit to one file of the representative catalogue and expects <paramref name="id"/> where
    /// <paramref name="marker"/> occurs last in the edited file ('|' marks the exact point).
    /// </summary>
    [Theory]
    [InlineData("FC0001", Catalogues.DeploymentPath, "group: Deployment\n", "group: [Deployment\n", null)]
    [InlineData("FC0002", Catalogues.DeploymentPath, "value: 500\n", "value: lots\n", "|lots")]
    [InlineData("FC0003", Catalogues.DeploymentPath, "    unit: officers\n", "    units: officers\n", "|units")]
    [InlineData("FC0004", Catalogues.DeploymentPath, "  officers-in-russia:", "  troops-in-russia:", "|troops-in-russia:")]
    [InlineData("FC0005", Catalogues.DeploymentPath, "source: report\n        quote: including", "source: reprot\n        quote: including", "|reprot")]
    [InlineData("FC0006", Catalogues.SourcesPath, "file: translation.txt", "file: missing.txt", "|missing.txt")]
    [InlineData("FC0007", Catalogues.DeploymentPath, "quote: including 500 officers", "quote: including 600 officers", "|including 600")]
    [InlineData("FC0008", Catalogues.DeploymentPath, "quote: including 500 officers", "quote: North Korean", "quote: |North Korean")]
    [InlineData("FC0009", Catalogues.DeploymentPath, "value: 500\n", "value: 501\n", "|501")]
    [InlineData("FC0010", Catalogues.DeploymentPath, "  officers-in-russia:", "  OfficersInRussia:", "|OfficersInRussia")]
    [InlineData("FC0011", Catalogues.DeploymentPath, "North Korean officers in Russia.", "North Korean officers\u200B in Russia.", "|\u200B")]
    [InlineData("FC0012", Catalogues.DeploymentPath, "", "", "|treaty-signed:")]
    [InlineData("FC0013", Catalogues.DeploymentPath, "preferred: pentagon\n", "preferred: pentagn\n", "|pentagn")]
    [InlineData("FC0015", Catalogues.DeploymentPath, "quote: counted 12,000 North Korean soldiers\n", "quote: counted 12,000 North Korean soldiers\n        unit: soldiers\n", "|12000")]
    public void A_catalogue_problem_is_reported_at_its_place_in_the_YAML_file(string id, string path, string find, string replace, string? marker)
    {
        CatalogueInput input = Catalogues.Representative();
        string text = input.Files.Single(f => f.Path == path).Text;
        Assert.Contains(find, text);
        string edited = find.Length == 0 ? text : text.Replace(find, replace);
        GeneratorRun run = GeneratorHarness.Run(input.With(path, edited));

        Assert.Null(run.Exception);
        Diagnostic[] found = run.Diagnostics.Where(d => d.Id == id).ToArray();
        Assert.True(found.Length > 0, $"No {id}:\n{run.Describe()}");
        Diagnostic diagnostic = found[0];
        Assert.Equal(CatalogueDiagnostics.ById[id].DefaultSeverity, diagnostic.Severity);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        if (marker is not null)
        {
            int at = edited.LastIndexOf(marker.Replace("|", string.Empty), System.StringComparison.Ordinal) + marker.IndexOf('|');
            int line = edited.Take(at).Count(c => c == '\n');
            int column = at - (edited.LastIndexOf('\n', at - 1) + 1);
            Assert.True(found.Any(d => d.Location.GetLineSpan().StartLinePosition == new Microsoft.CodeAnalysis.Text.LinePosition(line, column)),
                $"Expected {id} at ({line + 1},{column + 1}):\n{run.Describe()}");
        }
        Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage().StartsWith(StageGuard.InternalErrorPrefix, System.StringComparison.Ordinal));
    }

    [Fact]
    public void No_fact_files_says_which_folder_was_searched()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative().Without(Catalogues.DeploymentPath).Without(Catalogues.ValuesPath));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "FC0014");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'/project/facts'", diagnostic.GetMessage());
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void The_folders_follow_the_build_properties()
    {
        CatalogueInput input = new(
            Catalogues.Representative().Files.Select(f => (f.Path.Replace("/project/facts/", "/project/catalogue/").Replace("/project/seeds/", "/project/texts/"), f.Text)).ToList(),
            Catalogues.Properties);
        input = input.WithProperty("FactCatalogFactsDir", "catalogue").WithProperty("FactCatalogSourcesDir", "/project/texts");
        GeneratorRun run = GeneratorHarness.Run(input);
        Assert.False(run.HasErrors, run.Describe());
        Assert.Contains("Facts.Deployment.g.cs", run.Files.Keys);
    }

    [Fact]
    public void Namespace_and_class_name_come_from_the_build_properties()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative().WithProperty("FactCatalogNamespace", "My.Catalogue").WithProperty("FactCatalogClassName", "Known"),
            "public static class Probe { public const int Troops = My.Catalogue.Known.Deployment.TroopsInRussia.Value; }");
        Assert.Empty(run.CompileDiagnostics());
        Assert.Contains("Known.Deployment.g.cs", run.Files.Keys);
    }

    [Theory]
    [InlineData("FactCatalogClassName", "not valid")]
    [InlineData("FactCatalogClassName", "Sources")]
    [InlineData("FactCatalogNamespace", "My-App.class")]
    public void Invalid_names_in_build_properties_are_FC0010_and_the_code_still_compiles(string property, string value)
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative().WithProperty(property, value));
        Diagnostic diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "FC0010");
        Assert.Contains(property == "FactCatalogClassName" ? "FactCatalogClassName" : "FactCatalogNamespace", diagnostic.GetMessage());
        Assert.Empty(run.CompileDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Errors_in_one_file_leave_the_rest_of_the_catalogue_generated()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative().With(Catalogues.ValuesPath, "facts: [unclosed"));
        Assert.Contains(run.Diagnostics, d => d.Id == "FC0001" && d.Location.GetLineSpan().Path == Catalogues.ValuesPath);
        Assert.Contains("Facts.Deployment.g.cs", run.Files.Keys);
        Assert.Empty(run.CompileDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
