namespace ServiceMedical.Analytics.Ingest.Loading;

/// <summary>A file refused whole, with where the problem lies.</summary>
public sealed class IngestException(string fileName, string message, long? line = null, string? column = null)
    : Exception(Format(fileName, message, line, column))
{
    public string FileName { get; } = fileName;
    public long? Line { get; } = line;
    public string? Column { get; } = column;

    private static string Format(string fileName, string message, long? line, string? column)
    {
        var where = fileName;
        if (line is not null)
        {
            where += $", ligne {line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        if (column is not null)
        {
            where += $", colonne {column}";
        }

        return $"{where} : {message}";
    }
}
