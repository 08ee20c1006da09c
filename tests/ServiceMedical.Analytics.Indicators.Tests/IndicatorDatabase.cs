using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Indicators.Tests;

/// <summary>
/// An in-memory database with the real schema, seeded by each test with rows written by hand. Every dataset is
/// declared extracted on <c>extractDate</c> (as a file named <c>…_AAAA-MM-JJ</c> would): the data horizon of the figures.
/// </summary>
public sealed class IndicatorDatabase : IDisposable
{
    public IndicatorDatabase(DateOnly extractDate)
    {
        Connection = new AnalyticsDatabase(new DatabaseOptions { Path = ":memory:" }).Open();
        foreach (var dataset in DataContracts.All)
        {
            Connection.Execute(
                "INSERT INTO load_registry (load_id, file_name, dataset, started_at, ended_at, status, extract_date) " +
                "VALUES (nextval('load_id_seq'), $file, $dataset, $at, $at, 'succeeded', $extract)",
                ("file", $"{dataset.Name}_{extractDate:yyyy-MM-dd}.csv"), ("dataset", dataset.Name),
                ("at", extractDate.ToDateTime(new TimeOnly(23, 0))), ("extract", extractDate.ToDateTime(TimeOnly.MinValue)));
        }
    }

    public DuckDBConnection Connection { get; }

    /// <summary>The extract dates as they stand now (rows added by a test count at once).</summary>
    public DataHorizon Horizon => DataHorizon.Read(Connection);

    public IndicatorDatabase Sql(string sql)
    {
        Connection.Execute(sql);
        return this;
    }

    public void Dispose() => Connection.Dispose();
}
