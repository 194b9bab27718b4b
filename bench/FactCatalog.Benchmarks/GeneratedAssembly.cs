using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace FactCatalog.Benchmarks;

/// <summary>Emits a compilation with the generated catalogue and loads it, sharing the runtime library with this process.</summary>
public static class GeneratedAssembly
{
    public static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        CatalogueBuild.ThrowOnErrors("Emit failed", result.Diagnostics);
        return stream.ToArray();
    }

    /// <summary>
    /// Loads <paramref name="image"/> into a collectible context; the runtime library resolves to the one already
    /// loaded, so the catalogue's facts are this process's <see cref="Fact"/> objects.
    /// </summary>
    public static Assembly LoadCollectible(byte[] image, out AssemblyLoadContext context)
    {
        context = new AssemblyLoadContext("catalogue", isCollectible: true);
        using var stream = new MemoryStream(image);
        return context.LoadFromStream(stream);
    }

    /// <summary>The generated root class, <c>Bench.Facts</c>.</summary>
    public static System.Type Facts(Assembly assembly) => assembly.GetType(CatalogueBuild.RootNamespace + ".Facts", throwOnError: true)!;
}
