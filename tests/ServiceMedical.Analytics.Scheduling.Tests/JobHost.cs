using System.Diagnostics;
using Hangfire;
using Hangfire.Storage.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceMedical.Analytics.Indicators;
using ServiceMedical.Analytics.Ingest;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling.Hosting;

namespace ServiceMedical.Analytics.Scheduling.Tests;

/// <summary>A node's job side as the dashboard hosts it (same registration), started in this process.</summary>
public sealed class JobHost : IAsyncDisposable
{
    private readonly IHost _host;

    private JobHost(IHost host) => _host = host;

    public static async Task<JobHost> Start(JobWorld world, string storageSchema = "hangfire", string? serverName = null)
    {
        var builder = Host.CreateApplicationBuilder();
        world.Options.ServerName = serverName;
        builder.Services.AddIngest(world.Database, LoadPolicy.Strict).AddAnalytics().AddScheduling(world.Options, storageSchema);
        var host = builder.Build();
        host.Services.GetRequiredService<IGlobalConfiguration>();
        await host.StartAsync();
        return new JobHost(host);
    }

    public IBackgroundJobClient Client => _host.Services.GetRequiredService<IBackgroundJobClient>();

    public JobStorage Storage => _host.Services.GetRequiredService<JobStorage>();

    public JobDetailsDto Details(string jobId) => Storage.GetMonitoringApi().JobDetails(jobId);

    /// <summary>The job's state once it reaches one of <paramref name="states"/>; fails the test after the timeout.</summary>
    public async Task<string> WaitFor(string jobId, TimeSpan timeout, params string[] states)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            using var connection = Storage.GetConnection();
            var state = connection.GetStateData(jobId)?.Name;
            if (state is not null && states.Contains(state))
            {
                return state;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"job {jobId} never reached {string.Join("/", states)} in {timeout}");
    }

    /// <summary>How many times the job was put back for a retry (each retry passes through the Scheduled state).</summary>
    public int Retries(string jobId) => Details(jobId).History.Count(h => h.StateName == "Scheduled");

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
