using DuckDB.NET.Data;
using Microsoft.Extensions.Options;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>
/// Sign-ins and exports, kept for the administrators (who, what, which filters, when). Appends are
/// serialised: the log is small and written rarely, and one writer at a time keeps DuckDB simple.
/// </summary>
public sealed class AuditLog : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    public AuditLog(IOptions<AuditOptions> options, TimeProvider time)
    {
        _time = time;
        var path = options.Value.Path;
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        _connection = new DuckDBConnection($"Data Source={path}");
        _connection.Open();
        _connection.Execute(SqlResource.Load<AuditLog>("audit-schema.sql"));
    }

    public void Record(string? userName, string @event, string? detail = null, string? filters = null)
    {
        lock (_gate)
        {
            _connection.Execute(SqlResource.Load<AuditLog>("append-audit.sql"),
                ("occurred_at", _time.GetUtcNow().UtcDateTime), ("user_name", userName ?? "(anonyme)"), ("event", @event), ("detail", detail), ("filters", filters));
        }
    }

    /// <summary>The latest entries first, optionally of one event only.</summary>
    public IReadOnlyList<AuditEntry> Latest(int limit, string? @event = null)
    {
        lock (_gate)
        {
            using var command = _connection.Command(SqlResource.Load<AuditLog>("read-audit.sql"), ("event", @event), ("limit", limit));
            using var reader = command.ExecuteReader();
            var entries = new List<AuditEntry>();
            while (reader.Read())
            {
                entries.Add(new AuditEntry(reader.GetDateTime(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }

            return entries;
        }
    }

    public void Dispose() => _connection.Dispose();
}
