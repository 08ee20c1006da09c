using System.Globalization;
using Microsoft.Extensions.Configuration;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Scheduling.Hosting;

/// <summary>
/// The settings the web app and the command line share — <c>Database</c>, <c>Ingest</c>, <c>Jobs</c>, <c>Secrecy</c> — read
/// from one configuration and checked at start: every problem is named with its key, all of them at once.
/// </summary>
public sealed record JobsConfiguration(DatabaseOptions Database, LoadPolicy Policy, SchedulingOptions Scheduling)
{
    public const string IngestSection = "Ingest";
    public const string SecrecySection = "Secrecy";

    /// <summary>The small-count rule of every export: <c>Secrecy:Threshold</c>, 11 by default.</summary>
    public SmallCountRule Secrecy { get; init; } = new();

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

        var secrecy = new SmallCountRule();
        if (reader.Configuration[$"{SecrecySection}:Threshold"] is { } threshold)
        {
            if (int.TryParse(threshold, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 2)
            {
                secrecy = new SmallCountRule(n);
            }
            else
            {
                reader.Add($"{SecrecySection}:Threshold : un entier à partir de 2 (11 : les effectifs de 1 à 10 sont masqués), pas « {threshold} »");
            }
        }

        return new JobsConfiguration(database, policy, scheduling) { Secrecy = secrecy };
    }
}
