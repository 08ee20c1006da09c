using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Scheduling.Inbox;

/// <summary>The report written beside a refused file: why the file was refused, then each rejected value by line and column.</summary>
public static class RefusalReport
{
    public const string Suffix = ".rapport.txt";

    public static void Write(string path, LoadResult result, DuckDBConnection connection, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Fichier refusé : {result.FileName}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Date : {now.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.GetCultureInfo("fr-FR"))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Jeu de données : {result.Dataset ?? "non reconnu"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Motif : {result.Message}");
        text.AppendLine("Aucune ligne de ce fichier n'a été enregistrée ; les données déjà chargées sont inchangées.");
        if (result.LoadId is { } loadId)
        {
            using var command = connection.Command(SqlResource.Load<InboxJob>("load-rejects.sql"), ("load_id", loadId));
            using var reader = command.ExecuteReader();
            var header = false;
            while (reader.Read())
            {
                if (!header)
                {
                    text.AppendLine().AppendLine("Ligne;Colonne;Valeur;Motif");
                    header = true;
                }

                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{reader.GetInt64(0)};{reader.GetString(1)};{(reader.IsDBNull(2) ? "" : reader.GetString(2))};{reader.GetString(3)}");
            }
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(true));
    }
}
