namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>
/// Where the audit log is kept: a DuckDB file of its own on one node, the shared PostgreSQL when several nodes share
/// the work (each node's entries then show on every node). A store may fail (a file locked, a server away):
/// <see cref="AuditLog"/> keeps what it could not write and writes it later.
/// </summary>
public interface IAuditStore : IDisposable
{
    /// <summary>Creates the log's table if it is not there; safe when several nodes start at once.</summary>
    void EnsureSchema();

    void Append(IReadOnlyList<AuditEntry> entries);

    /// <summary>The latest entries first, optionally of one event only.</summary>
    IReadOnlyList<AuditEntry> Latest(int limit, string? eventName);
}
