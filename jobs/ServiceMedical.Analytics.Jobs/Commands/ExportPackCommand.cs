using System.CommandLine;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Indicators.Secrecy;
using ServiceMedical.Analytics.Scheduling;
using ServiceMedical.Analytics.Scheduling.ExportPacks;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>export-pack --out DIR [--region CODE] [--db FILE]</c>: the export-pack job, run now: each page's dossier
/// (charts PNG and SVG, tables CSV and XLSX) for the nation and every region, or for one region.
/// </summary>
public static class ExportPackCommand
{
    public static Command Create()
    {
        var db = CommandOptions.Database();
        var region = CommandOptions.Text("--region", "CODE", "une région seulement (code INSEE) ; sans elle, la France et chaque région");
        var command = new Command("export-pack", "dossiers d'export (graphiques et tableaux) national et régionaux") { db, region };
        var folder = command.Required(CommandOptions.Text("--out", "DOSSIER", "dossier où écrire les dossiers"), "export-pack : --out DOSSIER est obligatoire");
        command.Add(folder);
        command.SetAction(result => Run(result.GetValue(folder)!, result.GetValue(region), result.GetValue(db), result.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string folder, string? region, string? database, TextWriter output)
    {
        using var host = CommandHost.Build(database);
        host.Get<AnalyticsDatabase>().RequireExisting();
        // A database loaded before snapshots existed has none yet: publish it as it is.
        host.Get<WorkingDatabase>().EnsurePublished();
        try
        {
            // As the scheduled job does: from the published snapshot.
            var report = new ExportPackJob(IndicatorReaders.OnSnapshots(host.Get<PublishedDatabase>(), host.Get<SmallCountRule>()), host.Get<SchedulingOptions>(), host.Get<TimeProvider>())
                .Write(region, folder);
            output.WriteLine($"Dossiers d'export : {report}");
            return 0;
        }
        catch (ArgumentException e)
        {
            throw new UsageException("export-pack : " + e.Message.Split(" (Parameter")[0]);
        }
    }
}
