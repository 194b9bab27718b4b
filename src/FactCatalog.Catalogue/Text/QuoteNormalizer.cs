namespace FactCatalog.Catalogue.Text;

/// <summary>
/// The one declared normalisation under which a quote must match its source exactly: Unicode NFC; curly quotes and
/// apostrophes to straight ones; dashes to <c>-</c>; no-break and all other Unicode spaces and line breaks to a
/// space, each run of them to one space; case kept. Curators type quotes on ordinary keyboards, while sources are
/// typeset, so these are the differences a reader does not see and a curator cannot easily type.
/// </summary>
internal static class QuoteNormalizer
{
    /// <summary>The normalised form of <paramref name="text"/>, without leading or trailing space.</summary>
    public static string Normalize(string text) => NormalizedText.NormalizeTrimmed(text);

    /// <summary>
    /// The character <paramref name="c"/> stands for after NFC: <c>'</c>, <c>"</c>, <c>-</c>, a space for any
    /// whitespace, or itself. Collapsing runs of spaces is left to <see cref="NormalizedText"/>.
    /// </summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is '\t' or '\n' or '\v' or '\f' or '\r' ? ' ' : c;
        }

        switch (c)
        {
            case '\u2018': // left single quotation mark
            case '\u2019': // right single quotation mark, the typeset apostrophe
            case '\u201A': // single low-9 quotation mark
            case '\u201B': // single high-reversed-9 quotation mark
            case '\u2032': // prime, often typed for an apostrophe
            case '\u2035': // reversed prime
            case '\u02BC': // modifier letter apostrophe
            case '\uFF07': // fullwidth apostrophe
            // Guillemets are quotation marks too, and no ordinary keyboard types them; folding them lets a curator
            // type "..." for «...», while the citation still shows the source's own marks.
            case '\u2039':
            case '\u203A':
                return '\'';
            case '\u201C': // left double quotation mark
            case '\u201D': // right double quotation mark
            case '\u201E': // double low-9 quotation mark
            case '\u201F': // double high-reversed-9 quotation mark
            case '\u2033': // double prime
            case '\u2036': // reversed double prime
            case '\uFF02': // fullwidth quotation mark
            case '\u00AB':
            case '\u00BB':
                return '"';
            case '\u2010': // hyphen
            case '\u2011': // non-breaking hyphen
            case '\u2012': // figure dash
            case '\u2013': // en dash
            case '\u2014': // em dash
            case '\u2015': // horizontal bar
            case '\u2212': // minus sign
            case '\uFE58': // small em dash
            case '\uFE63': // small hyphen-minus
            case '\uFF0D': // fullwidth hyphen-minus
                return '-';
            default:
                return IsWhitespace(c) ? ' ' : c;
        }
    }

    /// <summary>
    /// Unicode's White_Space property, listed rather than taken from <c>char.IsWhiteSpace</c> so that every
    /// runtime (the compiler may run on .NET Framework) folds the same characters.
    /// </summary>
    private static bool IsWhitespace(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\v' or '\f' or '\r' => true,
        '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => c >= '\u2000' && c <= '\u200A',
    };
}
