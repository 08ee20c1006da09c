using DuckDB.NET.Data;

namespace ServiceMedical.Analytics.Scheduling;

/// <summary>A fault that a later attempt may not meet (a lock held elsewhere, a file being written): the job is retried with back-off.</summary>
public sealed class TransientJobException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>DuckDB's refusal to open a file another process holds: "Could not set lock on file".</summary>
    public static bool IsDatabaseLocked(Exception e) =>
        e is DuckDBException && e.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase);
}
