using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace FactCatalog.Catalogue.Naming;

/// <summary>Turns catalogue ids and file names into C# identifiers, and checks names given explicitly.</summary>
public static class IdentifierNames
{
    /// <summary>
    /// The longest C# name, in UTF-8 bytes: half the compiler's metadata limit for a name (1,023 bytes, CS7013), because
    /// a group's name is also part of the full name of its store class, which the namespace shares.
    /// </summary>
    public const int MaxIdentifierBytes = 511;

    /// <summary>The longest suggestion a message offers for a name that is too long.</summary>
    private const int SuggestionLength = 64;

    /// <summary>
    /// PascalCase of an id or file name: words split at anything that is not a letter or digit, each
    /// capitalised. A leading digit gets an underscore (<c>2024-treaty</c> → <c>_2024Treaty</c>); a name
    /// with no letters or digits becomes <c>_</c>. The result is always a valid identifier and never a
    /// keyword (keywords are lower case).
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        bool startOfWord = true;
        foreach (char c in name)
        {
            if (!IsIdentifierLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }
            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }
        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }
        return builder.ToString();
    }

    /// <summary>
    /// Why <paramref name="name"/> cannot be used as a C# identifier, or null when it can. Keywords are
    /// refused rather than escaped with <c>@</c>, so generated members read naturally.
    /// </summary>
    public static string? ProblemWith(string name)
    {
        if (TooLong(name) is { } tooLong)
        {
            return tooLong;
        }
        if (!SyntaxFacts.IsValidIdentifier(name))
        {
            return $"'{name}' is not a valid C# identifier";
        }
        // C# leaves format characters out of an identifier, so the name compiled would not be the name checked.
        foreach (char c in name)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                return $"'{name}' holds the invisible format character U+{(int)c:X4}, which C# leaves out of names, so two names that look different could be the same";
            }
        }
        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.GlobalKeyword)
        {
            return $"'{name}' is a C# keyword";
        }
        return null;
    }

    /// <summary>Why the C# name an id becomes is too long, or null.</summary>
    public static string? IdProblem(string id) => TooLong(ToPascalCase(id));

    /// <summary>A name to suggest instead of <paramref name="name"/>: its PascalCase form, shortened when it is long.</summary>
    public static string Suggestion(string name)
    {
        string pascal = ToPascalCase(name);
        return pascal.Length <= SuggestionLength ? pascal : pascal.Substring(0, SuggestionLength);
    }

    private static string? TooLong(string name)
    {
        int bytes = Encoding.UTF8.GetByteCount(name);
        return bytes > MaxIdentifierBytes
            ? $"'{name.Substring(0, System.Math.Min(name.Length, 40))}...' makes a C# name of {bytes} UTF-8 bytes, more than the limit of {MaxIdentifierBytes} (half the compiler's limit for a name in metadata, which the namespace shares)"
            : null;
    }

    /// <summary>True for ids in lower-kebab-case: a-z and 0-9 in words joined by single hyphens.</summary>
    public static bool IsKebabCase(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[id.Length - 1] == '-')
        {
            return false;
        }
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The lower-kebab-case form of an id, to suggest in a message.</summary>
    public static string ToKebabCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                if (char.IsUpper(c) && builder.Length > 0 && builder[builder.Length - 1] != '-')
                {
                    builder.Append('-');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }

    private static bool IsIdentifierLetterOrDigit(char c) =>
        SyntaxFacts.IsIdentifierPartCharacter(c) && c != '_' && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format;
}
