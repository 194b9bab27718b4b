using System;
using System.Runtime.InteropServices;

namespace FactCatalog.Catalogue.Conformance.Tests;

/// <summary>
/// ICU's own answer to "in which Unicode version was this code point assigned?" (<c>u_charAge</c>) and ICU's Unicode
/// version (<c>u_getUnicodeVersion</c>), from the libicuuc that the runtime loads for string.Normalize. ICU exports
/// its functions with the major version as a suffix (<c>u_charAge_72</c>), so the library and the suffix are looked
/// up together.
/// </summary>
internal static unsafe class IcuCharacterAge
{
    private static readonly Lazy<(IntPtr CharAge, IntPtr UnicodeVersion, string Library)> s_icu = new(Load);

    /// <summary>The library the functions come from, such as <c>libicuuc.so.72</c>.</summary>
    public static string Library => s_icu.Value.Library;

    /// <summary>The Unicode version ICU implements.</summary>
    public static Version UnicodeVersion
    {
        get
        {
            byte* version = stackalloc byte[4];
            ((delegate* unmanaged<byte*, void>)s_icu.Value.UnicodeVersion)(version);
            return new Version(version[0], version[1], version[2]);
        }
    }

    /// <summary>The Unicode version that assigned <paramref name="codePoint"/>; 0.0.0 when it is unassigned in ICU's version.</summary>
    public static Version Of(int codePoint)
    {
        byte* version = stackalloc byte[4];
        ((delegate* unmanaged<int, byte*, void>)s_icu.Value.CharAge)(codePoint, version);
        return new Version(version[0], version[1], version[2]);
    }

    private static (IntPtr, IntPtr, string) Load()
    {
        for (int major = 90; major >= 50; major--)
        {
            string name = "libicuuc.so." + major;
            if (!NativeLibrary.TryLoad(name, out IntPtr handle))
            {
                continue;
            }
            foreach (string suffix in new[] { "_" + major, string.Empty })
            {
                if (NativeLibrary.TryGetExport(handle, "u_charAge" + suffix, out IntPtr age)
                    && NativeLibrary.TryGetExport(handle, "u_getUnicodeVersion" + suffix, out IntPtr unicode))
                {
                    return (age, unicode, name);
                }
            }
        }
        throw new InvalidOperationException("No libicuuc.so.N with u_charAge was found; the NFC conformance test needs ICU.");
    }
}
