using System.CommandLine;
using ServiceMedical.Analytics.Scheduling;
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
        using var host = CommandHost.Build(database);
        // A refresh recomputes what is there: a path that names no database is a mistake, not an empty database to create.
        host.Get<ServiceMedical.Analytics.Ingest.Database.AnalyticsDatabase>().RequireExisting();
        var working = host.Get<WorkingDatabase>();
        output.WriteLine($"Actualisation : {new RefreshJob(working).Run()} ; publiée dans {working.Snapshots.Current()}");
        return 0;
    }
}
