using Microsoft.Extensions.Configuration;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServiceMedical.Analytics.Dashboard.Tests;

/// <summary>
/// The dashboard as a process of its own (<c>dotnet ServiceMedical.Analytics.Dashboard.dll</c>, Production settings
/// plus the ones given), on a free loopback port; ready once <c>/sante/pret</c> answers 200. Its log lines are kept,
/// so that a test can wait for one; <see cref="Kill"/> ends it as a crash would (SIGKILL).
/// </summary>
public sealed class AppNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource<string> Found)> _waits = [];
    private readonly Lock _gate = new();

    private AppNode(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Received(e.Data);
        process.ErrorDataReceived += (_, e) => Received(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool Killed { get; private set; }

    public IEnumerable<string> Lines => _lines;

    public static async Task<AppNode> Start(string name, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ServiceMedical.Analytics.Dashboard.dll"));
        // A production node has no demo accounts: it is given those of the Development settings, as an operator would give its own.
        var accounts = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json")).Build()
            .GetSection("Accounts").AsEnumerable(makePathsRelative: false).Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value!));
        foreach (var (key, value) in settings.Concat(accounts).Append(KeyValuePair.Create("Urls", address.ToString())).Append(KeyValuePair.Create("Jobs:ServerName", name)))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var node = new AppNode(name, Process.Start(start)!, address);
        using var client = new HttpClient { BaseAddress = address };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var ready = await client.GetAsync("/sante/pret");
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return node;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (node._process.HasExited || clock.Elapsed > timeout)
            {
                await node.DisposeAsync();
                throw new InvalidOperationException($"node {name} did not get ready: {string.Join('\n', node._lines.TakeLast(30))}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The first log line (from now or already seen) that <paramref name="matches"/>.</summary>
    public Task<string> WaitForLine(Func<string, bool> matches)
    {
        lock (_gate)
        {
            if (_lines.FirstOrDefault(matches) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((matches, found));
            return found.Task;
        }
    }

    /// <summary>Ends the process at once, as a crash or a power cut would: no shutdown, no flush.</summary>
    public void Kill()
    {
        Killed = true;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            foreach (var wait in _waits.Where(w => w.Matches(line)).ToList())
            {
                _waits.Remove(wait);
                wait.Found.TrySetResult(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
