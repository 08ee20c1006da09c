namespace ServiceMedical.Analytics.Scheduling;

/// <summary>Folders, schedules and retry policy of the scheduled jobs (configuration section <c>Jobs</c>).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Where producers drop extracts (write under a temporary name, e.g. <c>.part</c>, then rename).</summary>
    public string InboxFolder { get; set; } = "data/inbox";

    /// <summary>Loaded files, by day of loading.</summary>
    public string ArchiveFolder { get; set; } = "data/archive";

    /// <summary>Refused files, each with a report beside it.</summary>
    public string RefusedFolder { get; set; } = "data/refused";

    /// <summary>Export packs, by month then region.</summary>
    public string OutboxFolder { get; set; } = "data/outbox";

    /// <summary>Cron expressions, read in <see cref="TimeZone"/>.</summary>
    public string InboxCron { get; set; } = "*/5 * * * *";

    public string RefreshCron { get; set; } = "30 2 * * *";

    public string ExportPackCron { get; set; } = "0 6 1 * *";

    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>Retries of a job that met a transient fault (database file locked by another process, lock timeout…); bad input is never retried.</summary>
    public int RetryAttempts { get; set; } = 5;

    /// <summary>Back-off between retries, in seconds; the last value repeats.</summary>
    public int[] RetryDelaysSeconds { get; set; } = [30, 120, 600, 1800, 3600];

    /// <summary>How long a job waits for another node's job to finish writing before it counts as a transient fault.</summary>
    public TimeSpan WriterLockTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>With PostgreSQL: a job whose node died (no heartbeat for this long) is handed to another node.</summary>
    public TimeSpan DeadJobTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>With PostgreSQL: a writer lock left by a dead node lapses after this long (longer than any live job's hold).</summary>
    public TimeSpan WriterLockLapse { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>InMemory (one node, nothing to install) or PostgreSql (several nodes share the work).</summary>
    public string Storage { get; set; } = "InMemory";

    public string? PostgreSqlConnectionString { get; set; }

    /// <summary>False on a node that only serves pages: it enqueues jobs but runs none.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>How often the server looks for retries that are due; Hangfire's 15 s default suits production.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool UsesPostgreSql => string.Equals(Storage, "PostgreSql", StringComparison.OrdinalIgnoreCase);
}
