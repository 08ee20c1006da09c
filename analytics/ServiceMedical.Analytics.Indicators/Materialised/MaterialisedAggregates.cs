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
        using var current = connection.Command(SqlResource.Load<IndicatorSql.Anchor>("aggregates-fingerprint.sql"));
        var fingerprint = (string)current.ExecuteScalar()!;
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
                using var transaction = connection.BeginTransaction();
                connection.Execute(SqlResource.Load<IndicatorSql.Anchor>("refresh-aggregates.sql"), ("fingerprint", fingerprint));
                transaction.Commit();
            }

            s_known[database] = fingerprint;
            return refreshed;
        }
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
