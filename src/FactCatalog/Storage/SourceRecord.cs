using System;

namespace FactCatalog.Storage
{
    /// <summary>Builds a <see cref="Source"/> from its record: its fields in constructor order, authors as a count and the names.</summary>
    internal static class SourceRecord
    {
        public static Source Read(ReadOnlySpan<byte> record)
        {
            var reader = new RecordReader(record);
            string id = reader.Text();
            string file = reader.Text();
            string? type = reader.NullableText();
            string? title = reader.NullableText();
            string? containerTitle = reader.NullableText();
            string? publisher = reader.NullableText();
            string[] authors = new string[reader.Number()];
            for (int i = 0; i < authors.Length; i++)
            {
                authors[i] = reader.Text();
            }

            FactDate? issued = FactRecord.Date(reader.NullableText());
            string? language = reader.NullableText();
            SourceTranslation translation = EnumText.Translation(reader.Text());
            string? url = reader.NullableText();
            string? note = reader.NullableText();
            string? originalTitle = reader.NullableText();
            string? originalPublisher = reader.NullableText();
            FactDate? originalDate = FactRecord.Date(reader.NullableText());
            if (!reader.AtEnd)
            {
                throw new FormatException("The catalogue data compiled into this assembly is damaged: source '" + id + "' has bytes past its last field.");
            }

            return new Source(id, file, type, title, containerTitle, publisher, authors, issued, language, translation, url, note, originalTitle, originalPublisher, originalDate);
        }
    }
}
