using System.CommandLine;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.Refresh;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>refresh [--db FILE]</c>: the nightly refresh job, run now: aggregates recomputed, new snapshot published. Forecasts
/// that could not be made (a history too short) are a warning on the error output and exit status 3: the data are
/// published all the same.
/// </summary>
public static class RefreshCommand
{
    public static Command Create()
    {
        var db = CommandOptions.Database();
        var command = new Command("refresh", "actualisation : agrégats et prévisions recalculés, nouvelle publication (code de sortie 3 : publiée sans prévision)") { db };
        command.SetAction(result => Run(result.GetValue(db), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The exit status of a refresh published without forecasts.</summary>
    public const int PublishedWithoutForecasts = 3;

    public static int Run(string? database, TextWriter output, TextWriter error)
    {
        using var host = CommandHost.Build(database);
        // A refresh recomputes what is there: a path that names no database is a mistake, not an empty database to create.
        host.Get<ServiceMedical.Analytics.Ingest.Database.AnalyticsDatabase>().RequireExisting();
        var working = host.Get<WorkingDatabase>();
        var outcome = new RefreshJob(working).Refresh();
        output.WriteLine($"Actualisation : {outcome} ; publiée dans {working.Snapshots.Current()}");
        if (outcome.Forecasts.Problem is { } problem)
        {
            error.WriteLine($"refresh : avertissement : données publiées sans prévision : {problem}");
            return PublishedWithoutForecasts;
        }

        return 0;
    }
}
