using System;
using System.Globalization;

namespace FactCatalog
{
    /// <summary>Where a claim's quote was found: the source, the words as written there, and their position in the source text.</summary>
    public sealed class Citation
    {
        /// <summary>Creates a citation. Generated catalogue code calls this; user code reads the result.</summary>
        /// <param name="source">The source the quote comes from.</param>
        /// <param name="quote">The quote exactly as written in the source text.</param>
        /// <param name="line">The 1-based line of the quote's first character.</param>
        /// <param name="column">The 1-based column of the quote's first character, in UTF-16 code units.</param>
        /// <param name="offset">The 0-based offset of the quote's first character, in UTF-16 code units from the start of the text.</param>
        /// <param name="length">The length of the quote in the source text, in UTF-16 code units.</param>
        /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="quote"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A position is out of range: line or column below 1, offset or length below 0.</exception>
        public Citation(Source source, string quote, int line, int column, int offset, int length)
        {
            if (line < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(line), line, "Lines are numbered from 1.");
            }

            if (column < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are numbered from 1.");
            }

            if (offset < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset cannot be negative.");
            }

            if (length < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(length), length, "The length cannot be negative.");
            }

            Source = source ?? throw new ArgumentNullException(nameof(source));
            Quote = quote ?? throw new ArgumentNullException(nameof(quote));
            Line = line;
            Column = column;
            Offset = offset;
            Length = length;
        }

        /// <summary>The source the quote comes from.</summary>
        public Source Source { get; }

        /// <summary>The quote exactly as written in the source text (not normalised).</summary>
        public string Quote { get; }

        /// <summary>The 1-based line of the quote's first character in the source text.</summary>
        public int Line { get; }

        /// <summary>The 1-based column of the quote's first character, in UTF-16 code units.</summary>
        public int Column { get; }

        /// <summary>The 0-based offset of the quote's first character, in UTF-16 code units from the start of the source text as stored.</summary>
        public int Offset { get; }

        /// <summary>The length of the quote in the source text as stored, in UTF-16 code units.</summary>
        public int Length { get; }

        /// <summary>
        /// A short citation: the outlet (container title, or else publisher, title or source id), the date of
        /// issue when known, and the file and line of the quote.
        /// </summary>
        /// <returns>For example <c>Al-Ahram Weekly, 2024-11-07, 004_d8202d8143fa868b.txt:12</c>.</returns>
        public override string ToString()
        {
            // The outlet reads best in a short citation: "Al-Ahram Weekly" says more at a glance than a headline.
            string name = Source.ContainerTitle ?? Source.Publisher ?? Source.Title ?? Source.Id;
            string location = Source.File + ":" + Line.ToString(CultureInfo.InvariantCulture);
            return Source.Issued is FactDate issued
                ? name + ", " + issued.ToString() + ", " + location
                : name + ", " + location;
        }
    }
}
