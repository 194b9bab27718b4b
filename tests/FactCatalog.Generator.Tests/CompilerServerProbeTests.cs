using System;
using System.IO;
using System.Linq;
using FactCatalog.Benchmarks;

namespace FactCatalog.Generator.Tests;

/// <summary>
/// The real-build benchmark's reading of a warm compiler server's CPU and memory from <c>/proc</c>
/// (<c>--real-build --warm-server</c>): the parsers on the kernel's formats, and a fake <c>/proc</c> in which entries are
/// missing, half there or malformed, as they are when processes end while it is read.
/// </summary>
public sealed class CompilerServerProbeTests : IDisposable
{
    private const string Pipe = "factcatalog-bench-1";

    // A VBCSCompiler stat line as Linux writes it: utime (field 14) 1234, stime (field 15) 56.
    private const string Stat = "4242 (VBCSCompiler) S 1 4242 4242 0 -1 4194560 90210 0 0 0 1234 56 0 0 20 0 23 0 1000 3000000000 500000 18446744073709551615 1 1 0 0 0 0 0 4096 17663 0 0 0 17 1 0 0 0 0 0";

    private const string Status = "Name:\tVBCSCompiler\nState:\tS (sleeping)\nVmPeak:\t 9000000 kB\nVmHWM:\t  2048000 kB\nVmRSS:\t  1024000 kB\nThreads:\t23\n";

    private readonly string _proc = Path.Combine(Path.GetTempPath(), "factcatalog-proc-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_proc))
        {
            Directory.Delete(_proc, recursive: true);
        }
    }

