using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.DemoData;
using ServiceMedical.Analytics.Indicators.Materialised;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Dashboard.Data;

/// <summary>
/// The app's DuckDB database: opened once (schema checked, demo loaded on a first start), then one
/// connection per use, since a DuckDB connection serves one query at a time. Connections to the same
/// file in one process share DuckDB's database instance, so opening one is cheap.
/// </summary>
public sealed partial class DashboardDatabase : IDisposable
{
    private readonly DuckDBConnection _primary;
    private readonly string _connectionString;

    public DashboardDatabase(IOptions<DatabaseOptions> database, IOptions<DashboardDemoOptions> demo, TimeProvider time, ILogger<DashboardDatabase> logger)
    {
        _primary = new AnalyticsDatabase(database.Value).Open();
        _connectionString = database.Value.ConnectionString;
        if (demo.Value.LoadOnFirstStart && _primary.ScalarLong("SELECT count(*) FROM load_registry") == 0)
        {
            LogLoadingDemo(logger, demo.Value.Folder);
            DemoDataGenerator.Generate(new DemoOptions(demo.Value.Folder));
            var results = new InboxIngest(_primary, LoadPolicy.Default, time).LoadFolder(demo.Value.Folder);
            LogDemoLoaded(logger, results.Count, results.Sum(r => r.RowsAccepted));
        }

        MaterialisedAggregates.EnsureFresh(_primary);
    }

    /// <summary>A new connection on the same database; dispose it after use.</summary>
    public DuckDBConnection Connect()
    {
        var connection = new DuckDBConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>When the data were last loaded: the end of the last successful load.</summary>
    public DateTime? LastRefresh()
    {
        using var connection = Connect();
        using var command = connection.Command("SELECT max(ended_at) FROM load_registry WHERE status = 'succeeded'");
        return command.ExecuteScalar() is DateTime refreshed ? refreshed : null;
    }

    public void Dispose() => _primary.Dispose();

    [LoggerMessage(1, LogLevel.Information, "Base vide : écriture et chargement des données de démonstration dans {Folder}…")]
    private static partial void LogLoadingDemo(ILogger logger, string folder);

    [LoggerMessage(2, LogLevel.Information, "Données de démonstration chargées : {Files} fichiers, {Rows} lignes.")]
    private static partial void LogDemoLoaded(ILogger logger, int files, long rows);
}
