using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace FactCatalog
{
    /// <summary>
    /// A document that claims are quoted from, with its bibliographic metadata (a CSL-JSON-like subset).
    /// Metadata the document does not give is <see langword="null"/>, never guessed.
    /// </summary>
    public sealed class Source
    {
        /// <summary>Creates a source. Generated catalogue code calls this; user code reads the result.</summary>
        /// <param name="id">The source id used by claims, such as <c>al-ahram-2024-11-07</c>.</param>
        /// <param name="file">The file holding the source text, relative to the sources folder.</param>
        /// <param name="type">The CSL type, such as <c>article-newspaper</c>, if known.</param>
        /// <param name="title">The title of the document, if known.</param>
        /// <param name="containerTitle">The title of the newspaper, journal or site it appeared in, if known.</param>
        /// <param name="publisher">The publisher, if known.</param>
        /// <param name="authors">The authors; empty when the document names none.</param>
        /// <param name="issued">The publication date, if known.</param>
        /// <param name="language">The language of the text as stored, such as <c>en</c>, if known.</param>
        /// <param name="translation">Whether the text as stored is a translation, and by whom.</param>
        /// <param name="url">Where the document was published, if known.</param>
        /// <param name="note">A curator's note about the source, if any.</param>
        /// <param name="originalTitle">The title of the original, when the text is a translation.</param>
        /// <param name="originalPublisher">The publisher of the original, when the text is a translation.</param>
        /// <param name="originalDate">The publication date of the original, when the text is a translation.</param>
        /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="file"/> or <paramref name="authors"/> is <see langword="null"/>.</exception>
        public Source(
            string id,
            string file,
            string? type,
            string? title,
            string? containerTitle,
            string? publisher,
            IReadOnlyList<string> authors,
            FactDate? issued,
            string? language,
            SourceTranslation translation,
            string? url,
            string? note,
            string? originalTitle,
            string? originalPublisher,
            FactDate? originalDate)
            : this(
                id ?? throw new ArgumentNullException(nameof(id)),
                file ?? throw new ArgumentNullException(nameof(file)),
                type,
                title,
                containerTitle,
                publisher,
                ReadOnlyLists.ToArray(authors, nameof(authors)),
                issued,
                language,
                translation,
                url,
                note,
                originalTitle,
                originalPublisher,
                originalDate,
                Uncopied.Lists)
        {
        }

        /// <summary>
        /// Creates a source that keeps <paramref name="authors"/> (uncopied): what a catalogue's records are read
        /// with, in one constructor, so reading a program's first fact compiles fewer methods under the JIT.
        /// </summary>
        internal Source(
            string id,
            string file,
            string? type,
            string? title,
            string? containerTitle,
            string? publisher,
            string[] authors,
            FactDate? issued,
            string? language,
            SourceTranslation translation,
            string? url,
            string? note,
            string? originalTitle,
            string? originalPublisher,
            FactDate? originalDate,
            Uncopied lists)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            File = file ?? throw new ArgumentNullException(nameof(file));
            Type = type;
            Title = title;
            ContainerTitle = containerTitle;
            Publisher = publisher;
            Authors = authors.Length == 0 ? Array.Empty<string>() : new ReadOnlyCollection<string>(authors);
            Issued = issued;
            Language = language;
            Translation = translation;
            Url = url;
            Note = note;
            OriginalTitle = originalTitle;
            OriginalPublisher = originalPublisher;
            OriginalDate = originalDate;
        }

        /// <summary>The source id used by claims, such as <c>al-ahram-2024-11-07</c>.</summary>
        public string Id { get; }

        /// <summary>The file holding the source text, relative to the sources folder, such as <c>004_d8202d8143fa868b.txt</c>.</summary>
        public string File { get; }

        /// <summary>The CSL type, such as <c>article-newspaper</c>, or <see langword="null"/> if unknown.</summary>
        public string? Type { get; }

        /// <summary>The title of the document, or <see langword="null"/> if unknown.</summary>
        public string? Title { get; }

        /// <summary>The title of the newspaper, journal or site the document appeared in, or <see langword="null"/> if unknown.</summary>
        public string? ContainerTitle { get; }

        /// <summary>The publisher, or <see langword="null"/> if unknown.</summary>
        public string? Publisher { get; }

        /// <summary>The authors, in the order the document names them; empty when it names none.</summary>
        public IReadOnlyList<string> Authors { get; }

        /// <summary>The publication date, as precise as it is known, or <see langword="null"/> if unknown.</summary>
        public FactDate? Issued { get; }

        /// <summary>The language of the text as stored, such as <c>en</c>, or <see langword="null"/> if unknown.</summary>
        public string? Language { get; }

        /// <summary>Whether the text as stored is a translation, and by whom. Quotes from a machine translation may carry its errors.</summary>
        public SourceTranslation Translation { get; }

        /// <summary>Where the document was published, or <see langword="null"/> if unknown.</summary>
        public string? Url { get; }

        /// <summary>A curator's note about the source, or <see langword="null"/>.</summary>
        public string? Note { get; }

        /// <summary>The title of the original when the text is a translation, or <see langword="null"/>.</summary>
        public string? OriginalTitle { get; }

        /// <summary>The publisher of the original when the text is a translation, or <see langword="null"/>.</summary>
        public string? OriginalPublisher { get; }

        /// <summary>The publication date of the original when the text is a translation, or <see langword="null"/>.</summary>
        public FactDate? OriginalDate { get; }

        /// <summary>
        /// A short citation: the title (or, failing that, the container title, the publisher or the id),
        /// then the date of issue when known.
        /// </summary>
        /// <returns>For example <c>North Korean troops in Russia, 2024-11-07</c>.</returns>
        public override string ToString()
        {
            string name = Title ?? ContainerTitle ?? Publisher ?? Id;
            return Issued is FactDate issued ? name + ", " + issued.ToString() : name;
        }
    }
}
