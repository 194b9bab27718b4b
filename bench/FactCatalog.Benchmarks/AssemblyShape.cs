using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FactCatalog.Benchmarks;

/// <summary>
/// What in an emitted catalogue approaches the runtime's limits: the types with the most fields and methods (a type
/// may have at most 65,535 fields before the type loader refuses it) and the sizes of the string and blob heaps.
/// </summary>
public static class AssemblyShape
{
    public static string Describe(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        MetadataReader metadata = pe.GetMetadataReader();
        var types = metadata.TypeDefinitions.Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => (Name: Name(metadata, type), Fields: type.GetFields().Count, Methods: type.GetMethods().Count))
            .ToList();
        string Top(Func<(string Name, int Fields, int Methods), int> count) =>
            string.Join(", ", types.OrderByDescending(count).Take(3).Select(t => t.Name + " " + count(t).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return FormattableString.Invariant(
            $"{types.Count} types, {metadata.MethodDefinitions.Count} methods, {metadata.FieldDefinitions.Count} fields; most fields: {Top(t => t.Fields)}; most methods: {Top(t => t.Methods)}; user-string heap {metadata.GetHeapSize(HeapIndex.UserString) / 1024.0 / 1024:F1} MiB (limit 16 MiB), blob heap {metadata.GetHeapSize(HeapIndex.Blob) / 1024.0 / 1024:F1} MiB");
    }

    private static string Name(MetadataReader metadata, TypeDefinition type)
    {
        string name = metadata.GetString(type.Name);
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        return declaring.IsNil ? name : Name(metadata, metadata.GetTypeDefinition(declaring)) + "." + name;
    }
}
