using System.Globalization;
using Microsoft.Extensions.Configuration;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

/// <summary>
/// The settings the web app and the command line share — <c>Database</c>, <c>Ingest</c>, <c>Jobs</c> — read from one
/// configuration and checked at start: every problem is named with its key, all of them at once.
/// </summary>
public sealed record JobsConfiguration(DatabaseOptions Database, LoadPolicy Policy, SchedulingOptions Scheduling)
{
    public const string IngestSection = "Ingest";

    /// <summary>The settings; a <see cref="ConfigurationProblemsException"/> listing each problem when any is wrong.</summary>
    public static JobsConfiguration Read(IConfiguration configuration)
    {
        var reader = new SettingsReader(configuration);
        var settings = Read(reader);
        reader.ThrowIfAny();
        return settings;
    }

    /// <summary>The settings, their problems left in <paramref name="reader"/> with those of the caller's other sections.</summary>
    public static JobsConfiguration Read(SettingsReader reader)
    {
        var database = reader.Section<DatabaseOptions>(DatabaseOptions.SectionName, d => d.Problems());
        var scheduling = reader.Section<SchedulingOptions>(SchedulingOptions.SectionName, s => s.Problems());
        var policy = LoadPolicy.Default;
        if (reader.Configuration[$"{IngestSection}:MaxRejectedShare"] is { } text)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1)
            {
                policy = policy with { MaxRejectedShare = share };
            }
            else
            {
                reader.Add($"{IngestSection}:MaxRejectedShare : un nombre entre 0 et 1 (0.05 pour 5 %), pas « {text} »");
            }
        }

        return new JobsConfiguration(database, policy, scheduling);
    }
}
