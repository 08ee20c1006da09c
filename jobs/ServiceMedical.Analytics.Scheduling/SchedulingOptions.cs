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

    /// <summary>This node's name among the job servers and in the audit log; by default the machine's name.</summary>
    public string? ServerName { get; set; }

    /// <summary>How often the server looks for retries that are due; Hangfire's 15 s default suits production.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool UsesPostgreSql => string.Equals(Storage, "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>What is wrong with these settings, each named by its configuration key; none when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (key, cron) in new[] { ("InboxCron", InboxCron), ("RefreshCron", RefreshCron), ("ExportPackCron", ExportPackCron) })
        {
            if (!IsCron(cron))
            {
                yield return $"Jobs:{key} : « {cron} » n'est pas une expression cron (par exemple « 30 2 * * * »)";
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return $"Jobs:TimeZone : fuseau horaire inconnu « {TimeZone} » (par exemple Europe/Paris)";
        }

        if (!UsesPostgreSql && !string.Equals(Storage, "InMemory", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"Jobs:Storage : « {Storage} » ; InMemory (un nœud) ou PostgreSql (plusieurs)";
        }

        if (UsesPostgreSql && string.IsNullOrWhiteSpace(PostgreSqlConnectionString))
        {
            yield return "Jobs:PostgreSqlConnectionString : obligatoire avec Jobs:Storage = PostgreSql";
        }

        if (RetryAttempts < 0 || RetryDelaysSeconds.Length == 0 || RetryDelaysSeconds.Any(d => d <= 0))
        {
            yield return "Jobs:RetryAttempts et Jobs:RetryDelaysSeconds : un nombre d'essais positif ou nul et des délais positifs";
        }

        if (WorkerCount <= 0)
        {
            yield return $"Jobs:WorkerCount : au moins 1, pas {WorkerCount}";
        }

        foreach (var (key, duration) in new[] { ("WriterLockTimeout", WriterLockTimeout), ("DeadJobTimeout", DeadJobTimeout), ("WriterLockLapse", WriterLockLapse), ("SchedulePollingInterval", SchedulePollingInterval) })
        {
            if (duration <= TimeSpan.Zero)
            {
                yield return $"Jobs:{key} : une durée positive (hh:mm:ss), pas {duration}";
            }
        }
    }

    /// <summary>Five fields, or six with seconds first, as Hangfire reads them.</summary>
    internal static bool IsCron(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            Cronos.CronExpression.Parse(expression, fields == 6 ? Cronos.CronFormat.IncludeSeconds : Cronos.CronFormat.Standard);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }
}
