using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactCatalog.Catalogue.Naming;

/// <summary>
/// Names as they appear in generated code. The catalogue has already checked every name is a valid,
/// non-keyword identifier; here they are only written safely: fully qualified with <c>global::</c> (a group
/// called <c>System</c> must not capture references), formatting characters dropped (C# ignores them in
/// identifiers anyway), and lower-case type names written with <c>@</c> (which keeps CS8981 quiet).
/// </summary>
public static class CodeNames
{
    /// <summary>The namespace-level class that holds the lookup tables (ids, tags, dispatch).</summary>
    public static string IndexClass(string className) => className + "Index";

    /// <summary>The namespace holding the classes that build each fact on first use.</summary>
    public static string StoreNamespace(string className) => className + "Store";

    /// <summary>A member name as written in code.</summary>
    public static string Member(string identifier) => Clean(identifier);

    /// <summary>A type name as written in its declaration.</summary>
    public static string Type(string identifier)
    {
        string clean = Clean(identifier);
        return clean.All(c => c < 128 && !char.IsUpper(c)) ? "@" + clean : clean;
    }

    /// <summary><c>global::Ns.A.B</c>: a fully qualified name in the catalogue's namespace.</summary>
    public static string Qualified(string ns, params string[] typePath)
    {
        var builder = new StringBuilder("global::");
        if (ns.Length > 0)
        {
            builder.Append(ns).Append('.');
        }
        return builder.Append(string.Join(".", typePath)).ToString();
    }

    /// <summary>
    /// A hint name for a generated file, unique among <paramref name="taken"/> without regard to case (the
    /// compiler compares hint names that way): characters other than ASCII letters, digits, '.' and '_' are
    /// written as hex, and a clash gets a number.
    /// </summary>
    public static string HintName(string stem, ISet<string> taken)
    {
        var builder = new StringBuilder(stem.Length);
        foreach (char c in stem)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        string safe = Shorten(builder.ToString(), stem);
        string name = safe + ".g.cs";
        for (int i = 2; !taken.Add(name); i++)
        {
            name = safe + "_" + i.ToString(CultureInfo.InvariantCulture) + ".g.cs";
        }
        return name;
    }

    /// <summary>
    /// The longest hint name stem kept as it is. With <c>EmitCompilerGeneratedFiles</c> the hint name becomes a file name,
    /// which most file systems limit to 255 bytes (CS0016 past it); non-ASCII characters take six each (<c>_xNNNN</c>).
    /// </summary>
    public const int MaxHintStemLength = 120;

    /// <summary>
    /// <paramref name="safe"/> as it is when short enough; otherwise its first 100 characters, an underscore and a hash
    /// of the whole <paramref name="stem"/> (FNV-1a, so the same group always gets the same file name).
    /// </summary>
    private static string Shorten(string safe, string stem)
    {
        if (safe.Length <= MaxHintStemLength)
        {
            return safe;
        }
        uint hash = 2166136261;
        foreach (char c in stem)
        {
            hash = (hash ^ c) * 16777619;
        }
        return safe.Substring(0, 100) + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>A set of hint names compared as the compiler compares them.</summary>
    public static ISet<string> NewHintNameSet() => new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static string Clean(string identifier) =>
        identifier.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            ? new string(identifier.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray())
            : identifier;
}
