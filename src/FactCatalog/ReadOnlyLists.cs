using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace FactCatalog
{
    /// <summary>Copies lists handed to constructors, so that a caller keeping the original cannot change the object.</summary>
    internal static class ReadOnlyLists
    {
        public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T> items, string parameterName)
        {
            if (items is null)
            {
                throw new ArgumentNullException(parameterName);
            }

            if (items.Count == 0)
            {
                return Array.Empty<T>();
            }

            var copy = new T[items.Count];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i] ?? throw new ArgumentException($"Item {i} is null.", parameterName);
            }

            return new ReadOnlyCollection<T>(copy);
        }
    }
}
