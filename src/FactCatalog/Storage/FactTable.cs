using System;
using System.ComponentModel;

namespace FactCatalog.Storage
{
    /// <summary>The facts of one group, each built from its record the first time it is read. For generated code.</summary>
    /// <remarks>
    /// The way from a typed member to its fact is kept to few methods: <see cref="LazyList{T}"/>'s indexer, this
    /// table's <see cref="Create"/>, which finds the record and decodes it with one straight-line method, and the
    /// constructors of the fact, its claims and citations.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactTable : LazyList<Fact>
    {
        private readonly RecordSource _chunks;
        private readonly int _chunkSize;
        private readonly Func<int, Source>? _sourceAt;
        private readonly SourceTable? _sources;
        private readonly int[]? _sourceIndexes;

        /// <summary>Creates the table; nothing is decoded until an item is read.</summary>
        /// <param name="count">How many facts the group has.</param>
        /// <param name="chunkSize">How many records each chunk holds.</param>
        /// <param name="chunks">The records, chunk by chunk.</param>
        /// <param name="sourceAt">The sources the records cite, by the index they use.</param>
        public FactTable(int count, int chunkSize, RecordSource chunks, Func<int, Source> sourceAt)
            : base(count)
        {
            _chunks = chunks ?? throw new ArgumentNullException(nameof(chunks));
            _chunkSize = chunkSize > 0 ? chunkSize : throw new ArgumentOutOfRangeException(nameof(chunkSize));
            _sourceAt = sourceAt ?? throw new ArgumentNullException(nameof(sourceAt));
        }

        /// <summary>
        /// Creates the table of a group whose records cite sources by their position in <paramref name="sourceIndexes"/>,
        /// which holds their indexes in <paramref name="sources"/>: what generated code uses, as data rather than a
        /// method from index to source, so reading the first fact compiles no such method; nothing is decoded yet.
        /// </summary>
        /// <param name="count">How many facts the group has.</param>
        /// <param name="chunkSize">How many records each chunk holds.</param>
        /// <param name="chunks">The records, chunk by chunk.</param>
        /// <param name="sources">The catalogue's sources.</param>
        /// <param name="sourceIndexes">The index in <paramref name="sources"/> of each source the records cite, by the index they use.</param>
        public FactTable(int count, int chunkSize, RecordSource chunks, SourceTable sources, int[] sourceIndexes)
            : base(count)
        {
            _chunks = chunks ?? throw new ArgumentNullException(nameof(chunks));
            _chunkSize = chunkSize > 0 ? chunkSize : throw new ArgumentOutOfRangeException(nameof(chunkSize));
            _sources = sources ?? throw new ArgumentNullException(nameof(sources));
            _sourceIndexes = sourceIndexes ?? throw new ArgumentNullException(nameof(sourceIndexes));
        }

        /// <inheritdoc />
        protected override Fact Create(int index) =>
            FactRecord.Read(RecordChunks.Record(_chunks, _chunkSize, index), _sourceAt, _sources, _sourceIndexes);
    }
}
