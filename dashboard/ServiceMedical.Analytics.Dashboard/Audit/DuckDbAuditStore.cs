using System.Data.Common;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>The audit log of a single node: its own DuckDB file, so that replacing the analytics database never loses it.</summary>
public sealed class DuckDbAuditStore(string path) : IAuditStore
{
    private readonly Lock _gate = new();
    private DuckDBConnection? _connection;

    public void EnsureSchema()
    {
        lock (_gate)
        {
            Connection().Execute(SqlResource.Load<DuckDbAuditStore>("audit-schema.sql"));
        }
    }

    public void Append(IReadOnlyList<AuditEntry> entries)
    {
        lock (_gate)
        {
            var connection = Connection();
            using var transaction = connection.BeginTransaction();
            foreach (var entry in entries)
            {
                connection.Execute(SqlResource.Load<DuckDbAuditStore>("append-audit.sql"), ("occurred_at", entry.At), ("user_name", entry.UserName),
                    ("event", entry.Event), ("detail", entry.Detail), ("filters", entry.Filters), ("node", entry.Node));
            }

            transaction.Commit();
        }
    }

    public IReadOnlyList<AuditEntry> Latest(int limit, string? eventName)
    {
        lock (_gate)
        {
            using var command = Connection().Command(SqlResource.Load<DuckDbAuditStore>("read-audit.sql"), ("event", eventName), ("limit", limit));
            using var reader = command.ExecuteReader();
            return AuditRows.Read(reader);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    /// <summary>Opened on first use and opened again after a failure: a file that could not be opened once may be later.</summary>
    private DuckDBConnection Connection()
    {
        if (_connection is { State: System.Data.ConnectionState.Open })
        {
            return _connection;
        }

        _connection?.Dispose();
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new DuckDBConnection($"Data Source={path}");
        try
        {
            connection.Open();
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return _connection = connection;
    }
}

/// <summary>Audit entries read from either store's query (same columns, same order).</summary>
internal static class AuditRows
{
    public static List<AuditEntry> Read(DbDataReader reader)
    {
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }
}
