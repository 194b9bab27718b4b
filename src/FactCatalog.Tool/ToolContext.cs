using System.IO;

namespace FactCatalog.Tool;

/// <summary>Where a command runs and where it writes: the working directory that relative paths start from, and its two streams.</summary>
internal sealed record ToolContext(string WorkingDirectory, TextWriter Output, TextWriter Error)
{
    /// <summary>Where long runs show their stages: standard error when it is a terminal and --quiet is not given, else nowhere.</summary>
    public Progress Progress { get; set; } = Progress.Off;

    /// <summary>The file system path of <paramref name="path"/>, a path as the user gave it (relative to the working directory, or absolute).</summary>
    public string FullPath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="outputPath"/> (relative to the working directory), or to standard
    /// output when it is null. Files are written as UTF-8 without a byte order mark, with a final line break.
    /// </summary>
    public void WriteResult(string? outputPath, string content)
    {
        if (outputPath is null)
        {
            Output.Write(content);
            return;
        }

        string full = FullPath(outputPath);
        string? folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(full, content, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
