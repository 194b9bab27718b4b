using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace FactCatalog.Tool;

/// <summary>
/// Progress of a long run on standard error: one line per stage with its time, and a count that rewrites its own line
/// while files are read. Shown only when standard error is a terminal and <c>--quiet</c> is not given, so logs, pipes
/// and CI output hold only the command's own output.
/// </summary>
internal sealed class Progress
{
    /// <summary>Shows nothing.</summary>
    public static readonly Progress Off = new(null);

    private readonly TextWriter? _writer;
    private readonly Stopwatch _stage = new();
    private string? _current;
    private int _lastShown = -1;

    public Progress(TextWriter? writer) => _writer = writer;

    public bool IsOn => _writer is not null;

    /// <summary>Starts a stage ("reading 27 files"), ending the one before.</summary>
    public void Stage(string what)
    {
        if (_writer is null)
        {
            return;
        }
        End();
        _current = what;
        _lastShown = -1;
        _stage.Restart();
        _writer.Write("factcatalog: " + what + " ...");
        _writer.Flush();
    }

    /// <summary>Counts work in the current stage; the line is rewritten at most once per percent.</summary>
    public void Item(int done, int total)
    {
        if (_writer is null || _current is null || total <= 0)
        {
            return;
        }
        int percent = (int)(100L * done / total);
        if (percent == _lastShown)
        {
            return;
        }
        _lastShown = percent;
        _writer.Write("\rfactcatalog: " + _current + " ... " + done.ToString(CultureInfo.InvariantCulture) + "/" + total.ToString(CultureInfo.InvariantCulture));
        _writer.Flush();
    }

    /// <summary>Ends the current stage with its time.</summary>
    public void End()
    {
        if (_writer is null || _current is null)
        {
            return;
        }
        _writer.Write("\rfactcatalog: " + _current + ": done in " + _stage.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms\n");
        _writer.Flush();
        _current = null;
    }
}
