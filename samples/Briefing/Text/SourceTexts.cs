using System.Collections.Generic;
using System.IO;

namespace Briefing.Text;

/// <summary>
/// The source documents, read from a folder on first use. Line endings become LF, as in the texts the
/// catalogue's offsets count in, so a checkout with CRLF endings shows the same sentences.
/// </summary>
internal sealed class SourceTexts
{
    private readonly string _folder;
    private readonly Dictionary<string, string?> _texts = new();

    /// <summary>Reads documents from <paramref name="folder"/>, where each source's file is named relative to it.</summary>
    public SourceTexts(string folder) => _folder = folder;

    /// <summary>The documents copied beside the application.</summary>
    public static SourceTexts BesideApplication() => new(Path.Combine(System.AppContext.BaseDirectory, "seeds"));

    /// <summary>The text of the source stored in <paramref name="file"/>, or <see langword="null"/> when it is not there.</summary>
    public string? Find(string file)
    {
        if (!_texts.TryGetValue(file, out string? text))
        {
            string path = Path.Combine(_folder, file);
            text = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n").Replace('\r', '\n') : null;
            _texts.Add(file, text);
        }
        return text;
    }
}
