using System.CommandLine;
using ServiceMedical.Analytics.Ingest.Loading;
using ServiceMedical.Analytics.Scheduling;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>ingest DIR [--db FILE]</c>: loads every extract of DIR, one line per file on the output,
/// progress on the error stream; exits 1 when any file failed.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dossier") { Description = "dossier des extractions à charger" };
        var db = CommandOptions.Database();
        var command = new Command("ingest", "charge chaque extraction du dossier (une ligne par fichier ; code 1 si un fichier est refusé)") { folder, db };
        command.SetAction(result => Run(result.GetValue(folder)!, result.GetValue(db), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string folder, string? database, TextWriter output, TextWriter progress)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"ingest : dossier introuvable : {folder}");
        }

        using var host = CommandHost.Build(database);
        var results = LoadFolder(host, folder, output, progress);
        return results.Any(r => r.Status == LoadStatus.Failed) ? 1 : 0;
    }

    /// <summary>Loads the folder into the working database, then (as the jobs do) refreshes the aggregates and publishes a snapshot for the dashboard.</summary>
    public static IReadOnlyList<LoadResult> LoadFolder(CommandHost host, string folder, TextWriter output, TextWriter progress)
    {
        var working = host.Get<WorkingDatabase>();
        var results = working.Change("commande ingest", connection =>
        {
            var ingest = new InboxIngest(connection, host.Get<LoadPolicy>(), host.Get<TimeProvider>(),
                (file, phase) => progress.WriteLine($"  {file} : {PhaseLabel(phase)}"));
            return ingest.LoadFolder(folder, result => output.WriteLine(Line(result)));
        });
        progress.WriteLine($"  publié pour le tableau de bord dans {working.Snapshots.Folder}");
        return results;
    }

    public static string Line(LoadResult r)
    {
        var fr = DemoCommand.Fr;
        var line = $"{r.FileName,-40} {r.Dataset ?? "?",-30} acceptées {r.RowsAccepted.ToString("N0", fr),10}  rejetées {r.RowsRejected.ToString("N0", fr),8}  {r.StatusLabel}";
        return r.Status == LoadStatus.Failed && r.Message is not null ? line + Environment.NewLine + "    " + r.Message : line;
    }

    private static string PhaseLabel(LoadPhase phase) => phase switch
    {
        LoadPhase.Reading => "lecture",
        LoadPhase.Validating => "validation",
        _ => "écriture",
    };
}
