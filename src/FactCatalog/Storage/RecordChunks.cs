using System;

namespace FactCatalog.Storage
{
    /// <summary>Records by index in data split into chunks of a fixed number of records (see <see cref="RecordSource"/>).</summary>
    internal readonly struct RecordChunks
    {
        private readonly RecordSource _chunks;
        private readonly int _chunkSize;

        public RecordChunks(RecordSource chunks, int chunkSize)
        {
            _chunks = chunks ?? throw new ArgumentNullException(nameof(chunks));
            _chunkSize = chunkSize > 0 ? chunkSize : throw new ArgumentOutOfRangeException(nameof(chunkSize));
        }

        /// <summary>The record at <paramref name="index"/>: its chunk, then past the records before it there.</summary>
        public ReadOnlySpan<byte> Record(int index)
        {
            var reader = new RecordReader(_chunks(index / _chunkSize));
            for (int skip = index % _chunkSize; skip > 0; skip--)
            {
                reader.Skip();
            }

            return reader.Field();
        }

        /// <summary>Every record of the first <paramref name="count"/>, in order, decoded as text.</summary>
        public string[] AllText(int count)
        {
            var texts = new string[count];
            for (int chunk = 0; chunk * _chunkSize < count; chunk++)
            {
                var reader = new RecordReader(_chunks(chunk));
                for (int i = chunk * _chunkSize; i < Math.Min(count, (chunk + 1) * _chunkSize); i++)
                {
                    texts[i] = reader.Text();
                }
            }

            return texts;
        }
    }
}
