using System;
using System.Collections.Generic;

namespace FactCatalog.Catalogue.Resolution;

/// <summary>
/// Path arithmetic on plain strings (the compiler hands paths over as text; no file system access is
/// allowed or needed): separators unified to '/', '.' and '..' segments resolved.
/// </summary>
public static class CataloguePaths
{
    /// <summary>The normalised form of <paramref name="path"/>, comparable with <see cref="Comparer"/>.</summary>
    public static string Normalize(string path)
    {
        string unified = path.Replace('\\', '/');
        bool rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (string segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }
            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    /// <summary>Joins a folder and a relative path (an absolute <paramref name="relative"/> wins) and normalises.</summary>
    public static string Combine(string folder, string relative)
    {
        string unified = relative.Replace('\\', '/');
        bool absolute = unified.StartsWith("/", StringComparison.Ordinal) || (unified.Length > 1 && unified[1] == ':');
        return Normalize(absolute ? unified : folder + "/" + unified);
    }

    /// <summary>The folder part of a path (normalised), or an empty string.</summary>
    public static string Directory(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash <= 0 ? (slash == 0 ? "/" : string.Empty) : normalized.Substring(0, slash);
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="folder"/> (both normalised first).</summary>
    public static bool IsUnder(string path, string folder)
    {
        string file = Normalize(path), root = Normalize(folder);
        return file.Length > root.Length && file[root.Length] == '/' && Comparer.Equals(file.Substring(0, root.Length), root);
    }

    /// <summary>
    /// Path equality: ordinal, except that Windows drive paths (<c>C:/...</c>) compare without case as
    /// the file system does there.
    /// </summary>
    public static readonly IEqualityComparer<string> Comparer = new PathComparer();

    private sealed class PathComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) =>
            x is not null && y is not null && string.Equals(x, y, IsDrivePath(x) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        public int GetHashCode(string obj) =>
            IsDrivePath(obj) ? StringComparer.OrdinalIgnoreCase.GetHashCode(obj) : StringComparer.Ordinal.GetHashCode(obj);

        private static bool IsDrivePath(string path) => path.Length > 1 && path[1] == ':';
    }
}
