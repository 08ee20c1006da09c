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
    /// <summary>Names of files still being written, which a folder's load leaves alone (see docs/operations.md, "Dropping files").</summary>
    private static readonly string[] s_temporaryExtensions = [".part", ".partial", ".tmp", ".crdownload", ".filepart", ".download"];

    /// <summary>A file still being written, or a system file: hidden (<c>.name</c>), an office lock (<c>~$name</c>), or a temporary extension.</summary>
    public static bool IsTemporary(string fileName) =>
        fileName.StartsWith('.') || fileName.StartsWith('~') || s_temporaryExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

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
            _ => throw new IngestException(fileName,
                $"format « {(extension.Length == 0 ? "sans extension" : ReadFailure.Clean(extension))} » non pris en charge (csv, txt, xlsx, parquet) : fichier refusé"),
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
