using DuckDB.NET.Data;
using ServiceMedical.Analytics.Forecasting.Storage;
using ServiceMedical.Analytics.Indicators.Materialised;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Scheduling;

/// <summary>
/// The database the jobs write. Every change runs under the writer lock, on a connection opened for it alone
/// (so no process holds the file between jobs), then what derives from the data is brought up to date and a
/// snapshot is published for readers: they switch to it whole, or keep the previous one.
/// </summary>
public sealed class WorkingDatabase(DatabaseOptions database, IWriterLock writerLock, SchedulingOptions options)
{
    public DatabaseSnapshots Snapshots { get; } = new(database);

    /// <summary>
    /// Applies <paramref name="change"/> and publishes, unless <paramref name="publish"/> says the change left
    /// nothing new to show. A fault before the publication leaves readers on the previous snapshot.
    /// </summary>
    public T Change<T>(string reason, Func<DuckDBConnection, T> change, Func<T, bool>? publish = null)
    {
        using var held = writerLock.Acquire(options.WriterLockTimeout);
        using var connection = Open();
        var result = change(connection);
        if (publish?.Invoke(result) ?? true)
        {
            MaterialisedAggregates.EnsureFresh(connection);
            Snapshots.Publish(connection, reason);
        }

        return result;
    }

    /// <summary>
    /// Recomputes everything derived from the data from scratch (aggregates, forecasts retrained), then publishes (the
    /// nightly refresh). Forecasts that could not be made do not hold the rest back: the outcome says why.
    /// </summary>
    public RefreshOutcome Refresh(string reason) => Change(reason, connection =>
    {
        MaterialisedAggregates.Rebuild(connection);
        return new RefreshOutcome(reason, ForecastStore.Retrain(connection));
    });

    /// <summary>
    /// Refreshes and publishes when nothing was published yet (a first start), or when the snapshot was published
    /// by an older version whose schema lacks what this one reads (an upgrade): readers never meet a missing table.
    /// </summary>
    public bool EnsurePublished()
    {
        using var published = new PublishedDatabase(database);
        if (!published.IsOutdated())
        {
            return false;
        }

        Refresh(Snapshots.Current() is null ? "première publication" : "mise à niveau du schéma");
        return true;
    }

    private DuckDBConnection Open()
    {
        try
        {
            return new AnalyticsDatabase(database).Open();
        }
        catch (DuckDBException e) when (TransientJobException.IsDatabaseLocked(e))
        {
            throw new TransientJobException($"la base de travail {database.Path} est ouverte en écriture par un autre processus", e);
        }
    }
}

/// <summary>A published refresh and what became of its forecasts.</summary>
public sealed record RefreshOutcome(string Reason, ForecastRunOutcome Forecasts)
{
    public override string ToString() => $"{Reason} publiée ; {Forecasts}";
}
