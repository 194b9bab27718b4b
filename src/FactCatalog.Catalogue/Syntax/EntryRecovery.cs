using System.Collections.Generic;
using System.Threading;
using FactCatalog.Catalogue.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactCatalog.Catalogue.Syntax;

/// <summary>
/// Reads what is still readable of a file whose YAML fails inside one or more entries of a top-level mapping (the
/// facts of a fact file): each broken entry is blanked out, so the rest parses and keeps its members, and the error
/// stays the only thing the user sees. One typo then costs one fact, not the group (which would bring a compiler
/// error for every use of every member of the group on top of the real one).
/// </summary>
/// <remarks>
/// An entry is a line indented like the mapping's first key, with the lines under it. Blanking replaces its characters
/// by spaces and keeps line breaks, so every position in the rest of the file stays what it is in the real text. The
/// parse is repeated until it succeeds, each round blanking the entry of the next error and reporting that error too,
/// so every broken entry is reported, each at its place. Only the text decides what is kept: no earlier run's result is
/// used, so a command-line build and an IDE see the same. An error outside any entry (the file's header, the line
/// <c>facts:</c>) still costs the file.
/// </remarks>
internal static class EntryRecovery
{
    /// <summary>At most this many rounds (broken entries reported one by one); past it the file is given up.</summary>
    internal const int MaxRounds = 32;

    /// <summary>
    /// The root of <paramref name="content"/> with the entries holding the errors reported from <paramref name="firstError"/>
    /// on blanked out, or null when that cannot be done (an error outside every entry, every entry broken).
    /// </summary>
    /// <remarks>The keys (ids) of the entries left out are added to <paramref name="droppedKeys"/> when the root is returned.</remarks>
    public static YamlNode? Read(
        string path, SourceText text, string content, string key, YamlTree tree, List<DiagnosticInfo> diagnostics, int firstError,
        CancellationToken cancellationToken, List<string>? droppedKeys = null)
    {
        List<(int Start, int End)> entries = Entries(content, key);
        if (entries.Count == 0 || diagnostics.Count - firstError >= YamlLimits.MaxHazardReports)
        {
            // Past the hazard reports' limit some forbidden character may be unreported, and must not be read.
            return null;
        }
        var dropped = new bool[entries.Count];
        for (int i = firstError; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].Id == CatalogueDiagnostics.HiddenCharacter.Id)
            {
                continue;
            }
            if (diagnostics[i].Id != CatalogueDiagnostics.YamlSyntaxError.Id)
            {
                // A limit that bounds the work on the file (FC0017) is not worked around.
                return null;
            }
            int entry = IndexOf(entries, diagnostics[i].Location.Span.Start);
            if (entry < 0)
            {
                return null;
            }
            dropped[entry] = true;
        }

        char[] masked = content.ToCharArray();
        for (int round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool any = false;
            for (int i = 0; i < entries.Count; i++)
            {
                if (dropped[i])
                {
                    Blank(masked, entries[i]);
                }
                else
                {
                    any = true;
                }
            }
            if (!any)
            {
                return null;
            }
            var errors = new List<DiagnosticInfo>();
            YamlNode? root = YamlTreeReader.ReadScanned(path, text, new string(masked), tree, errors, cancellationToken);
            diagnostics.AddRange(errors);
            if (root is not null || errors.Count == 0)
            {
                if (root is not null && droppedKeys is not null)
                {
                    for (int i = 0; i < entries.Count; i++)
                    {
                        if (dropped[i] && EntryKey(content, entries[i].Start) is { } id)
                        {
                            droppedKeys.Add(id);
                        }
                    }
                }
                return root;
            }
            int next = IndexOf(entries, errors[0].Location.Span.Start);
            if (next < 0 || dropped[next])
            {
                return null;
            }
            dropped[next] = true;
        }
        return null;
    }

    /// <summary>
    /// The entries of the top-level mapping under <c><paramref name="key"/>:</c>, each from its key's line to the next
    /// entry's (or the end of the mapping); empty when the file is not laid out in block style with space indentation.
    /// </summary>
    internal static List<(int Start, int End)> Entries(string content, string key)
    {
        var entries = new List<(int Start, int End)>();
        int start = SectionStart(content, key);
        if (start < 0)
        {
            return entries;
        }
        int indent = -1;
        int entryStart = -1;
        int sectionEnd = content.Length;
        for (int line = start; line < content.Length;)
        {
            int end = content.IndexOf('\n', line);
            end = end < 0 ? content.Length : end;
            int first = line;
            while (first < end && content[first] == ' ')
            {
                first++;
            }
            if (first < end && content[first] != '\r' && content[first] != '#')
            {
                int spaces = first - line;
                bool tabbed = content[first] == '\t';
                if (spaces == 0 && !tabbed)
                {
                    // A key at the left margin ends the mapping.
                    sectionEnd = line;
                    break;
                }
                if (indent < 0)
                {
                    if (tabbed || content[first] == '-')
                    {
                        return entries;
                    }
                    indent = spaces;
                }
                if (spaces == indent && !tabbed)
                {
                    if (entryStart >= 0)
                    {
                        entries.Add((entryStart, line));
                    }
                    entryStart = line;
                }
            }
            line = end + 1;
        }
        if (entryStart >= 0)
        {
            entries.Add((entryStart, sectionEnd));
        }
        return entries;
    }

    /// <summary>The start of the line after <c>key:</c> at the left margin with nothing (or a comment) after it, or -1.</summary>
    private static int SectionStart(string content, string key)
    {
        for (int line = 0; line < content.Length;)
        {
            int end = content.IndexOf('\n', line);
            end = end < 0 ? content.Length : end;
            if (end - line > key.Length && string.CompareOrdinal(content, line, key, 0, key.Length) == 0 && content[line + key.Length] == ':')
            {
                int i = line + key.Length + 1;
                while (i < end && content[i] == ' ')
                {
                    i++;
                }
                return i == end || content[i] == '\r' || (content[i] == '#' && content[i - 1] == ' ') ? end + 1 : -1;
            }
            line = end + 1;
        }
        return -1;
    }

    /// <summary>The plain key on the entry's first line (<c>  report:</c> gives <c>report</c>), or null.</summary>
    private static string? EntryKey(string content, int lineStart)
    {
        int first = lineStart;
        while (first < content.Length && content[first] == ' ')
        {
            first++;
        }
        int end = first;
        while (end < content.Length && content[end] is not (':' or '\n' or '\r' or ' ' or '\t' or '#' or '"' or '\''))
        {
            end++;
        }
        return end > first && end < content.Length && content[end] == ':' ? content.Substring(first, end - first) : null;
    }

    private static int IndexOf(List<(int Start, int End)> entries, int offset)
    {
        for (int i = 0; i < entries.Count; i++)
        {
            if (offset >= entries[i].Start && offset < entries[i].End)
            {
                return i;
            }
        }
        return -1;
    }

    private static void Blank(char[] text, (int Start, int End) entry)
    {
        for (int i = entry.Start; i < entry.End; i++)
        {
            if (text[i] != '\n' && text[i] != '\r')
            {
                text[i] = ' ';
            }
        }
    }
}
