namespace ServiceMedical.Analytics.Dashboard.Audit;

/// <summary>
/// Sign-ins and exports, kept for the administrators (who, what, which filters, when, on which node). Recording never
/// fails and never waits for the store: entries are written by a background writer, and an entry the store could not
/// take (a file locked, a server away) stays pending and is written again every <see cref="RetryDelay"/>, so that an
/// audit failure can never refuse a sign-in or an export. The pending entries are bounded (<see cref="MaxPending"/>,
/// the oldest dropped and counted in the log); each text is cut at <see cref="MaxFieldLength"/> characters.
/// </summary>
public sealed partial class AuditLog : IDisposable, Scheduling.Subscriptions.IDeliveryAudit
{
    public const int MaxPending = 10_000;
    public const int MaxFieldLength = 300;
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    private readonly IAuditStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<AuditLog> _logger;
    private readonly string _node;
    private readonly Lock _gate = new();
    private readonly Lock _writing = new();
    private readonly List<AuditEntry> _pending = [];
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _writer;
    private bool _schemaReady;
    private int _disposed;

    public AuditLog(IAuditStore store, TimeProvider time, ILogger<AuditLog> logger, string node)
    {
        _store = store;
        _time = time;
        _logger = logger;
        _node = node;
        // The schema is made at start, before any request: a failure here is retried on the first write.
        TryEnsureSchema();
        _writer = Task.Run(WriteLoop);
    }

    /// <summary>Entries not written yet: waiting for the writer, or kept after the store failed.</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public void Record(string? userName, string @event, string? detail = null, string? filters = null)
    {
        var entry = new AuditEntry(_time.GetUtcNow().UtcDateTime, Cut(userName ?? "(anonyme)")!, @event, Cut(detail), Cut(filters), _node);
        lock (_gate)
        {
            if (_pending.Count >= MaxPending)
            {
                _pending.RemoveAt(0);
                LogDropped(_logger, MaxPending);
            }

            _pending.Add(entry);
        }

        _signal.Release();
    }

    void Scheduling.Subscriptions.IDeliveryAudit.Record(string userName, string eventName, string detail, string filters) => Record(userName, eventName, detail, filters);

    /// <summary>The latest entries first, optionally of one event only; entries the store could not take yet are included.</summary>
    public IReadOnlyList<AuditEntry> Latest(int limit, string? @event = null)
    {
        Flush();
        IReadOnlyList<AuditEntry> stored;
        try
        {
            stored = _store.Latest(limit, @event);
        }
        catch (Exception e)
        {
            LogReadFailed(_logger, e);
            stored = [];
        }

        List<AuditEntry> unwritten;
        lock (_gate)
        {
            // The newest first, as the stores answer (the sort below is stable: same-time entries keep this order).
            unwritten = [.. _pending.Where(p => @event is null || p.Event == @event).Reverse()];
        }

        return [.. unwritten.Concat(stored).OrderByDescending(e => e.At).Take(limit)];
    }

    /// <summary>Writes the pending entries now; false when the store failed (they stay pending).</summary>
    public bool Flush()
    {
        lock (_writing)
        {
            List<AuditEntry> batch;
            lock (_gate)
            {
                batch = [.. _pending];
            }

            if (batch.Count == 0)
            {
                return true;
            }

            try
            {
                if (!_schemaReady)
                {
                    _store.EnsureSchema();
                    _schemaReady = true;
                }

                _store.Append(batch);
            }
            catch (Exception e)
            {
                LogWriteFailed(_logger, e, batch.Count);
                return false;
            }

            lock (_gate)
            {
                // Only this writer removes entries from the front; Record may have dropped some of them meanwhile.
                var written = new HashSet<AuditEntry>(batch, ReferenceEqualityComparer.Instance);
                _pending.RemoveAll(written.Contains);
            }

            return true;
        }
    }

    public void Dispose()
    {
        // The container may dispose it twice: it is also resolved as the jobs' delivery audit.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        try
        {
            _writer.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The writer stops on cancellation.
        }

        // The store is the container's to dispose, after this log (which it created later).
        Flush();
        _stopping.Dispose();
        _signal.Dispose();
    }

    private async Task WriteLoop()
    {
        var token = _stopping.Token;
        try
        {
            while (true)
            {
                await _signal.WaitAsync(token);
                while (!Flush())
                {
                    await Task.Delay(RetryDelay, _time, token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: Dispose writes what is left.
        }
    }

    private void TryEnsureSchema()
    {
        try
        {
            _store.EnsureSchema();
            _schemaReady = true;
        }
        catch (Exception e)
        {
            LogWriteFailed(_logger, e, 0);
        }
    }

    private static string? Cut(string? text) => text is { Length: > MaxFieldLength } ? text[..MaxFieldLength] + "…" : text;

    [LoggerMessage(30, LogLevel.Error, "Journal d'audit : écriture impossible, {Count} entrée(s) gardées en attente et réessayées")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(31, LogLevel.Error, "Journal d'audit : lecture impossible, seules les entrées en attente sont montrées")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(32, LogLevel.Critical, "Journal d'audit : plus de {Max} entrées en attente, la plus ancienne est perdue")]
    private static partial void LogDropped(ILogger logger, int max);
}
