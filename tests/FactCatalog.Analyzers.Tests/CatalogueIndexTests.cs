using System.Linq;
using FactCatalog.Analyzers.Tests.Infrastructure;
using FactCatalog.Generator.Analyzers;
using FactCatalog.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Analyzers.Tests;

/// <summary>The index the analyzers share: built once per compilation, manifests parsed once per text.</summary>
public class CatalogueIndexTests
{
    [Fact]
    public void One_index_per_compilation_and_one_parse_per_manifest()
    {
        Compilation compilation = AnalyzerHarness.Generate(Catalogues.Representative());
        CatalogueIndex index = CatalogueIndex.For(compilation);
        Assert.Same(index, CatalogueIndex.For(compilation));

        VisibleCatalogue catalogue = Assert.Single(index.Catalogues);
        Assert.Equal(("global::Demo.Facts", "Demo.Facts", "Facts"), (catalogue.ClassName, catalogue.MetadataName, catalogue.DisplayName));
        Assert.Equal(12, catalogue.FactIds.Count());
        Assert.Equal("global::Demo.Facts.Deployment.TroopsInRussia.Pentagon", index.FindFact("troops-in-russia")!.MemberPath("Pentagon"));

        // An edit elsewhere gives a new compilation with the same generated trees: a new index over the same parsed facts.
        Compilation edited = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Edit { }"));
        CatalogueIndex next = CatalogueIndex.For(edited);
        Assert.NotSame(index, next);
        Assert.Same(index.FindFact("troops-in-russia")!.Fact, next.FindFact("troops-in-russia")!.Fact);
    }

    [Theory]
    [InlineData(10000, "troops-in-russia")]
    [InlineData(10000.0, "troops-in-russia")]
    [InlineData(45, "defence-share")]
    [InlineData(45.0f, "defence-share")]
    [InlineData(6.5, "growth")]
    [InlineData(1234567890123L, "budget-won")]
    [InlineData(2024, "summit-year")]
    [InlineData("Kim Jong Un", "summit-host")]
    [InlineData(10, null)]
    [InlineData(-4, null)]
    [InlineData(3000, null)]
    [InlineData("Kim", null)]
    [InlineData(true, null)]
    public void Values_match_by_number_or_text(object literal, string? factId)
    {
        CatalogueIndex index = CatalogueIndex.For(AnalyzerHarness.Generate(Catalogues.Representative()));
        Assert.Equal(factId, index.Values.Find(literal).Select(m => m.Fact.Id).SingleOrDefault());
    }
}
