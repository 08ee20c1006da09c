using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Reading;

namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>The kinds of file the loader reads.</summary>
public enum FileFormat
{
    Csv,
    FinessExtract,
    Xlsx,
    Parquet,
}

/// <summary>Tells which dataset and format a file holds: by its name (<c>dataset[_anything].ext</c>) or, for FINESS, its first line.</summary>
public static class DatasetResolver
{
    public static readonly string[] Extensions = [".csv", ".txt", ".xlsx", ".parquet"];

    public static (DatasetContract Dataset, FileFormat Format) Resolve(string path, FileProbe probe)
    {
        var fileName = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".csv" or ".txt" && FinessExtractStager.IsFinessExtract(FirstLine(path, probe)))
        {
            return (DataContracts.CentresSante, FileFormat.FinessExtract);
        }

        var format = extension switch
        {
            ".csv" or ".txt" => FileFormat.Csv,
            ".xlsx" => FileFormat.Xlsx,
            ".parquet" => FileFormat.Parquet,
            _ => throw new IngestException(fileName, $"format « {extension} » non pris en charge (csv, txt, xlsx, parquet)"),
        };
        return (ByName(fileName) ?? throw new IngestException(fileName,
            $"jeu de données inconnu : le nom du fichier doit commencer par l'un de {string.Join(", ", DataContracts.All.Select(d => d.Name))}"), format);
    }

    public static DatasetContract? ByName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        return DataContracts.All
            .Where(d => stem == d.Name || stem.StartsWith(d.Name + "_", StringComparison.Ordinal) || stem.StartsWith(d.Name + "-", StringComparison.Ordinal))
            .OrderByDescending(d => d.Name.Length)
            .FirstOrDefault();
    }

    private static string FirstLine(string path, FileProbe probe)
    {
        using var reader = new StreamReader(path, probe.Encoding.ToEncoding(), detectEncodingFromByteOrderMarks: true);
        return reader.ReadLine() ?? "";
    }
}
