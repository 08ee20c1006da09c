using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>An in-memory database with the real schema, seeded by each test with rows written by hand.</summary>
public sealed class IndicatorDatabase : IDisposable
{
    public IndicatorDatabase(DateOnly today)
    {
        Connection = new AnalyticsDatabase(new DatabaseOptions { Path = ":memory:" }).Open();
        Time = new FixedTime(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
    }

    public DuckDBConnection Connection { get; }
    public TimeProvider Time { get; }

    public IndicatorDatabase Sql(string sql)
    {
        Connection.Execute(sql);
        return this;
    }

    public void Dispose() => Connection.Dispose();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
