using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>ingest DIR [--db FILE]</c>: loads every extract of DIR, one line per file on the output,
/// progress on the error stream; exits 1 when any file failed.
/// </summary>
public static class IngestCommand
{
    public static int Run(CommandArguments arguments, TextWriter output, TextWriter progress)
    {
        arguments.AllowOnly("db");
        var folder = arguments.Words.Count > 1 ? arguments.Words[1] : throw new UsageException("ingest : le dossier à charger est obligatoire");
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"ingest : dossier introuvable : {folder}");
        }

        var settings = JobsSettings.Load(arguments.Option("db"));
        var results = LoadFolder(settings, folder, output, progress);
        return results.Any(r => r.Status == LoadStatus.Failed) ? 1 : 0;
    }

    /// <summary>Loads the folder into the working database, then (as the jobs do) refreshes the aggregates and publishes a snapshot for the dashboard.</summary>
    public static IReadOnlyList<LoadResult> LoadFolder(JobsSettings settings, string folder, TextWriter output, TextWriter progress)
    {
        var results = settings.Working().Change("commande ingest", connection =>
        {
            var ingest = new InboxIngest(connection, settings.Policy, TimeProvider.System,
                (file, phase) => progress.WriteLine($"  {file} : {PhaseLabel(phase)}"));
            return ingest.LoadFolder(folder, result => output.WriteLine(Line(result)));
        });
        progress.WriteLine($"  publié pour le tableau de bord dans {settings.Working().Snapshots.Folder}");
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
