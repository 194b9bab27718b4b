using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace FactCatalog
{
    /// <summary>Copies lists handed to constructors, so that a caller keeping the original cannot change the object.</summary>
    internal static class ReadOnlyLists
    {
        public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T> items, string parameterName) =>
            AsReadOnly(ToArray(items, parameterName));

        /// <summary>A copy of <paramref name="items"/> as an array; throws on a null list or a null item.</summary>
        public static T[] ToArray<T>(IReadOnlyList<T> items, string parameterName)
        {
            if (items is null)
            {
                throw new ArgumentNullException(parameterName);
            }

            var copy = new T[items.Count];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i] ?? throw new ArgumentException($"Item {i} is null.", parameterName);
            }

            return copy;
        }

        /// <summary>A read-only view of an array that no one else holds.</summary>
        public static IReadOnlyList<T> AsReadOnly<T>(T[] items) =>
            items.Length == 0 ? Array.Empty<T>() : new ReadOnlyCollection<T>(items);
    }

    /// <summary>
    /// The last argument of the constructors that keep the arrays they are given rather than copy them (what a
    /// catalogue's records are read with): it tells them apart from the public constructors, which copy.
    /// </summary>
    internal enum Uncopied
    {
        /// <summary>The arrays are the new object's own.</summary>
        Lists,
    }
}
