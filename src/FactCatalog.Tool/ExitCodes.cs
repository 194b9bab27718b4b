namespace FactCatalog.Tool;

/// <summary>What <c>factcatalog</c> exits with.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work and found nothing that fails it.</summary>
    public const int Success = 0;

    /// <summary>The catalogue has errors, or a measure is below its minimum.</summary>
    public const int Errors = 1;

    /// <summary>Bad usage: unknown command or option, a bad value, a facts folder that does not exist.</summary>
    public const int Usage = 2;
}
