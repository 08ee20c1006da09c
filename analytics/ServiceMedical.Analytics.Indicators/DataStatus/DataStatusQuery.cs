using System.Data.Common;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.DataStatus;

/// <summary>
/// The state of the data for the Données page: freshness of each dataset, the latest loads and their
/// rejects. Rejected values come from national extracts and may concern any region: national users only.
/// </summary>
public sealed class DataStatusQuery(DuckDBConnection connection)
{
    /// <summary>
    /// Each dataset's freshness. A regional user sees the rows of their region only (none for a dataset that has no
    /// place: a national extract), and no load error (it may quote any region's data).
    /// </summary>
    public IReadOnlyList<DatasetFreshness> Freshness(UserScope user)
    {
        var all = Read(SqlResource.Load<DataStatusQuery>("dataset-freshness.sql"), [],
            r => new DatasetFreshness(r.GetString(0), r.Long(1), Nullable(r, 2, r.GetDateTime), Nullable(r, 3, r.GetString), NullableLong(r, 4),
                Nullable(r, 5, r.GetString), Nullable(r, 6, r.GetString), r.IsDBNull(7) ? null : r.Date(7), r.GetBoolean(8)));
        return user.Region is not { } region
            ? all
            : [.. all.Select(d => d with { Rows = RegionalRows(d.Dataset, region), RowsAccepted = null, LastError = null })];
    }

    /// <summary>The latest loads, with their errors; a <see cref="ScopeAuthorizationException"/> for a regional user (national extracts).</summary>
    public IReadOnlyList<LoadAttempt> RecentLoads(UserScope user, int limit) =>
        user.Region is not null
            ? throw new ScopeAuthorizationException("accès refusé : les chargements des extractions nationales sont réservés aux utilisateurs nationaux")
            : Read(SqlResource.Load<DataStatusQuery>("recent-loads.sql"), [("limit", limit)],
            r => new LoadAttempt(r.GetInt64(0), r.GetString(1), Nullable(r, 2, r.GetString), Nullable(r, 3, r.GetString), Nullable(r, 4, r.GetString),
                NullableLong(r, 5), NullableLong(r, 6), NullableLong(r, 7), r.GetDateTime(8), Nullable(r, 9, r.GetDateTime), r.GetString(10), Nullable(r, 11, r.GetString)));

    /// <summary>The reasons of the rejects of the latest loads; a <see cref="ScopeAuthorizationException"/> for a regional user.</summary>
    public IReadOnlyList<RejectReason> RejectReasons(UserScope user, int loads, int limit)
    {
        if (user.Region is not null)
        {
            throw new ScopeAuthorizationException("accès refusé : les lignes rejetées des extractions nationales sont réservées aux utilisateurs nationaux");
        }

        return Read(SqlResource.Load<DataStatusQuery>("reject-reasons.sql"), [("loads", loads), ("limit", limit)],
            r => new RejectReason(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Long(4), r.Long(5), Nullable(r, 6, r.GetString)));
    }

    /// <summary>The forecasts of the last refresh; null before any. Said to every user: it names no region's data.</summary>
    public ForecastRunStatus? LastForecastRun() =>
        Read(SqlResource.Load<DataStatusQuery>("forecast-run.sql"), [],
            r => new ForecastRunStatus(r.IsDBNull(0) ? null : r.Date(0), r.GetInt32(1), r.GetDouble(2), Nullable(r, 3, r.GetString), r.Long(4))).FirstOrDefault();

    /// <summary>
    /// Rows of <paramref name="dataset"/> placed in <paramref name="region"/> (by department, or by region); null when the
    /// dataset has no place. The table and column names come from the contracts, never from a request.
    /// </summary>
    private long? RegionalRows(string dataset, string region)
    {
        var contract = DataContracts.Find(dataset);
        var sql = contract?.Column("code_departement") is not null
            ? $"SELECT count(*) FROM {contract.Table} t JOIN ref_departements d ON d.code = t.code_departement WHERE d.region_code = $region"
            : contract?.Column("code_region") is not null
                ? $"SELECT count(*) FROM {contract.Table} WHERE code_region = $region"
                : null;
        return sql is null ? null : connection.ScalarLong(sql, ("region", region));
    }

    private List<T> Read<T>(string sql, (string, object?)[] parameters, Func<DbDataReader, T> read)
    {
        using var command = connection.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static T? Nullable<T>(DbDataReader reader, int ordinal, Func<int, T> get) where T : class => reader.IsDBNull(ordinal) ? null : get(ordinal);

    private static DateTime? Nullable(DbDataReader reader, int ordinal, Func<int, DateTime> get) => reader.IsDBNull(ordinal) ? null : get(ordinal);

    private static long? NullableLong(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Long(ordinal);
}
