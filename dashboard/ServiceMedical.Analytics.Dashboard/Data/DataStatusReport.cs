using DuckDB.NET.Data;
using ServiceMedical.Analytics.Indicators.DataStatus;
using ServiceMedical.Analytics.Indicators.Security;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Data;

/// <summary>
/// What the Données page shows of the data to a user: when they were loaded and published, each dataset's freshness
/// (counted on their region's rows for a regional user) and, to national users only, the latest loads and their
/// rejected rows (null for a regional user: they name national extracts and their errors), and the forecasts of the
/// last refresh (or why there are none).
/// </summary>
public sealed record DataStatusReport(DataDates Dates, IReadOnlyList<DatasetFreshness> Freshness, IReadOnlyList<LoadAttempt>? Loads,
    IReadOnlyList<RejectReason>? Rejects, ForecastRunStatus? Forecasts)
{
    public static DataStatusReport Read(DuckDBConnection connection, UserScope user)
    {
        var status = new DataStatusQuery(connection);
        return new(DataDates.Read(connection), status.Freshness(user), Refusable(() => status.RecentLoads(user, 50)),
            Refusable(() => status.RejectReasons(user, loads: 50, limit: 200)), status.LastForecastRun());
    }

    private static IReadOnlyList<T>? Refusable<T>(Func<IReadOnlyList<T>> read)
    {
        try
        {
            return read();
        }
        catch (ScopeAuthorizationException)
        {
            return null;
        }
    }
}
