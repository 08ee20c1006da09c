namespace ServiceMedical.Analytics.Scheduling;

/// <summary>
/// Held while the working database is written: one writer at a time across every job server that shares the
/// job storage (DuckDB allows one writing process per file). Another process on the same machine (the
/// command line) is kept out by DuckDB's own file lock.
/// </summary>
public interface IWriterLock
{
    /// <summary>Waits for the lock; throws <see cref="TransientJobException"/> when it stays taken past the timeout.</summary>
    IDisposable Acquire(TimeSpan timeout);
}
