using Microsoft.Extensions.Configuration;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.Hosting;

namespace ServiceMedical.Analytics.Jobs;

/// <summary>Settings of the command line: <c>appsettings.json</c> beside the program, then environment variables (<c>Database__Path</c>…).</summary>
public sealed class JobsSettings
{
    public required DatabaseOptions Database { get; init; }
    public required LoadPolicy Policy { get; init; }
    public required SchedulingOptions Scheduling { get; init; }

    /// <summary>The working database as the scheduled jobs use it; another process is kept out by DuckDB's file lock.</summary>
    public WorkingDatabase Working() => new(Database, new ProcessWriterLock(), Scheduling);

    public static JobsSettings Load(string? databaseOverride)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(databaseOverride is null ? [] : [new($"{DatabaseOptions.SectionName}:Path", databaseOverride)])
            .Build();
        try
        {
            var (database, policy, scheduling) = JobsConfiguration.Read(configuration);
            return new JobsSettings { Database = database, Policy = policy, Scheduling = scheduling };
        }
        catch (ConfigurationProblemsException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
