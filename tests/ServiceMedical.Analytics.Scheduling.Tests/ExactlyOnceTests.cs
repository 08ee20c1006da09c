using System.Globalization;
using Hangfire;
using ServiceMedical.Analytics.TestSupport;
using ServiceMedical.Analytics.Scheduling.Inbox;

namespace ServiceMedical.Analytics.Scheduling.Tests;

/// <summary>Two nodes' job servers on one PostgreSQL storage and one inbox: every file is loaded exactly once.</summary>
public sealed class ExactlyOnceTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private const int Files = 20;

    private readonly JobWorld _world = new(o =>
    {
        o.Storage = "PostgreSql";
        o.PostgreSqlConnectionString = postgres.ConnectionString;
        o.WorkerCount = 3;
    });

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task TwoServersOnOneStorage_LoadEachOf20FilesExactlyOnce()
    {
        var schema = "hangfire_" + Guid.NewGuid().ToString("N")[..8];
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        await using var first = await JobHost.Start(_world, schema, "noeud-a");
        await using var second = await JobHost.Start(_world, schema, "noeud-b");
        var centres = first.Client.Enqueue<InboxJob>(job => job.Run());
        Assert.Equal("Succeeded", await first.WaitFor(centres, TimeSpan.FromSeconds(60), "Succeeded", "Failed"));

        // Twenty extracts, each a different snapshot of the three centres, and both nodes asked to run the inbox, many times at once.
        for (var i = 0; i < Files; i++)
        {
            var date = new DateOnly(2021, 1, 1).AddMonths(i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            _world.Drop($"eligibilite_{i:00}.csv", JobWorld.Eligibility.Replace("01/01/2021", date, StringComparison.Ordinal));
        }

        var jobs = Enumerable.Range(0, 10).SelectMany(_ => new[]
        {
            first.Client.Enqueue<InboxJob>(job => job.Run()),
            second.Client.Enqueue<InboxJob>(job => job.Run()),
        }).ToList();
        foreach (var job in jobs)
        {
            Assert.Equal("Succeeded", await first.WaitFor(job, TimeSpan.FromSeconds(120), "Succeeded", "Failed"));
        }

        using var connection = _world.Published.Connect();
        Assert.Equal(Files, JobWorld.Scalar(connection, "SELECT count(*) FROM load_registry WHERE dataset = 'eligibilite' AND status = 'succeeded'"));
        Assert.Equal(Files, JobWorld.Scalar(connection, "SELECT count(DISTINCT file_name) FROM load_registry WHERE dataset = 'eligibilite'"));
        Assert.Equal(0, JobWorld.Scalar(connection, "SELECT count(*) FROM load_registry WHERE status <> 'succeeded'"));
        Assert.Equal(3 * Files, JobWorld.Scalar(connection, "SELECT count(*) FROM eligibilite"));
        Assert.Empty(JobWorld.FilesIn(_world.Options.InboxFolder));
        Assert.Equal(Files + 1, JobWorld.FilesIn(_world.Options.ArchiveFolder).Length);
        Assert.Empty(JobWorld.FilesIn(_world.Options.RefusedFolder));
        // Both nodes did run inbox jobs: the guarantee held with real concurrency.
        var servers = jobs.Select(j => first.Details(j).History.First(h => h.StateName == "Processing").Data["ServerId"].Split(':')[0]).Distinct().Order().ToList();
        Assert.Equal(["noeud-a", "noeud-b"], servers);
    }
}
