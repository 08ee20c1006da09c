using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Scheduling.Inbox;

/// <summary>The report written beside a refused file: why the file was refused, then each rejected value by line and column.</summary>
public static class RefusalReport
{
    public const string Suffix = ".rapport.txt";

    /// <summary>Rejects listed line by line: enough to act on, the rest counted by reason above them.</summary>
    private const int ListedRejects = 1000;

    public static void Write(string path, LoadResult result, DuckDBConnection connection, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Fichier refusé : {result.FileName}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Date : {now.ToString("dd/MM/yyyy HH:mm:ss", Indicators.FrenchFormat.Culture)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Jeu de données : {result.Dataset ?? "non reconnu"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Motif : {result.Message}");
        text.AppendLine("Aucune ligne de ce fichier n'a été enregistrée ; les données déjà chargées sont inchangées.");
        if (result.LoadId is { } loadId)
        {
            var counts = LoadRejects.Counts(connection, loadId);
            if (counts.Count > 0)
            {
                text.AppendLine().AppendLine("Rejets par motif : Colonne;Motif;Lignes;Première ligne");
                foreach (var count in counts)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"{count.Column};{count.Reason};{count.Rows};{count.FirstLine}");
                }
            }

            var kept = LoadRejects.Kept(connection, loadId, ListedRejects);
            if (kept.Count > 0)
            {
                var total = counts.Sum(c => c.Rows);
                text.AppendLine().AppendLine(total > kept.Count
                    ? $"Les {kept.Count} premiers rejets sur {total} (tous : commande « rejects --load {loadId} --out FICHIER ») :"
                    : "Rejets :");
                text.AppendLine("Ligne;Colonne;Valeur;Motif");
                foreach (var reject in kept)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"{reject.Line};{reject.Column};{reject.Value};{reject.Reason}");
                }
            }
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(true));
    }
}
