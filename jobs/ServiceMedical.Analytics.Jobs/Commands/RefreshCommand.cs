using System.CommandLine;
using ServiceMedical.Analytics.Scheduling.Refresh;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary><c>refresh [--db FILE]</c>: the nightly refresh job, run now: aggregates recomputed, new snapshot published.</summary>
public static class RefreshCommand
{
    public static Command Create()
    {
        var db = CommandOptions.Database();
        var command = new Command("refresh", "actualisation : agrégats et prévisions recalculés, nouvelle publication") { db };
        command.SetAction(result => Run(result.GetValue(db), result.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string? database, TextWriter output)
    {
        var settings = JobsSettings.Load(database);
        // A refresh recomputes what is there: a path that names no database is a mistake, not an empty database to create.
        new ServiceMedical.Analytics.Ingest.Database.AnalyticsDatabase(settings.Database).RequireExisting();
        var working = settings.Working();
        output.WriteLine($"Actualisation : {new RefreshJob(working).Run()} ; publiée dans {working.Snapshots.Current()}");
        return 0;
    }
}
