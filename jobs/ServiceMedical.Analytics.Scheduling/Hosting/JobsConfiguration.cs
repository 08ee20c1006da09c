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
        var problems = new List<string>();
        var database = Bind<DatabaseOptions>(configuration, DatabaseOptions.SectionName, problems);
        var scheduling = Bind<SchedulingOptions>(configuration, SchedulingOptions.SectionName, problems);
        problems.AddRange(database.Problems());
        problems.AddRange(scheduling.Problems());
        var policy = LoadPolicy.Default;
        if (configuration[$"{IngestSection}:MaxRejectedShare"] is { } text)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1)
            {
                policy = policy with { MaxRejectedShare = share };
            }
            else
            {
                problems.Add($"{IngestSection}:MaxRejectedShare : un nombre entre 0 et 1 (0.05 pour 5 %), pas « {text} »");
            }
        }

        return problems.Count == 0 ? new JobsConfiguration(database, policy, scheduling) : throw new ConfigurationProblemsException(problems);
    }

    /// <summary>
    /// The section bound to <typeparamref name="T"/>, setting by setting, so that a value that cannot be read is one problem
    /// (its default kept) and the others are still read and checked.
    /// </summary>
    private static T Bind<T>(IConfiguration configuration, string section, List<string> problems) where T : new()
    {
        var target = new T();
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite))
        {
            var setting = configuration.GetSection($"{section}:{property.Name}");
            if (!setting.Exists())
            {
                continue;
            }

            try
            {
                property.SetValue(target, setting.Get(property.PropertyType));
            }
            catch (InvalidOperationException)
            {
                problems.Add($"{section}:{property.Name} : valeur illisible « {setting.Value} » (attendu : {Expected(property.PropertyType)})");
            }
        }

        return target;
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) => "un entier",
        _ when type == typeof(bool) => "true ou false",
        _ when type == typeof(TimeSpan) => "une durée hh:mm:ss",
        _ when type == typeof(int[]) => "une liste d'entiers",
        _ => type.Name,
    };
}

/// <summary>Settings that cannot be used: each problem names its configuration key.</summary>
public sealed class ConfigurationProblemsException(IReadOnlyList<string> problems)
    : Exception("Configuration non valide :" + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
