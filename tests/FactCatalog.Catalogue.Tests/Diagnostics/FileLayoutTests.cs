using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;
using static FactCatalog.Catalogue.Tests.CatalogueFixture;

namespace FactCatalog.Catalogue.Tests.Diagnostics;

/// <summary>FC0020 for fact files in a folder other than the facts folder: one diagnostic per folder, and no FC0014 or FC0021 on top.</summary>
public class FileLayoutTests
{
    [Theory]
    [InlineData("Facts")]
    [InlineData("fact")]
    [InlineData("facts-data")]
    [InlineData("Fatcs")]
    public void A_misnamed_facts_folder_is_one_FC0020_that_says_to_rename_it(string folder)
    {
        CatalogueResult result = RunFiles(
            ($"/repo/{folder}/b.facts.yaml", OneFact(PentagonClaim)),
            ($"/repo/{folder}/a.facts.yaml", OneFact(PentagonClaim)),
            ($"/repo/{folder}/c.facts.yaml", OneFact(PentagonClaim)),
            (DocumentPath, Document));
        DiagnosticInfo d = Single(result, "FC0020", DiagnosticSeverity.Warning, $"/repo/{folder}/a.facts.yaml", 1, 1);
        Assert.Equal($"3 fact files in '/repo/{folder}' are not read: fact files are read from '/repo/facts' (FactCatalogFactsDir) and its subfolders only; " +
            $"rename the folder '{folder}' to 'facts', or set FactCatalogFactsDir to '/repo/{folder}'", d.GetMessage());
        Assert.True(result.Diagnostics.Count == 1, Describe(result));
        Assert.Empty(result.Model.Groups);
    }

    [Fact]
    public void Fact_files_in_another_folder_beside_the_real_ones_are_one_FC0020_per_folder()
    {
        CatalogueResult result = RunFiles(
            (FactPath, OneFact(PentagonClaim)),
            (SourcesPath, Sources),
            (DocumentPath, Document),
            ("/repo/data/x.facts.yaml", OneFact(PentagonClaim)),
            ("/repo/notes/y.facts.yaml", OneFact(PentagonClaim)));
        Assert.Equal(
            new[]
            {
                "/repo/data/x.facts.yaml(1,1): warning FC0020: The fact file '/repo/data/x.facts.yaml' is not read: fact files are read from '/repo/facts' (FactCatalogFactsDir) and its subfolders only; move it into '/repo/facts', or set FactCatalogFactsDir to '/repo/data'",
                "/repo/notes/y.facts.yaml(1,1): warning FC0020: The fact file '/repo/notes/y.facts.yaml' is not read: fact files are read from '/repo/facts' (FactCatalogFactsDir) and its subfolders only; move it into '/repo/facts', or set FactCatalogFactsDir to '/repo/notes'",
            },
            result.Diagnostics.Select(d => d.ToString()).ToArray());
        Assert.Equal(new[] { "troops" }, result.Model.Groups.SelectMany(g => g.Facts).Select(f => f.Id).ToArray());
    }

    [Fact]
    public void A_fact_file_in_the_sources_folder_is_a_document_not_a_misplaced_fact_file()
    {
        CatalogueResult result = RunFiles((FactPath, OneFact(PentagonClaim)), (SourcesPath, Sources), (DocumentPath, Document), ("/repo/seeds/old.facts.yaml", "facts: {}\n"));
        Clean(result);
    }
}
