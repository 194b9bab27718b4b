using FactCatalog.Catalogue.Model;
using System.Linq;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Catalogue.Tests;


public class RealCatalogueTests
{
    [Fact]
    public void Real_catalogue_has_no_errors_or_warnings_and_only_disputes_as_infos()
    {
        CatalogueResult result = CatalogueValidator.Validate(RepoFiles.Catalogue(), RepoFiles.Options);
        DiagnosticInfo[] problems = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || d.Id != "FC0012").ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));
        Assert.True(result.Model.Groups.Sum(g => g.Facts.Count) > 50);
        Assert.All(result.Model.Groups.SelectMany(g => g.Facts).SelectMany(f => f.Claims), c => Assert.NotNull(c.Citation));
    }
}
