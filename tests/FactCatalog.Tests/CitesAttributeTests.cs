using System;
using System.Linq;
using System.Reflection;
using FactCatalog;

namespace FactCatalog.Tests
{
    public class CitesAttributeTests
    {
        [Cites("north-korean-troops-in-russia#pentagon")]
        [Cites("treaty-signed")]
        [Cites("training-bases#yonhap")]
        private const int CitingMember = 10000;

        [Fact]
        public void Several_citations_on_one_member_are_read_back()
        {
            FieldInfo field = typeof(CitesAttributeTests).GetField(nameof(CitingMember), BindingFlags.NonPublic | BindingFlags.Static)!;

            string[] ids = field.GetCustomAttributes<CitesAttribute>().Select(cites => cites.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();

            Assert.Equal(new[] { "north-korean-troops-in-russia#pentagon", "training-bases#yonhap", "treaty-signed" }, ids);
        }

        [Fact]
        public void It_applies_to_any_member_several_times_and_is_not_inherited()
        {
            AttributeUsageAttribute usage = typeof(CitesAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

            Assert.Equal(AttributeTargets.All, usage.ValidOn);
            Assert.True(usage.AllowMultiple);
            Assert.False(usage.Inherited);
        }

        [Fact]
        public void It_applies_to_types_methods_parameters_and_return_values()
        {
            MethodInfo method = typeof(Cited).GetMethod(nameof(Cited.Troops))!;

            Assert.Equal("a", typeof(Cited).GetCustomAttribute<CitesAttribute>()!.Id);
            Assert.Equal("b", method.GetCustomAttribute<CitesAttribute>()!.Id);
            Assert.Equal("c", method.GetParameters()[0].GetCustomAttribute<CitesAttribute>()!.Id);
            Assert.Equal("d", method.ReturnParameter.GetCustomAttribute<CitesAttribute>()!.Id);
        }

        [Cites("a")]
        private sealed class Cited
        {
            [Cites("b")]
            [return: Cites("d")]
            public static int Troops([Cites("c")] int fallback) => fallback;
        }
    }
}
