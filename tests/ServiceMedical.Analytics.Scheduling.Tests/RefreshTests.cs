using System.Collections.Concurrent;
using System.Globalization;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling.Inbox;
using ServiceMedical.Analytics.Scheduling.Refresh;

namespace ServiceMedical.Analytics.Scheduling.Tests;

public sealed class RefreshTests : IDisposable
{
    private readonly JobWorld _world = new();

    public void Dispose() => _world.Dispose();

    /// <summary>
    /// Readers query in a loop while loads and refreshes publish new snapshots. Each read compares a base table
    /// with the aggregate computed from it (activity months of the contract): a half-refreshed state would show
    /// them apart. No read may fail, disagree, or go back in time.
    /// </summary>
    [Fact]
    public async Task ReadersDuringRefreshes_NeverSeeAnError_OrAMixOfOldAndNewFigures()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        _world.Drop("eligibilite.csv", JobWorld.Eligibility);
        _world.Drop("contrats_assistants_medicaux.csv", JobWorld.ContractHeader + JobWorld.ContractLine(1, "010000024"));
        var working = _world.Working();
        var inbox = new InboxJob(working, _world.Options, LoadPolicy.Strict, TimeProvider.System);
        inbox.Load();
        const int rounds = 8;
        var seen = new ConcurrentBag<long>();
        var errors = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();

        // Threads of their own: on a two-core machine the pool would start them late.
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            var last = 0L;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var connection = _world.Published.Connect();
                    var months = JobWorld.Scalar(connection, "SELECT count(*) FROM activite_mesuree");
                    var aggregated = JobWorld.Scalar(connection, "SELECT CAST(coalesce(sum(months), 0) AS BIGINT) FROM agg_contract_year_measures");
                    if (months != aggregated || months < last)
                    {
                        errors.Add($"base {months}, agrégat {aggregated}, précédent {last}");
                    }

                    last = months;
                    seen.Add(months);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    errors.Add(e.Message);
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        Assert.True(SpinWait.SpinUntil(() => !seen.IsEmpty || !errors.IsEmpty, TimeSpan.FromSeconds(30)), "readers never started");

        for (var round = 1; round <= rounds; round++)
        {
            var month = new DateOnly(2021, 4, 1).AddMonths(round).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            _world.Drop($"activite_mesuree_{round}.csv", $"type_beneficiaire;identifiant_beneficiaire;mois;file_active\ncentre_sante;010000024;{month};{1000 + round}\n");
            inbox.Load();
            new RefreshJob(working).Run();
            // Each refresh is seen before the next one: the readers' speed never decides what the test sees.
            var published = (long)round;
            Assert.True(SpinWait.SpinUntil(() => seen.Contains(published) || !errors.IsEmpty, TimeSpan.FromSeconds(30)), $"readers never saw round {round}");
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.Contains(rounds, seen);
        Assert.True(seen.Distinct().Count() > 2, $"readers saw only {string.Join(", ", seen.Distinct())}");
    }

    [Fact]
    public void Refresh_PublishesANewSnapshot_AndKeepsOnlyTheLastFew()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        var working = _world.Working();
        new InboxJob(working, _world.Options, LoadPolicy.Strict, TimeProvider.System).Load();
        var first = _world.Published.CurrentPath;

        for (var i = 0; i < 4; i++)
        {
            new RefreshJob(working).Run();
        }

        Assert.NotEqual(first, _world.Published.CurrentPath);
        var snapshots = Directory.GetFiles(working.Snapshots.Folder, "snapshot-*.duckdb");
        Assert.Equal(3, snapshots.Length);
        using var connection = _world.Published.Connect();
        Assert.Equal(3, JobWorld.Scalar(connection, "SELECT count(*) FROM centres_sante"));
        Assert.Equal(1, JobWorld.Scalar(connection, "SELECT count(*) FROM publication WHERE reason = 'actualisation'"));
    }

    [Fact]
    public void TwoDatabasesInOneFolder_PublishTheirOwnSnapshots()
    {
        var other = new DatabaseOptions { Path = Path.Combine(_world.Folder, "autre.duckdb") };
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        new InboxJob(_world.Working(), _world.Options, LoadPolicy.Strict, TimeProvider.System).Load();

        new WorkingDatabase(other, new ProcessWriterLock(), _world.Options).EnsurePublished();

        using var published = new PublishedDatabase(other);
        using var connection = published.Connect();
        Assert.Equal(0, JobWorld.Scalar(connection, "SELECT count(*) FROM centres_sante"));
        Assert.Equal(Path.Combine(_world.Folder, "autre.snapshots"), published.Snapshots.Folder);
        using var mine = _world.Published.Connect();
        Assert.Equal(3, JobWorld.Scalar(mine, "SELECT count(*) FROM centres_sante"));
    }

    /// <summary>After an upgrade, the snapshot an older version published lacks tables this one reads: it is republished at start.</summary>
    [Fact]
    public void ASnapshotFromAnOlderSchema_IsRepublished_ANewOneIsLeftAlone()
    {
        _world.Drop("centres_sante.csv", JobWorld.Centres);
        var working = _world.Working();
        new InboxJob(working, _world.Options, LoadPolicy.Strict, TimeProvider.System).Load();
        Assert.False(working.EnsurePublished());
        var old = working.Snapshots.Current()!;
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={old}"))
        {
            connection.Open();
            connection.Execute("DROP TABLE forecast_series; DROP TABLE schema_info");
        }

        Assert.True(working.EnsurePublished());

        Assert.NotEqual(old, working.Snapshots.Current());
        using var published = _world.Published.Connect();
        Assert.Equal(0, JobWorld.Scalar(published, "SELECT count(*) FROM forecast_series"));
        Assert.Equal(AnalyticsDatabase.SchemaVersion, JobWorld.Scalar(published, "SELECT version FROM schema_info"));
    }
}
