namespace ServiceMedical.Analytics.Scheduling;

/// <summary>The writer lock of a process without job storage (the command line): one writer among its threads.</summary>
public sealed class ProcessWriterLock : IWriterLock, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public IDisposable Acquire(TimeSpan timeout) =>
        _gate.Wait(timeout) ? new Held(_gate) : throw new TransientJobException("la base de travail est en cours d'écriture");

    public void Dispose() => _gate.Dispose();

    private sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
