using System;

namespace FactCatalog.Catalogue.Text;

/// <summary>
/// Where each character of a normalised text starts in its original. Stored as runs over which the original
/// index is the normalised one plus a constant: text maps one to one between collapsed whitespace runs and
/// changed characters, so a document needs an entry per paragraph or so rather than one per character.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _runStarts;
    private readonly int[] _offsets;
    private readonly int _runs;
    private readonly int _length;

    private OffsetMap(int[] runStarts, int[] offsets, int runs, int length)
    {
        _runStarts = runStarts;
        _offsets = offsets;
        _runs = runs;
        _length = length;
    }

    /// <summary>Where the character at normalised <paramref name="index"/> starts; the end maps to the original's length.</summary>
    public int this[int index]
    {
        get
        {
            if ((uint)index > (uint)_length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index must lie within the text or at its end.");
            }

            // The last run starting at or before the index.
            int low = 0;
            int high = _runs - 1;
            while (low < high)
            {
                int middle = (low + high + 1) >> 1;
                if (_runStarts[middle] <= index)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }
            return index + _offsets[low];
        }
    }

    /// <summary>Collects the map one character at a time, in order.</summary>
    internal sealed class Builder
    {
        private int[] _runStarts = new int[16];
        private int[] _offsets = new int[16];
        private int _runs;

        /// <summary>Records that normalised <paramref name="index"/> starts at original <paramref name="origin"/>.</summary>
        public void Add(int index, int origin)
        {
            // Small enough to inline: most characters continue the run before them.
            if (_runs == 0 || _offsets[_runs - 1] != origin - index)
            {
                AddRun(index, origin - index);
            }
        }

        private void AddRun(int index, int offset)
        {
            if (_runs == _runStarts.Length)
            {
                Array.Resize(ref _runStarts, _runs * 2);
                Array.Resize(ref _offsets, _runs * 2);
            }
            _runStarts[_runs] = index;
            _offsets[_runs] = offset;
            _runs++;
        }

        /// <summary>The map of a normalised text of <paramref name="length"/> characters whose end maps to <paramref name="originalLength"/>.</summary>
        public OffsetMap Build(int length, int originalLength)
        {
            Add(length, originalLength);
            return new OffsetMap(_runStarts, _offsets, _runs, length);
        }
    }
}
