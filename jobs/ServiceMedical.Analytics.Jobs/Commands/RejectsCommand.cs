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
    public static int Run(CommandArguments arguments, TextWriter output)
    {
        arguments.AllowOnly("db", "load", "file", "out");
        var path = arguments.Option("out") ?? throw new UsageException("rejects : --out FICHIER est obligatoire");
        long? loadId = arguments.Option("load") is { } text
            ? long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw new UsageException($"rejects : --load attend un numéro de chargement, pas « {text} »")
            : null;
        var fileName = arguments.Option("file");
        var settings = JobsSettings.Load(arguments.Option("db"));
        using var connection = new AnalyticsDatabase(settings.Database).OpenReadOnly();
        var load = LoadRejects.Find(connection, loadId, fileName);
        if (load is null)
        {
            Console.Error.WriteLine("rejects : " + (loadId, fileName) switch
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
        if (load.Error is { } error)
        {
            output.WriteLine($"  {error}");
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
