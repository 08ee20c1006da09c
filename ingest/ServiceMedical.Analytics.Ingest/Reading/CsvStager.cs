using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Database;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// Stages a delimited file into <c>stg</c> with DuckDB's <c>read_csv</c>, so that every row can be
/// checked and named by its line. Used when the one-pass load (see <see cref="DatasetLoader"/>) finds
/// the file is not clean.
/// </summary>
public static partial class CsvStager
{
    public static StagedFile Stage(DuckDBConnection connection, CsvSource source, string fileName, DatasetContract dataset, FileProbe probe)
    {
        var select = string.Join(", ", dataset.Columns.Select(c => $"{source.Column(c)} AS {c.Name}"));
        try
        {
            connection.Execute( $"CREATE OR REPLACE TEMP TABLE stg AS SELECT {select} FROM {source.TableFunction}", ("path", source.ReadablePath));
        }
        catch (DuckDBException e)
        {
            throw Translate(fileName, e);
        }

        var rows = StagingSql.CountRows(connection);
        CheckOneRecordPerLine(connection, source, fileName, dataset, probe, rows);
        // preserve_insertion_order (DuckDB's default) keeps rowid in file order: record i is on line i + 2.
        return new StagedFile(dataset, Format(source), probe.Encoding.Label(), "stg.rowid + 2", rows);
    }

    public static string Format(CsvSource source) => $"csv ({source.Delimiter})";

    /// <summary>Line numbers are only right if every record holds one line: refuse a file where a value spans lines.</summary>
    private static void CheckOneRecordPerLine(DuckDBConnection connection, CsvSource source, string fileName, DatasetContract dataset, FileProbe probe, long rows)
    {
        if (probe.LineCount == rows + 1)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(rowid) + 2 FROM stg WHERE " +
            string.Join(" OR ", dataset.Columns.Select(c => $"contains({c.Name}, chr(10))"));
        var first = command.ExecuteScalar();
        if (first is not null and not DBNull)
        {
            throw new IngestException(fileName,
                "une valeur contient un retour à la ligne : les numéros de ligne des rejets ne seraient plus exacts, le fichier est refusé",
                Convert.ToInt64(first, CultureInfo.InvariantCulture));
        }

        var blank = FirstBlankLine(source.ReadablePath);
        throw new IngestException(fileName,
            blank is null
                ? $"le fichier a {probe.LineCount} lignes pour {rows} enregistrements et un en-tête : retirez les lignes vides"
                : "ligne vide au milieu du fichier : retirez-la, les numéros de ligne des rejets ne seraient plus exacts", blank);
    }

    /// <summary>The first empty line after the header, counted in the file's lines; null when there is none.</summary>
    private static long? FirstBlankLine(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (line > 1 && text.Trim().Length == 0)
            {
                return line;
            }
        }

        return null;
    }

    private static IngestException Translate(string fileName, DuckDBException e)
    {
        var line = CsvErrorLine().Match(e.Message);
        var columns = ColumnCount().Match(e.Message);
        var message = columns.Success
            ? $"nombre de champs incorrect (attendu {columns.Groups[1].Value}, trouvé {columns.Groups[2].Value})"
            : "ligne illisible : " + e.Message.Split('\n')[0];
        return new IngestException(fileName, message, line.Success ? long.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture) : null);
    }

    [GeneratedRegex(@"CSV Error on Line: (\d+)")]
    private static partial Regex CsvErrorLine();

    [GeneratedRegex(@"Expected Number of Columns: (\d+) Found: (\d+)")]
    private static partial Regex ColumnCount();
}
