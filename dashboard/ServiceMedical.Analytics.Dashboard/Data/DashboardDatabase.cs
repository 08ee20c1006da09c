using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Indicators.Security;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling;

namespace ServiceMedical.Analytics.Dashboard.Data;

/// <summary>
/// What the pages read: the latest published snapshot of the database, read-only, one connection per use (a
/// DuckDB connection serves one query at a time). The jobs write the working database and publish; this
/// process never holds the working file open between jobs. On a first start with nothing published, the
/// working database is published as it is, after the demo is written and loaded into it when it is empty.
/// </summary>
public sealed partial class DashboardDatabase : IIndicatorReaders
{
    private readonly PublishedDatabase _published;
    private readonly SmallCountRule _secrecy;

    public DashboardDatabase(PublishedDatabase published, WorkingDatabase working, LoadPolicy policy, IOptions<DashboardDemoOptions> demo,
        TimeProvider time, ILogger<DashboardDatabase> logger, SmallCountRule secrecy)
    {
        _published = published;
        _secrecy = secrecy;
        if (published.Snapshots.Current() is null && demo.Value.LoadOnFirstStart)
        {
            working.Change("données de démonstration", connection =>
            {
                if (connection.ScalarLong("SELECT count(*) FROM load_registry") > 0)
                {
                    return 0;
                }

                LogLoadingDemo(logger, demo.Value.Folder);
                DemoDataGenerator.Generate(DemoOptions.Current(demo.Value.Folder, time));
                var results = new InboxIngest(connection, policy, time).LoadFolder(demo.Value.Folder);
                LogDemoLoaded(logger, results.Count, results.Sum(r => r.RowsAccepted));
                return results.Count;
            }, loaded => false);
            // Aggregates and forecasts from the first start, as the nightly refresh would make them.
            working.Refresh("données de démonstration");
        }

        working.EnsurePublished();
    }

    /// <summary>A new read-only connection on the latest snapshot; dispose it after use.</summary>
    public DuckDBConnection Connect() => _published.Connect();

    /// <summary>
    /// How pages, exports and dossiers read indicators: for <paramref name="user"/>, on a new connection to the latest
    /// snapshot at its data horizon; dispose it after use.
    /// </summary>
    public IndicatorReader Open(UserScope user)
    {
        var connection = Connect();
        return new IndicatorReader(connection, Horizon(connection), user, ownsConnection: true) { Secrecy = _secrecy };
    }

    /// <summary>What the Données page shows of the data to <paramref name="user"/>.</summary>
    public DataStatusReport DataStatus(UserScope user)
    {
        using var connection = Connect();
        return DataStatusReport.Read(connection, user);
    }

    /// <summary>When the data were last loaded and last refreshed (published).</summary>
    public DataDates Dates()
    {
        using var connection = Connect();
        return DataDates.Read(connection);
    }

    /// <summary>The extract dates of the published data, read once per snapshot (a snapshot never changes).</summary>
    public DataHorizon Horizon()
    {
        using var connection = Connect();
        return Horizon(connection);
    }

    /// <summary>The extract dates of the snapshot <paramref name="connection"/> reads.</summary>
    public DataHorizon Horizon(DuckDBConnection connection)
    {
        var cached = _horizon;
        if (cached is not null && cached.Value.Snapshot == connection.DataSource)
        {
            return cached.Value.Horizon;
        }

        var horizon = DataHorizon.Read(connection);
        _horizon = (connection.DataSource, horizon);
        return horizon;
    }

    private (string Snapshot, DataHorizon Horizon)? _horizon;

    [LoggerMessage(1, LogLevel.Information, "Base vide : écriture et chargement des données de démonstration dans {Folder}…")]
    private static partial void LogLoadingDemo(ILogger logger, string folder);

    [LoggerMessage(2, LogLevel.Information, "Données de démonstration chargées : {Files} fichiers, {Rows} lignes.")]
    private static partial void LogDemoLoaded(ILogger logger, int files, long rows);
}
