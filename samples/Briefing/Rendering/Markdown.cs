using System.Text;

namespace Briefing.Rendering;

/// <summary>Text made safe for Markdown, so that catalogue text reads as written rather than as markup.</summary>
internal static class Markdown
{
    private const string Special = "\\`*_[]<>|#~";

    /// <summary>The text with every character Markdown could read as markup escaped with a backslash.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (Special.IndexOf(c) >= 0 && !(c == '_' && IsWithinWord(text, i)))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Whether the character at <paramref name="index"/> has a letter or digit on both sides: an underscore there, as in a file name, cannot start or end emphasis.</summary>
    private static bool IsWithinWord(string text, int index) =>
        index > 0 && index + 1 < text.Length && char.IsLetterOrDigit(text[index - 1]) && char.IsLetterOrDigit(text[index + 1]);

    /// <summary>The text as inline code; ids are kebab-case, so they never hold a backtick.</summary>
    public static string Code(string text) => "`" + text + "`";
}
