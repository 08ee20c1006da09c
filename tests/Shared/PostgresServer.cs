using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ServiceMedical.Analytics.TestSupport;

/// <summary>
/// A real PostgreSQL server for the multi-node tests: the one named by <c>SMA_TEST_POSTGRES</c> (a connection
/// string) when set, otherwise a private server started from Debian's binaries in a temporary data folder, on a
/// free loopback port, and stopped afterwards. <c>.ci/run</c> installs the package when it is missing.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _folder;
    private readonly string? _bin;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("SMA_TEST_POSTGRES") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "No PostgreSQL server here: install Debian's package (apt-get install -y postgresql; .ci/run does) or set SMA_TEST_POSTGRES to a connection string.");
        _folder = Directory.CreateTempSubdirectory("sma-pg-").FullName;
        var data = Path.Combine(_folder, "data");
        if (Environment.UserName == "root")
        {
            // initdb refuses to run as root: the server runs as Debian's postgres user, in a folder it owns.
            Run("chown", "-R", "postgres", _folder);
        }

        var port = FreePort();
        PostgresCommand("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        PostgresCommand("pg_ctl", "-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=50";
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        if (_folder is null)
        {
            return;
        }

        try
        {
            PostgresCommand("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;

    private void PostgresCommand(string program, params string[] arguments)
    {
        var path = Path.Combine(_bin!, program);
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
