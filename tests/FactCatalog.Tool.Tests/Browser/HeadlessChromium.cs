using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace FactCatalog.Tool.Tests.Browser;

/// <summary>
/// Headless Chromium driven over the Chrome DevTools Protocol (a WebSocket on a port the browser picks): opens a page,
/// collects what its console and the browser's log report, evaluates script in it and takes screenshots. Linked into
/// the benchmarks, which time the page's load with it.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>The environment variable that names the browser's executable, when it is not on the PATH.</summary>
    public const string BrowserVariable = "FACTCATALOG_CHROMIUM";

    private static readonly string[] Names = { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome" };

    private readonly Process _process;
    private readonly ClientWebSocket _socket;
    private readonly string _profile;
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _events = new();
    private readonly Task _reader;
    private readonly object _gate = new();
    private int _nextId;
    private string? _session;

    private HeadlessChromium(Process process, ClientWebSocket socket, string profile)
    {
        _process = process;
        _socket = socket;
        _profile = profile;
        _reader = Task.Run(ReadLoop);
    }

    /// <summary>The browser's executable: <see cref="BrowserVariable"/>, else the first of the usual names on the PATH; null when there is none.</summary>
    public static string? Find() => Find(Environment.GetEnvironmentVariable);

    /// <summary><see cref="Find()"/> with the environment read through <paramref name="environment"/>.</summary>
    public static string? Find(Func<string, string?> environment)
    {
        string? named = environment(BrowserVariable);
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named) ? named : null;
        }
        foreach (string folder in (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in Names)
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>Starts the browser at <paramref name="executable"/> with a fresh profile and a window of the given size, and attaches to a blank page.</summary>
    public static async Task<HeadlessChromium> StartAsync(string executable, int width = 1200, int height = 900)
    {
        string profile = Path.Combine(Path.GetTempPath(), "factcatalog-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
            "--disable-extensions", "--disable-background-networking", "--mute-audio",
            "--disable-renderer-backgrounding", "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
            "--remote-debugging-port=0", "--user-data-dir=" + profile, $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + executable);
        _ = process.StandardOutput.ReadToEndAsync();
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringBuilder();
        _ = Task.Run(async () =>
        {
            string? line;
            while ((line = await process.StandardError.ReadLineAsync().ConfigureAwait(false)) is not null)
            {
                lock (log)
                {
                    log.AppendLine(line);
                }
                Match m = Regex.Match(line, @"DevTools listening on (ws://\S+)");
                if (m.Success)
                {
                    endpoint.TrySetResult(m.Groups[1].Value);
                }
            }
            endpoint.TrySetException(new InvalidOperationException("the browser exited without a DevTools endpoint:\n" + log));
        });

        if (await Task.WhenAny(endpoint.Task, Task.Delay(TimeSpan.FromSeconds(60))).ConfigureAwait(false) != endpoint.Task)
        {
            Kill(process);
            throw new TimeoutException("the browser gave no DevTools endpoint within 60 s:\n" + log);
        }

        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(await endpoint.Task.ConfigureAwait(false)), CancellationToken.None).ConfigureAwait(false);
        var browser = new HeadlessChromium(process, socket, profile);
        JsonObject target = await browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true).ConfigureAwait(false);
        JsonObject attached = await browser.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, browserLevel: true).ConfigureAwait(false);
        browser._session = attached["sessionId"]!.GetValue<string>();
        await browser.SendAsync("Page.enable").ConfigureAwait(false);
        await browser.SendAsync("Runtime.enable").ConfigureAwait(false);
        await browser.SendAsync("Log.enable").ConfigureAwait(false);
        await browser.SendAsync("Performance.enable").ConfigureAwait(false);
        await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false }).ConfigureAwait(false);
        // The page keeps focus whatever else the browser does (its first tab, a busy machine), so focus() always
        // fires focus events, as it does in a window the user is looking at.
        await browser.SendAsync("Emulation.setFocusEmulationEnabled", new JsonObject { ["enabled"] = true }).ConfigureAwait(false);
        return browser;
    }

    /// <summary>
    /// Opens <paramref name="url"/> and waits for its load event. Returns the milliseconds from the navigation's start
    /// to the end of its load event as the page measures them (Navigation Timing).
    /// </summary>
    public async Task<double> OpenAsync(string url)
    {
        Task<JsonObject> loaded = NextEventAsync("Page.loadEventFired");
        JsonObject navigated = await SendAsync("Page.navigate", new JsonObject { ["url"] = url }).ConfigureAwait(false);
        if (navigated["errorText"] is JsonNode error)
        {
            throw new InvalidOperationException($"navigation to {url} failed: {error}");
        }
        if (await Task.WhenAny(loaded, Task.Delay(TimeSpan.FromSeconds(120))).ConfigureAwait(false) != loaded)
        {
            throw new TimeoutException($"{url} did not finish loading within 120 s");
        }
        // loadEventEnd is set after the load handlers return, a moment after the event reaches us (up to 30 s on a busy machine).
        for (int i = 0; i < 3000; i++)
        {
            double end = await EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].loadEventEnd").ConfigureAwait(false);
            if (end > 0)
            {
                return end;
            }
            await Task.Delay(10).ConfigureAwait(false);
        }
        throw new TimeoutException("the page never recorded the end of its load event");
    }

    /// <summary>
    /// What the page and the browser reported as errors or warnings since the start: console calls of those levels,
    /// uncaught exceptions, and log entries (security, network, violations such as a Content-Security-Policy's).
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        lock (_gate)
        {
            var problems = new List<string>();
            foreach (JsonObject e in _events)
            {
                string method = e["method"]!.GetValue<string>();
                JsonNode? p = e["params"];
                if (method == "Runtime.consoleAPICalled" && p!["type"]!.GetValue<string>() is "error" or "warning" or "assert")
                {
                    problems.Add($"console.{p["type"]}: {p["args"]?.ToJsonString()}");
                }
                else if (method == "Runtime.exceptionThrown")
                {
                    problems.Add("exception: " + p!["exceptionDetails"]?.ToJsonString());
                }
                else if (method == "Log.entryAdded" && p!["entry"]!["level"]!.GetValue<string>() is "error" or "warning")
                {
                    problems.Add($"log {p["entry"]!["source"]}/{p["entry"]!["level"]}: {p["entry"]!["text"]} ({p["entry"]!["url"]})");
                }
            }
            return problems;
        }
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page and returns its value (a promise's, once it settles).</summary>
    public async Task<T> EvaluateAsync<T>(string expression)
    {
        JsonObject result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }).ConfigureAwait(false);
        if (result["exceptionDetails"] is JsonNode details)
        {
            throw new InvalidOperationException($"{expression} threw: {details.ToJsonString()}");
        }
        return result["result"]!["value"]!.GetValue<T>();
    }

    /// <summary>Sends a key press (keyDown and keyUp) to the focused element: "Tab", "Enter", "Escape".</summary>
    public async Task PressAsync(string key, int keyCode)
    {
        foreach (string type in new[] { "rawKeyDown", "keyUp" })
        {
            await SendAsync("Input.dispatchKeyEvent", new JsonObject
            {
                ["type"] = type, ["key"] = key, ["code"] = key, ["windowsVirtualKeyCode"] = keyCode, ["nativeVirtualKeyCode"] = keyCode,
            }).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The page's run-time metrics (DevTools Performance domain): among them TaskDuration, ScriptDuration, LayoutDuration
    /// and RecalcStyleDuration (seconds the main thread spent in tasks of each kind) and ThreadTime (CPU seconds of the
    /// main thread), which do not count time spent waiting for a CPU on a busy machine as wall-clock times do.
    /// </summary>
    public async Task<Dictionary<string, double>> MetricsAsync()
    {
        JsonObject result = await SendAsync("Performance.getMetrics").ConfigureAwait(false);
        return result["metrics"]!.AsArray().ToDictionary(m => m!["name"]!.GetValue<string>(), m => m!["value"]!.GetValue<double>());
    }

    /// <summary>Makes the page's CSS media type <paramref name="media"/> ("print", "screen"), as printing would.</summary>
    public Task EmulateMediaAsync(string media) => SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = media });

    /// <summary>A PNG of the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        JsonObject shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }).ConfigureAwait(false);
        return Convert.FromBase64String(shot["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await SendRawAsync(new JsonObject { ["id"] = Interlocked.Increment(ref _nextId), ["method"] = "Browser.close" }, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
        }
        if (!_process.WaitForExit(10_000))
        {
            Kill(_process);
        }
        _socket.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        await Task.WhenAny(_reader, Task.Delay(1000)).ConfigureAwait(false);
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        int id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _pending[id] = reply;
        }
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (!browserLevel)
        {
            message["sessionId"] = _session;
        }
        await SendRawAsync(message, CancellationToken.None).ConfigureAwait(false);
        if (await Task.WhenAny(reply.Task, Task.Delay(TimeSpan.FromSeconds(120))).ConfigureAwait(false) != reply.Task)
        {
            throw new TimeoutException($"no answer to {method} within 120 s");
        }
        JsonObject answer = await reply.Task.ConfigureAwait(false);
        if (answer["error"] is JsonNode error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }
        return answer["result"]?.AsObject() ?? new JsonObject();
    }

    private async Task SendRawAsync(JsonObject message, CancellationToken cancellationToken)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
    }

    private Task<JsonObject> NextEventAsync(string method)
    {
        var seen = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((method, seen));
        }
        return seen.Task;
    }

    private readonly List<(string Method, TaskCompletionSource<JsonObject> Seen)> _waiters = new();

    private async Task ReadLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult received = await _socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }
                JsonObject parsed = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                lock (_gate)
                {
                    if (parsed["id"] is JsonNode id && _pending.Remove(id.GetValue<int>(), out TaskCompletionSource<JsonObject>? reply))
                    {
                        reply.TrySetResult(parsed);
                    }
                    else if (parsed["method"] is JsonNode method)
                    {
                        _events.Add(parsed);
                        string name = method.GetValue<string>();
                        for (int i = _waiters.Count - 1; i >= 0; i--)
                        {
                            if (_waiters[i].Method == name)
                            {
                                _waiters[i].Seen.TrySetResult(parsed);
                                _waiters.RemoveAt(i);
                            }
                        }
                    }
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or JsonException or ObjectDisposedException)
        {
        }
        lock (_gate)
        {
            foreach (TaskCompletionSource<JsonObject> reply in _pending.Values)
            {
                reply.TrySetException(new InvalidOperationException("the browser closed the DevTools connection"));
            }
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
