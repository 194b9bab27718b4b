// The hash of a fact id, computed by the generator over every id at build time (to lay out the table generated
// code holds) and by the runtime library over the id looked up: one file compiled into both, so the two always
// agree. Ordinal over the UTF-16 code units, four at a time, with no platform- or process-dependent seed (unlike
// string.GetHashCode), so the table built on one machine is right on every other.
#nullable enable
#if FACTCATALOG_RUNTIME
namespace FactCatalog.Storage
#else
namespace FactCatalog.Generator.Emit
#endif
{
    /// <summary>A fixed, ordinal hash of ids, the same in the generator and at run time.</summary>
    internal static class IdHash
    {
        private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

        /// <summary>The hash of <paramref name="id"/>.</summary>
        public static uint Of(string id)
        {
            ulong hash = Multiplier ^ (ulong)id.Length;
            int i = 0;
#if FACTCATALOG_RUNTIME && NET8_0_OR_GREATER
            // Four code units in one read where memory holds them least significant first, as the loop below
            // composes them: the same value, in a quarter of the loads (a lookup hashes every id it is given).
            if (System.BitConverter.IsLittleEndian)
            {
                System.ReadOnlySpan<ulong> blocks = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(System.MemoryExtensions.AsSpan(id, 0, id.Length & ~3));
                for (int b = 0; b < blocks.Length; b++)
                {
                    hash = (hash ^ blocks[b]) * Multiplier;
                    hash = (hash << 31) | (hash >> 33);
                }

                i = id.Length & ~3;
            }
#endif
            for (; i + 4 <= id.Length; i += 4)
            {
                ulong block = id[i] | ((ulong)id[i + 1] << 16) | ((ulong)id[i + 2] << 32) | ((ulong)id[i + 3] << 48);
                hash = (hash ^ block) * Multiplier;
                hash = (hash << 31) | (hash >> 33);
            }

            for (; i < id.Length; i++)
            {
                hash = (hash ^ id[i]) * Multiplier;
                hash = (hash << 31) | (hash >> 33);
            }

            // A final mix, so that the low bits that pick a slot depend on every character.
            hash ^= hash >> 33;
            hash *= 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 33;
            return (uint)hash;
        }
    }
}
