using System;
using System.Text;

namespace FactCatalog.Storage
{
    /// <summary>UTF-8 bytes to a string on every target (netstandard2.0 has no span overload of <c>GetString</c>).</summary>
    internal static class Utf8Text
    {
        public static string Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return string.Empty;
            }
#if NET
            return Encoding.UTF8.GetString(bytes);
#else
            unsafe
            {
                fixed (byte* start = bytes)
                {
                    return Encoding.UTF8.GetString(start, bytes.Length);
                }
            }
#endif
        }
    }
}
