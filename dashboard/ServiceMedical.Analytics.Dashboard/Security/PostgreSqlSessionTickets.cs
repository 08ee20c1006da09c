using Npgsql;
using ServiceMedical.Analytics.Ingest.Database;

namespace ServiceMedical.Analytics.Dashboard.Security;

/// <summary>Sessions shared by every node, in the job storage's PostgreSQL: a sign-out on one node ends the session on all.</summary>
public sealed class PostgreSqlSessionTickets : ISessionTickets, IDisposable
{
    private readonly NpgsqlDataSource _source;

    public PostgreSqlSessionTickets(string connectionString)
    {
        _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, CommandTimeout = 10 });
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "postgres-sessions-schema.sql");
        transaction.Commit();
    }

    public async Task Save(string key, byte[] ticket, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SqlResource.Load<PostgreSqlSessionTickets>("postgres-put-session.sql"), connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("ticket", ticket);
        command.Parameters.AddWithValue("expires_at", expiresAt.UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<byte[]?> Find(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SqlResource.Load<PostgreSqlSessionTickets>("postgres-get-session.sql"), connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task Remove(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SqlResource.Load<PostgreSqlSessionTickets>("postgres-remove-session.sql"), connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _source.Dispose();

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string resource)
    {
        using var command = new NpgsqlCommand(SqlResource.Load<PostgreSqlSessionTickets>(resource), connection, transaction);
        command.ExecuteNonQuery();
    }
}
