using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Materialised;

/// <summary>
/// Aggregates the dashboard reads often, computed from millions of rows once per load rather than
/// per query. A query that uses them first calls <see cref="EnsureFresh"/>: when the source tables
/// changed since the last refresh (their size or last load), the aggregates are rebuilt, so they can
/// never be stale; scheduled refresh jobs call it right after loading.
/// </summary>
public static class MaterialisedAggregates
{
    private static readonly Lock s_refreshing = new();

    // Last fingerprint known to be stored, per database: the common case costs one small query.
    private static readonly Dictionary<string, string> s_known = new(StringComparer.Ordinal);

    /// <summary>Rebuilds the aggregates if their sources changed; returns true when it did.</summary>
    public static bool EnsureFresh(DuckDBConnection connection)
    {
        // A read-only database is a published snapshot, whose aggregates were brought up to date before it was
        // published (and could not be rebuilt in it anyway): no need to check them on every query.
        if (connection.ConnectionString.Contains("ACCESS_MODE=READ_ONLY", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var fingerprint = Fingerprint(connection);
        var database = connection.DataSource;
        lock (s_refreshing)
        {
            // An in-memory database is private to its connection: never trust a cached fingerprint for it.
            if (database != ":memory:" && s_known.GetValueOrDefault(database) == fingerprint)
            {
                return false;
            }

            var refreshed = StoredFingerprint(connection) != fingerprint;
            if (refreshed)
            {
                Write(connection, fingerprint);
            }
            else
            {
                s_known[database] = fingerprint;
            }

            return refreshed;
        }
    }

    /// <summary>Rebuilds the aggregates whatever their state (the nightly refresh), in one transaction.</summary>
    public static void Rebuild(DuckDBConnection connection)
    {
        var fingerprint = Fingerprint(connection);
        lock (s_refreshing)
        {
            Write(connection, fingerprint);
        }
    }

    private static string Fingerprint(DuckDBConnection connection)
    {
        using var command = connection.Command(SqlResource.Load<IndicatorSql.Anchor>("aggregates-fingerprint.sql"));
        return (string)command.ExecuteScalar()!;
    }

    private static void Write(DuckDBConnection connection, string fingerprint)
    {
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(SqlResource.Load<IndicatorSql.Anchor>("refresh-aggregates.sql"), ("fingerprint", fingerprint));
            transaction.Commit();
        }

        s_known[connection.DataSource] = fingerprint;
    }

    private static string? StoredFingerprint(DuckDBConnection connection)
    {
        if (connection.ScalarLong("SELECT count(*) FROM information_schema.tables WHERE table_name = 'agg_refresh'") == 0)
        {
            return null;
        }

        using var command = connection.Command("SELECT fingerprint FROM agg_refresh");
        return command.ExecuteScalar() as string;
    }
}
