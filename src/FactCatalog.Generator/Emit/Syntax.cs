using FactCatalog.Generator.Model;

namespace FactCatalog.Generator.Emit;

/// <summary>
/// C# that depends on the consumer's language version. Generated code compiles from C# 7.3 (the default of
/// netstandard2.0 libraries) on; what differs below a version is written the older way, with the same meaning.
/// </summary>
public static class Syntax
{
    /// <summary><c>T?</c> for a reference type <paramref name="type"/> from C# 8 on; <c>T</c> before, where every reference may be null.</summary>
    public static string Nullable(EmitOptions options, string type) => options.NullableAnnotations ? type + "?" : type;
}
