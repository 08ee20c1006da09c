using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

/// <summary>The job storage the configuration names: in memory (one node) or PostgreSQL (several nodes share the jobs and the writer lock).</summary>
public static class JobStorageFactory
{
    public static JobStorage Create(SchedulingOptions options, string schema = "hangfire")
    {
        if (!options.UsesPostgreSql)
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        var connectionString = options.PostgreSqlConnectionString
            ?? throw new InvalidOperationException("Jobs:PostgreSqlConnectionString est obligatoire avec Jobs:Storage = PostgreSql.");
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // A job whose node died is handed to another node once its heartbeat stops for this long.
            InvisibilityTimeout = options.DeadJobTimeout,
            UseSlidingInvisibilityTimeout = true,
            // A writer lock left by a dead node lapses after this long.
            DistributedLockTimeout = options.WriterLockLapse,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
    }
}
