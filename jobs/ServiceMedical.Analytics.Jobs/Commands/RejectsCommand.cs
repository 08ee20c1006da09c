using System.CommandLine;
using System.Globalization;
using ServiceMedical.Analytics.Indicators.Catalog;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Jobs.Commands;

/// <summary>
/// <c>rejects [--load N] [--file NAME] --out FILE [--db FILE]</c>: writes the rejects a load kept (line, column, value,
/// reason) as French CSV and prints its counts by reason. Without <c>--load</c>, the latest load of <c>--file</c>; with
/// neither, the latest load that rejected anything. Opens the database read-only.
/// </summary>
public static class RejectsCommand
{
    public static Command Create()
    {
        var db = CommandOptions.Database();
        var load = CommandOptions.Text("--load", "N", "numéro du chargement");
        var file = CommandOptions.Text("--file", "NOM", "nom du fichier chargé (son dernier chargement)");
        var command = new Command("rejects", "rejets d'un chargement en CSV (le dernier qui en a, sans --load ni --file)") { db, load, file };
        var path = command.Required(CommandOptions.Text("--out", "FICHIER", "fichier CSV écrit"), "rejects : --out FICHIER est obligatoire");
        command.Add(path);
        command.SetAction(result =>
        {
            long? loadId = result.GetValue(load) is { } text
                ? long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw new UsageException($"rejects : --load attend un numéro de chargement, pas « {text} »")
                : null;
            return Run(result.GetValue(path)!, loadId, result.GetValue(file), result.GetValue(db), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(string path, long? loadId, string? fileName, string? database, TextWriter output, TextWriter error)
    {
        using var host = CommandHost.Build(database);
        using var connection = host.Get<AnalyticsDatabase>().OpenReadOnly();
        var load = LoadRejects.Find(connection, loadId, fileName);
        if (load is null)
        {
            error.WriteLine("rejects : " + (loadId, fileName) switch
            {
                (null, null) => "aucun chargement n'a rejeté de ligne",
                ({ } id, null) => $"chargement n° {id} introuvable",
                (null, { } name) => $"aucun chargement du fichier « {name} »",
                ({ } id, { } name) => $"le chargement n° {id} n'est pas celui du fichier « {name} »",
            });
            return 1;
        }

        var counts = LoadRejects.Counts(connection, load.LoadId);
        var kept = LoadRejects.Kept(connection, load.LoadId);
        var table = new IndicatorTable(["Ligne", "Colonne", "Valeur", "Motif"],
            kept.Select(r => (IReadOnlyList<object?>)[r.Line, r.Column, r.Value, r.Reason]).ToList());
        using (var file = File.Create(path))
        {
            table.WriteCsv(file);
        }

        var fr = DemoCommand.Fr;
        output.WriteLine($"Chargement n° {load.LoadId} : {load.FileName} ({load.Dataset ?? "jeu de données non reconnu"}), " +
                         $"{(load.Status == "succeeded" ? "chargé" : "refusé")}, {load.RowsRejected.ToString("N0", fr)} lignes rejetées sur {load.RowsRead.ToString("N0", fr)}");
        if (load.Error is { } loadError)
        {
            output.WriteLine($"  {loadError}");
        }

        foreach (var count in counts)
        {
            output.WriteLine($"  {count.Column} : {count.Reason} — {Rejects(count.Rows)}, première ligne {count.FirstLine.ToString(fr)}" +
                             (count.Example is { } example ? $" (« {example} »)" : ""));
        }

        var total = counts.Sum(c => c.Rows);
        output.WriteLine($"{Rejects(kept.Count)} écrit{(kept.Count > 1 ? "s" : "")} dans {path}" +
                         (total > kept.Count ? $" : les premiers par ligne, sur {total.ToString("N0", fr)} (seuls les premiers sont conservés ligne à ligne)" : ""));
        return 0;
    }

    private static string Rejects(long count) => $"{count.ToString("N0", DemoCommand.Fr)} rejet{(count > 1 ? "s" : "")}";
}