    [Fact]
    public void Cpu_ticks_are_utime_plus_stime_even_when_the_command_name_holds_spaces_and_parentheses()
    {
        Assert.Equal(1290, CompilerServerProbe.ParseCpuTicks(Stat));
        Assert.Equal(1290, CompilerServerProbe.ParseCpuTicks(Stat.Replace("(VBCSCompiler)", "(a) b (c)")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4242 VBCSCompiler S 1")]
    [InlineData("4242 (VBCSCompiler) S 1 4242 4242 0 -1 4194560 90210 0 0 0")]
    [InlineData("4242 (VBCSCompiler) S 1 4242 4242 0 -1 4194560 90210 0 0 0 12x4 56 0")]
    [InlineData("4242 (VBCSCompiler) S 1 4242 4242 0 -1 4194560 90210 0 0 0 -1234 56 0")]
    public void A_stat_line_that_is_missing_cut_short_or_malformed_gives_no_ticks(string? stat) =>
        Assert.Null(CompilerServerProbe.ParseCpuTicks(stat));

    [Fact]
    public void Status_lines_give_kib_and_nothing_for_a_missing_or_malformed_line()
    {
        Assert.Equal(1024000, CompilerServerProbe.ParseStatusKib(Status, "VmRSS"));
        Assert.Equal(2048000, CompilerServerProbe.ParseStatusKib(Status, "VmHWM"));
        Assert.Null(CompilerServerProbe.ParseStatusKib(Status, "VmSwap"));
        Assert.Null(CompilerServerProbe.ParseStatusKib("VmRSS:\t 12 MB\n", "VmRSS"));
        Assert.Null(CompilerServerProbe.ParseStatusKib("VmRSS:\t\n", "VmRSS"));
        Assert.Null(CompilerServerProbe.ParseStatusKib(null, "VmRSS"));
    }

    [Theory]
    [InlineData("/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/VBCSCompiler\0-pipename:factcatalog-bench-1\0", true)]
    [InlineData("/usr/share/dotnet/dotnet\0exec\0/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/VBCSCompiler.dll\0-pipename:factcatalog-bench-1\0", true)]
    [InlineData("/usr/share/dotnet/dotnet\0\"/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/VBCSCompiler.dll\"\0\"-pipename:factcatalog-bench-1\"\0", true)]
    // Another build's server on the default pipe, a server on a longer pipe name, and a process that only mentions the pipe.
    [InlineData("/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/VBCSCompiler\0-pipename:Ab3dEf\0", false)]
    [InlineData("/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/VBCSCompiler\0-pipename:factcatalog-bench-10\0", false)]
    [InlineData("/usr/share/dotnet/dotnet\0/usr/share/dotnet/sdk/10.0.401/MSBuild.dll\0-p:SharedCompilationId=factcatalog-bench-1\0-pipename:factcatalog-bench-1\0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_server_is_the_compiler_server_program_on_the_runs_own_pipe(string? commandLine, bool expected) =>
        Assert.Equal(expected, CompilerServerProbe.IsServer(commandLine, Pipe));

    [Fact]
    public void A_snapshot_skips_entries_that_are_missing_half_there_or_not_processes()
    {
        Process(4242, Stat, Status);
        Process(4343, Stat.Replace("4242", "4343").Replace(" 1234 56 ", " 10 20 "), status: null); // its status vanished
        Process(4444, stat: null, Status); // ended between reading its command line and its stat
        Process(4545, "garbage", Status);
        Process(4646, Stat, Status, commandLine: "/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/VBCSCompiler\0-pipename:other\0");
        Directory.CreateDirectory(Path.Combine(_proc, "4747")); // nothing in it at all
        Directory.CreateDirectory(Path.Combine(_proc, "self"));
        File.WriteAllText(Path.Combine(_proc, "loadavg"), "1.00 1.00 1.00 1/100 1\n");

        var samples = CompilerServerProbe.Snapshot(Pipe, _proc);

        Assert.Equal(
            new[] { new CompilerServerProbe.Sample(4242, 1290, 1024000, 2048000), new CompilerServerProbe.Sample(4343, 30, null, null) },
            samples);
    }

    [Fact]
    public void A_missing_proc_folder_gives_no_servers_and_a_peak_that_cannot_be_reset()
    {
        Assert.Empty(CompilerServerProbe.Snapshot(Pipe, Path.Combine(_proc, "absent")));
        Assert.False(CompilerServerProbe.ResetPeak(4242, Path.Combine(_proc, "absent")));
    }

    [Fact]
    public void The_real_proc_has_this_process_in_the_expected_shape_and_no_server_on_an_unused_pipe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        string self = Path.Combine("/proc", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(CompilerServerProbe.ParseCpuTicks(File.ReadAllText(Path.Combine(self, "stat"))));
        string status = File.ReadAllText(Path.Combine(self, "status"));
        Assert.True(CompilerServerProbe.ParseStatusKib(status, "VmRSS") > 0);
        Assert.True(CompilerServerProbe.ParseStatusKib(status, "VmHWM") >= CompilerServerProbe.ParseStatusKib(status, "VmRSS"));
        Assert.Empty(CompilerServerProbe.Snapshot("factcatalog-no-such-pipe-" + Guid.NewGuid().ToString("N")));
    }

    [Fact]
    public void Use_between_two_snapshots_counts_what_each_server_gained_and_reports_one_that_ended()
    {
        var before = new[] { new CompilerServerProbe.Sample(1, 100, 500, 500), new CompilerServerProbe.Sample(2, 40, 300, 300) };
        var after = new[] { new CompilerServerProbe.Sample(1, 350, 700, 900), new CompilerServerProbe.Sample(3, 60, 200, 250) };

        var use = CompilerServerProbe.Between(before, after);

        // Server 1 gained 250 ticks, server 3 started during the build (all 60 count); server 2 ended, its share is lost.
        Assert.Equal(new CompilerServerProbe.Use(310, 900, 900, 2, Restarted: true), use);
        Assert.Equal(new CompilerServerProbe.Use(0, 0, 0, 0, Restarted: false), CompilerServerProbe.Between(Array.Empty<CompilerServerProbe.Sample>(), Array.Empty<CompilerServerProbe.Sample>()));
        Assert.Equal(new CompilerServerProbe.Use(0, 700, 900, 1, Restarted: false), CompilerServerProbe.Between(new[] { after[0] }, new[] { after[0] }));
    }

    private void Process(int id, string? stat, string? status, string commandLine = "/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/VBCSCompiler\0-pipename:factcatalog-bench-1\0")
    {
        string folder = Path.Combine(_proc, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "cmdline"), commandLine);
        if (stat is not null)
        {
            File.WriteAllText(Path.Combine(folder, "stat"), stat);
        }
        if (status is not null)
        {
            File.WriteAllText(Path.Combine(folder, "status"), status);
        }
    }
}
