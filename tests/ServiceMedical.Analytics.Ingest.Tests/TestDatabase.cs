using System.Globalization;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Tests;

/// <summary>A DuckDB file in a temporary folder, with the real schema, and helpers to write extract files.</summary>
public sealed class TestDatabase : IDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public TestDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("sma-test-").FullName;
        Options = new DatabaseOptions { Path = Path.Combine(Folder, "test.duckdb") };
        Connection = new AnalyticsDatabase(Options).Open();
    }

    public string Folder { get; }
    public DatabaseOptions Options { get; }
    public DuckDBConnection Connection { get; private set; }

    public DatasetLoader Loader(LoadPolicy? policy = null, Action<string, LoadPhase>? progress = null) =>
        new(Connection, policy ?? LoadPolicy.Strict, new FixedTime(Today), progress);

    public LoadResult Load(string fileName, string content, LoadPolicy? policy = null) =>
        Loader(policy).Load(WriteFile(fileName, content));

    public string WriteFile(string fileName, string content, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, fileName);
        File.WriteAllText(path, content, encoding ?? new System.Text.UTF8Encoding(false));
        return path;
    }

    public long Count(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public string? Text(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
    }

    public List<(long Line, string Column, string? Value, string Reason)> Rejects(long loadId)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT line, column_name, value, reason FROM load_rejects WHERE load_id = $id ORDER BY line, column_name, reason";
        command.Parameters.Add(new DuckDBParameter("id", loadId));
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string, string?, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>Closes and reopens the database file, as a new process would.</summary>
    public void Reopen()
    {
        Connection.Dispose();
        Connection = new AnalyticsDatabase(Options).Open();
    }

    public void Dispose()
    {
        Connection.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
