using System.Linq;
using FactCatalog.Generator.Tests.Infrastructure;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// FactCatalogGenerate=false (what the package's targets set in a project that has the package only through a catalogue
/// library, with no catalogue files of its own): nothing generated and nothing reported, so such a project gets neither
/// an empty Facts class nor FC0014. Any other value, or none, keeps the catalogue.
/// </summary>
public class GenerateOptionTests
{
    [Fact]
    public void Generate_false_writes_no_code_and_reports_nothing_even_without_fact_files()
    {
        CatalogueInput empty = new CatalogueInput(new (string, string)[0], Catalogues.Properties).WithProperty("FactCatalogGenerate", "false");

        GeneratorRun run = GeneratorHarness.Run(empty);

        Assert.Empty(run.Files);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Generate_false_ignores_a_catalogue_that_is_there()
    {
        GeneratorRun run = GeneratorHarness.Run(Catalogues.Representative().WithProperty("FactCatalogGenerate", "False"));

        Assert.Empty(run.Files);
        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    [InlineData("")]
    public void Without_false_the_catalogue_is_generated_and_a_missing_one_is_FC0014(string? value)
    {
        CatalogueInput empty = new(new (string, string)[0], Catalogues.Properties);
        CatalogueInput representative = Catalogues.Representative();
        if (value is not null)
        {
            empty = empty.WithProperty("FactCatalogGenerate", value);
            representative = representative.WithProperty("FactCatalogGenerate", value);
        }

        Assert.Contains(GeneratorHarness.Run(empty).Diagnostics, d => d.Id == "FC0014");
        Assert.Contains("Facts.g.cs", GeneratorHarness.Run(representative).Files.Keys);
    }
}
