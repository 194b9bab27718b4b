using System;

namespace FactCatalog.Storage
{
    /// <summary>Builds a <see cref="Source"/> from its record: its fields in constructor order, authors as a count and the names.</summary>
    /// <remarks>One straight-line method, like <see cref="FactRecord"/>: the first fact a program reads reads its sources too.</remarks>
    internal static class SourceRecord
    {
        public static Source Read(ReadOnlySpan<byte> record)
        {
            var reader = new RecordReader(record);
            string id = reader.Text(nullable: false)!;
            string file = reader.Text(nullable: false)!;
            string? type = reader.Text(nullable: true);
            string? title = reader.Text(nullable: true);
            string? containerTitle = reader.Text(nullable: true);
            string? publisher = reader.Text(nullable: true);
            string[] authors = new string[reader.Number()];
            for (int i = 0; i < authors.Length; i++)
            {
                authors[i] = reader.Text(nullable: false)!;
            }

            string? issuedText = reader.Text(nullable: true);
            FactDate? issued = issuedText is null ? null : FactDate.Parse(issuedText);
            string? language = reader.Text(nullable: true);
            var translation = (SourceTranslation)EnumText.Value(EnumText.Translation, reader.Text(nullable: false)!);
            string? url = reader.Text(nullable: true);
            string? note = reader.Text(nullable: true);
            string? originalTitle = reader.Text(nullable: true);
            string? originalPublisher = reader.Text(nullable: true);
            string? originalDateText = reader.Text(nullable: true);
            FactDate? originalDate = originalDateText is null ? null : FactDate.Parse(originalDateText);
            if (reader.Position != reader.Length)
            {
                throw new FormatException("The catalogue data compiled into this assembly is damaged: source '" + id + "' has bytes past its last field.");
            }

            return new Source(id, file, type, title, containerTitle, publisher, authors, issued, language, translation, url, note, originalTitle, originalPublisher, originalDate, Uncopied.Lists);
        }
    }
}
