using System;

namespace FactCatalog.Storage
{
    /// <summary>
    /// Records by index in data split into chunks of a fixed number of records (see <see cref="RecordSource"/>).
    /// Static methods over the tables' own fields rather than a struct of its own, so that creating a table and
    /// reading its first record compile no constructor and no method of a struct besides these.
    /// </summary>
    internal static class RecordChunks
    {
        /// <summary>The record at <paramref name="index"/>: its chunk, then past the records before it there.</summary>
        public static ReadOnlySpan<byte> Record(RecordSource chunks, int chunkSize, int index)
        {
            var reader = new RecordReader(chunks(index / chunkSize));
            for (int skip = index % chunkSize; skip > 0; skip--)
            {
                reader.Field();
            }

            return reader.Field();
        }

        /// <summary>Every record of the first <paramref name="count"/>, in order, decoded as text.</summary>
        public static string[] AllText(RecordSource chunks, int chunkSize, int count)
        {
            var texts = new string[count];
            for (int chunk = 0; chunk * chunkSize < count; chunk++)
            {
                var reader = new RecordReader(chunks(chunk));
                for (int i = chunk * chunkSize; i < Math.Min(count, (chunk + 1) * chunkSize); i++)
                {
                    texts[i] = reader.Text(nullable: false)!;
                }
            }

            return texts;
        }
    }
}
