namespace FactCatalog.Generator.Emit;

/// <summary>Namespace blocks; an empty namespace means the global one, which has no block.</summary>
public static class Namespace
{
    /// <summary>Opens <c>namespace X {</c> unless <paramref name="ns"/> is the global namespace.</summary>
    public static void Open(CodeWriter writer, string ns)
    {
        if (ns.Length > 0)
        {
            writer.Line("namespace " + ns).Open();
        }
    }

    /// <summary>Closes what <see cref="Open"/> opened.</summary>
    public static void Close(CodeWriter writer, string ns)
    {
        if (ns.Length > 0)
        {
            writer.Close();
        }
    }

    /// <summary><c>Outer.Inner</c>, or <c>Inner</c> in the global namespace.</summary>
    public static string Join(string outer, string inner) => outer.Length == 0 ? inner : outer + "." + inner;
}
