using Npgsql;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>The audit log shared by every node, in the PostgreSQL that holds the jobs (<c>Jobs:Storage=PostgreSql</c>).</summary>
public sealed class PostgreSqlAuditStore(string connectionString) : IAuditStore
{
    // A server away fails fast: the entries wait in the log's memory and are written again later.
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, CommandTimeout = 10 });

    public void EnsureSchema()
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var command = new NpgsqlCommand(SqlResource.Load<PostgreSqlAuditStore>("postgres-audit-schema.sql"), connection, transaction))
        {
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Append(IReadOnlyList<AuditEntry> entries)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var entry in entries)
        {
            using var command = new NpgsqlCommand(SqlResource.Load<PostgreSqlAuditStore>("postgres-append-audit.sql"), connection, transaction);
            command.Parameters.AddWithValue("occurred_at", DateTime.SpecifyKind(entry.At, DateTimeKind.Unspecified));
            command.Parameters.AddWithValue("user_name", entry.UserName);
            command.Parameters.AddWithValue("event", entry.Event);
            command.Parameters.AddWithValue("detail", (object?)entry.Detail ?? DBNull.Value);
            command.Parameters.AddWithValue("filters", (object?)entry.Filters ?? DBNull.Value);
            command.Parameters.AddWithValue("node", (object?)entry.Node ?? DBNull.Value);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IReadOnlyList<AuditEntry> Latest(int limit, string? eventName)
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand(SqlResource.Load<PostgreSqlAuditStore>("postgres-read-audit.sql"), connection);
        command.Parameters.AddWithValue("event", (object?)eventName ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", limit);
        using var reader = command.ExecuteReader();
        return AuditRows.Read(reader);
    }

    public void Dispose() => _source.Dispose();
}
