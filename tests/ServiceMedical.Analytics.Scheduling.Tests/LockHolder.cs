using System.Diagnostics;

namespace ServiceMedical.Analytics.Scheduling.Tests;

/// <summary>Another process holding a DuckDB file open for writing, until disposed.</summary>
public sealed class LockHolder : IDisposable
{
    private readonly Process _process;

    private LockHolder(Process process) => _process = process;

    public static LockHolder Hold(string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ServiceMedical.Analytics.LockHolder.dll"));
        start.ArgumentList.Add(database);
        var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadLine();
        if (line != "verrouillé")
        {
            process.Kill();
            throw new InvalidOperationException($"the lock holder did not take the lock: {line}");
        }

        return new LockHolder(process);
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
