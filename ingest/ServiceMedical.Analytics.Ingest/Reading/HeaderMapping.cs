using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// Checks a file's header against its dataset contract and maps each contract column to its
/// position in the file (or -1 when an optional column is absent).
/// </summary>
public static class HeaderMapping
{
    public static IReadOnlyDictionary<string, int> Map(string fileName, DatasetContract dataset, IReadOnlyList<string> header)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        // Names read from the file go into messages: without control characters, and not at any length.
        header = [.. header.Select(ReadFailure.Clean)];
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (PersonalDataGuard.LooksPersonal(name))
            {
                throw new IngestException(fileName,
                    $"la colonne « {header[i]} » semble contenir des données personnelles (nom, date de naissance, adresse…) : " +
                    "le fichier est refusé, les personnes doivent être pseudonymisées", 1, header[i]);
            }

            if (dataset.Column(name) is null)
            {
                throw new IngestException(fileName,
                    $"colonne « {header[i]} » inconnue du contrat « {dataset.Name} » (colonnes attendues : {string.Join(", ", dataset.Columns.Select(c => c.Name))})",
                    1, header[i]);
            }

            if (!positions.TryAdd(name, i))
            {
                throw new IngestException(fileName, $"colonne « {header[i]} » présente deux fois", 1, header[i]);
            }
        }

        var missing = dataset.Columns.Where(c => c.Required && !positions.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            throw new IngestException(fileName,
                $"colonne{(missing.Count > 1 ? "s" : "")} obligatoire{(missing.Count > 1 ? "s" : "")} absente{(missing.Count > 1 ? "s" : "")} : {string.Join(", ", missing)}",
                1, missing[0]);
        }

        return dataset.Columns.ToDictionary(c => c.Name, c => positions.GetValueOrDefault(c.Name, -1), StringComparer.Ordinal);
    }
}
