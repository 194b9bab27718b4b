using FactCatalog;

namespace Briefing.Text;

/// <summary>
/// The briefing's one citation style: outlet (or title), date, file and line, such as
/// <c>Al-Ahram Weekly, 2024-11-07, 004_d8202d8143fa868b.txt:2</c>. A text that names neither outlet nor title is
/// "untitled text", one that gives no date "undated": a reader sees what the text does not say rather than an id.
/// </summary>
internal static class CitationText
{
    public static string Of(Citation citation)
    {
        Source source = citation.Source;
        string name = source.ContainerTitle ?? source.Publisher ?? source.Title ?? "untitled text";
        string date = source.Issued is FactDate issued ? issued.ToString()
            : source.OriginalDate is FactDate original ? "original " + original.ToString()
            : "undated";
        return name + ", " + date + ", " + source.File + ":" + citation.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
