using System.Globalization;
using Microsoft.Extensions.Configuration;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling;

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
            .Build();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (databaseOverride is not null)
        {
            database.Path = databaseOverride;
        }

        var text = configuration["Ingest:MaxRejectedShare"];
        var share = LoadPolicy.Default.MaxRejectedShare;
        if (text is not null && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out share) || share is < 0 or > 1))
        {
            throw new UsageException($"Ingest:MaxRejectedShare doit être un nombre entre 0 et 1, pas « {text} »");
        }

        var scheduling = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        return new JobsSettings { Database = database, Policy = new LoadPolicy(share), Scheduling = scheduling };
    }
}
