using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue;

/// <summary>
/// What each catalogue text parsed to, held as long as the text itself is alive (a weak table keyed by the
/// <see cref="SourceText"/> instance), so drivers that see the same text (the generator and the analyzer in one
/// compilation, successive compilations in the IDE) parse it once. A parse depends on the path too (diagnostics
/// carry it), so an entry serves only the path it was made for.
/// </summary>
internal static class ParsedTexts
{
    private static readonly ConditionalWeakTable<SourceText, Entry> s_parsed = new();

    public static object? Get(SourceText text, string path) =>
        s_parsed.TryGetValue(text, out Entry? entry) && entry.Path == path ? entry.Parsed : null;

    /// <summary>Stores <paramref name="parsed"/> for <paramref name="text"/> and returns it. A cancelled parse throws before it gets here.</summary>
    public static T Remember<T>(SourceText? text, string path, T parsed)
        where T : class
    {
        if (text is not null)
        {
            lock (s_parsed)
            {
                s_parsed.Remove(text);
                s_parsed.Add(text, new Entry(path, parsed));
            }
        }
        return parsed;
    }

    private sealed class Entry
    {
        public Entry(string path, object parsed)
        {
            Path = path;
            Parsed = parsed;
        }

        public string Path { get; }

        public object Parsed { get; }
    }
}
