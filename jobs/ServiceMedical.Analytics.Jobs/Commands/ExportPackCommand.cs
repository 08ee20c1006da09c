using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Scheduling.ExportPacks;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>export-pack --out DIR [--region CODE] [--db FILE]</c>: the export-pack job, run now: each page's dossier
/// (charts PNG and SVG, tables CSV and XLSX) for the nation and every region, or for one region.
/// </summary>
public static class ExportPackCommand
{
    public static int Run(CommandArguments arguments, TextWriter output)
    {
        arguments.AllowOnly("db", "out", "region");
        var folder = arguments.Option("out") ?? throw new UsageException("export-pack : --out DOSSIER est obligatoire");
        var settings = JobsSettings.Load(arguments.Option("db"));
        new AnalyticsDatabase(settings.Database).RequireExisting();
        // A database loaded before snapshots existed has none yet: publish it as it is.
        settings.Working().EnsurePublished();
        using var published = new PublishedDatabase(settings.Database);
        try
        {
            var report = new ExportPackJob(published, settings.Scheduling, TimeProvider.System).Write(arguments.Option("region"), folder);
            output.WriteLine($"Dossiers d'export : {report}");
            return 0;
        }
        catch (ArgumentException e)
        {
            throw new UsageException("export-pack : " + e.Message.Split(" (Parameter")[0]);
        }
    }
}
