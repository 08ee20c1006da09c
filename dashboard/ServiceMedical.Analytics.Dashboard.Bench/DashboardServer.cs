using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServiceMedical.Analytics.Dashboard.Bench;

/// <summary>The dashboard as its own process on a free loopback port, so that its memory is measured alone.</summary>
internal sealed class DashboardServer : IDisposable
{
    private readonly Process _process;

    private DashboardServer(Process process, string url, Task warmed)
    {
        _process = process;
        Url = url;
        Warmed = warmed;
    }

    public string Url { get; }

    /// <summary>Completes when the server says it has drawn every page's charts for the current data in the background.</summary>
    public Task Warmed { get; }

    public static async Task<DashboardServer> Start(string database, string folder, int chartCacheEntries)
    {
        var root = RepositoryRoot();
        var project = Path.Combine(root, "dashboard", "ServiceMedical.Analytics.Dashboard");
        var dll = Path.Combine(AppContext.BaseDirectory, "ServiceMedical.Analytics.Dashboard.dll");
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            // Run from the project folder, in Development, so that the static assets (blazor.web.js) resolve without a publish.
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { dll, "--urls", url, "--contentRoot", project, "--Database:Path", database, "--Demo:LoadOnFirstStart", "false",
                     "--Audit:Path", Path.Combine(folder, "audit.duckdb"), "--Logging:LogLevel:Default", "Warning",
                     "--Logging:LogLevel:ServiceMedical.Analytics.Dashboard.Charts.ChartCacheWarmer", "Information",
                     // Every session of the benchmark signs in from one address: the per-source limit (10 a minute) refuses the 11th.
                     "--SignIn:AttemptsPerSourcePerMinute", "1000",
                     "--Dashboard:ChartCacheEntries", chartCacheEntries.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var warmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Graphiques préparés", StringComparison.Ordinal) == true)
            {
                warmed.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine("[serveur] " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(url + "/connexion");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new DashboardServer(process, url, warmed.Task);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        process.Kill(true);
        throw new InvalidOperationException("the dashboard did not answer within a minute");
    }

    /// <summary>Resident memory of the server process now, and its peak, in MiB (from /proc).</summary>
    public (double Resident, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        return (Kilobytes(status, "VmRSS:") / 1024.0, Kilobytes(status, "VmHWM:") / 1024.0);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static long Kilobytes(string[] status, string key) =>
        long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ServiceMedical.Analytics.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
