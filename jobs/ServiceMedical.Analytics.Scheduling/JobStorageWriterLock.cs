using Hangfire;
using Hangfire.Storage;

namespace ServiceMedical.Analytics.Scheduling;

/// <summary>The writer lock as a Hangfire distributed lock: in memory for one node, a PostgreSQL row for several.</summary>
public sealed class JobStorageWriterLock(JobStorage storage) : IWriterLock
{
    private const string Resource = "servicemedical:working-database";

    public IDisposable Acquire(TimeSpan timeout)
    {
        var connection = storage.GetConnection();
        try
        {
            var handle = connection.AcquireDistributedLock(Resource, timeout);
            return new Held(handle, connection);
        }
        catch (DistributedLockTimeoutException e)
        {
            connection.Dispose();
            throw new TransientJobException("la base de travail est en cours d'écriture par une autre tâche", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(IDisposable handle, IStorageConnection connection) : IDisposable
    {
        public void Dispose()
        {
            handle.Dispose();
            connection.Dispose();
        }
    }
}
