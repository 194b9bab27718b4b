using System;
using System.ComponentModel;
using System.Reflection;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class CatalogueManifestAttributeTests
    {
        [Fact]
        public void It_keeps_what_it_is_given()
        {
            var manifest = new CatalogueManifestAttribute(CatalogueManifestAttribute.CurrentVersion, "global::Demo.Facts", "Deployment", "F\ttroops\tTroops\tConsistent\tCount\tpentagon\n");

            Assert.Equal(2, manifest.Version);
            Assert.Equal("global::Demo.Facts", manifest.Catalogue);
            Assert.Equal("Deployment", manifest.Group);
            Assert.Equal("F\ttroops\tTroops\tConsistent\tCount\tpentagon\n", manifest.Facts);
        }

        [Fact]
        public void It_goes_on_assemblies_once_per_group_and_stays_out_of_completion_lists()
        {
            AttributeUsageAttribute usage = typeof(CatalogueManifestAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

            Assert.Equal(AttributeTargets.Assembly, usage.ValidOn);
            Assert.True(usage.AllowMultiple);
            Assert.Equal(EditorBrowsableState.Never, typeof(CatalogueManifestAttribute).GetCustomAttribute<EditorBrowsableAttribute>()!.State);
        }
    }
}
