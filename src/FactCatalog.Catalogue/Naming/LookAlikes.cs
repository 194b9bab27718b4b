using System.Text;

namespace FactCatalog.Catalogue.Naming;

/// <summary>
/// Names that look like other names (FC0018). C# compares names character by character: a name in decomposed form
/// (<c>e</c> + U+0301) and the same name composed (<c>é</c>), or a Latin name with one Cyrillic <c>о</c>, are
/// different names that read the same, so two of them compile side by side and code picks one without anyone seeing
/// which. A name is reported when it is not in Unicode NFC, when it mixes Latin letters with Cyrillic or Greek ones,
/// or when every letter of it is a Cyrillic or Greek letter that looks like a Latin one.
/// </summary>
public static class LookAlikes
{
    /// <summary>Cyrillic and Greek letters drawn like Latin ones, with the Latin letter each looks like.</summary>
    private const string Confusable = "АAВBЕEЅSІIЈJКKМMНHОOРPСCТTХXУYаaеeоoрpсcуyхxѕsіiјjԁdԛqԝwһhӏlΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvιiκkρpτtυuχx";

    /// <summary>Why <paramref name="name"/> looks like another name, or null.</summary>
    public static string? Problem(string name)
    {
        // The catalogue's own NFC (the compiler may run with invariant globalization, where string.Normalize does nothing).
        string composed = Text.Nfc.Normalize(name);
        if (composed != name)
        {
            return $"The name '{name}' is not in Unicode normal form C: the same letters typed as one character each make a different C# name that looks the same; write it as '{composed}'";
        }
        bool latin = false;
        bool other = false;
        bool allConfusable = true;
        char example = '\0';
        var skeleton = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (!char.IsLetter(c))
            {
                skeleton.Append(c);
                continue;
            }
            if (IsLatin(c))
            {
                latin = true;
                skeleton.Append(c);
                continue;
            }
            if (IsCyrillicOrGreek(c))
            {
                other = true;
                int at = Confusable.IndexOf(c);
                if (at >= 0 && at % 2 == 0)
                {
                    example = example == '\0' ? c : example;
                    skeleton.Append(Confusable[at + 1]);
                    continue;
                }
            }
            allConfusable = false;
            skeleton.Append(c);
        }
        if (latin && other)
        {
            return $"The name '{name}' mixes Latin letters with Cyrillic or Greek ones{Example(example)}, so it looks like a name it is not; write it in one script";
        }
        if (other && allConfusable && example != '\0')
        {
            return $"The name '{name}' is written in Cyrillic or Greek letters that look like Latin ones{Example(example)}, so it looks like the Latin name '{skeleton}'; write it in Latin letters, or in letters that do not look like them";
        }
        return null;
    }

    private static string Example(char c) => c == '\0' ? string.Empty : $" (such as '{c}', U+{(int)c:X4})";

    private static bool IsLatin(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');

    private static bool IsCyrillicOrGreek(char c) => (c >= '\u0370' && c <= '\u03FF') || (c >= '\u0400' && c <= '\u052F');
}
