using System.Collections.Concurrent;
using System.Diagnostics;
using Hangfire;
using Hangfire.Storage;

namespace ServiceMedical.Analytics.Scheduling;

/// <summary>
/// The writer lock of the job servers: first this process's own gate for the database file, then a Hangfire
/// distributed lock (in memory for one node, a PostgreSQL row for several). The process gate matters: a distributed
/// lock left by a dead node lapses (<see cref="SchedulingOptions.WriterLockLapse"/>), and so would a live job's that
/// holds it longer; two workers of one process could then both write (DuckDB lets one process open a file many times).
/// Between processes, DuckDB's own file lock keeps a second writer out whatever the lock row says.
/// </summary>
public sealed class JobStorageWriterLock(JobStorage storage, string databasePath) : IWriterLock
{
    private const string Resource = "servicemedical:working-database";
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> s_gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _gate = s_gates.GetOrAdd(Path.GetFullPath(databasePath), _ => new SemaphoreSlim(1, 1));

    public IDisposable Acquire(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        if (!_gate.Wait(timeout))
        {
            throw new TransientJobException("la base de travail est en cours d'écriture par une autre tâche de ce nœud");
        }

        var connection = storage.GetConnection();
        try
        {
            var handle = connection.AcquireDistributedLock(Resource, timeout - clock.Elapsed > TimeSpan.Zero ? timeout - clock.Elapsed : TimeSpan.Zero);
            return new Held(handle, connection, _gate);
        }
        catch (DistributedLockTimeoutException e)
        {
            connection.Dispose();
            _gate.Release();
            throw new TransientJobException("la base de travail est en cours d'écriture par une autre tâche", e);
        }
        catch
        {
            connection.Dispose();
            _gate.Release();
            throw;
        }
    }

    private sealed class Held(IDisposable handle, IStorageConnection connection, SemaphoreSlim gate) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                handle.Dispose();
                connection.Dispose();
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
