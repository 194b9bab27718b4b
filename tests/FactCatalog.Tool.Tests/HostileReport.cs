namespace FactCatalog.Tool.Tests;

/// <summary>A catalogue whose document, statements, claimants and reasons are written to break out of HTML: every one must reach the report as text.</summary>
internal static class HostileReport
{
    public const string Document =
        "Officials said <script>window.pwned=1</script> about 10,000 \"troops\" & 'guns' were sent.\n"
        + "A note read <img src=x onerror=window.pwned=2> in 2024.\n";

    public const string Sources =
        "sources:\n"
        + "  report:\n"
        + "    file: report.txt\n"
        + "    type: report\n"
        + "    title: \"<script>window.pwned=5</script>\"\n"
        + "    publisher: \"A & B <i>\"\n"
        + "    issued: 2024-11-07\n"
        + "    language: en\n";

    public const string Facts =
        "group: Test\n"
        + "facts:\n"
        + "  troops:\n"
        + "    statement: \"<img src=x onerror=window.pwned=3> troops?\"\n"
        + "    type: count\n"
        + "    claims:\n"
        + "      officials:\n"
        + "        value: 10000\n"
        + "        bound: about\n"
        + "        claimant: \"</mark><script>window.pwned=4</script>\"\n"
        + "        source: report\n"
        + "        quote: 'about 10,000 \"troops\" & ''guns'''\n"
        + "      note:\n"
        + "        value: 2024\n"
        + "        rank: deprecated\n"
        + "        reason: \"<b onclick=window.pwned=6>old</b>\"\n"
        + "        claimant: the note\n"
        + "        source: report\n"
        + "        quote: <img src=x onerror=window.pwned=2> in 2024\n"
        + "        derived: true\n";
}
