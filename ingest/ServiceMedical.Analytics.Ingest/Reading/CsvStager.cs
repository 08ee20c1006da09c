using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;
using Sylvan.Data.Csv;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// Stages a delimited file. Sylvan reads the header (and so the separator); DuckDB's own
/// <c>read_csv</c> reads the rows, which keeps a multi-million-row load close to DuckDB's raw speed.
/// Windows-1252 files are first transcoded to UTF-8, since DuckDB only reads UTF-8 and Latin-1
/// (and Latin-1 would garble €, œ and ’).
/// </summary>
public static partial class CsvStager
{
    public static StagedFile Stage(DuckDBConnection connection, string path, string fileName, DatasetContract dataset, FileProbe probe)
    {
        var readable = probe.Encoding == TextEncoding.Windows1252 ? TranscodeToUtf8(path) : path;
        try
        {
            var (delimiter, header) = ReadHeader(readable, fileName);
            var positions = HeaderMapping.Map(fileName, dataset, header);
            var select = StagingSql.SelectByPosition(dataset, positions);
            // No sniffing: the dialect is known, and the columns get our own names c1…cn, so that
            // nothing read from the file is written into SQL; the separator is one of two constants.
            var columns = string.Join(", ", header.Select((_, i) => $"'c{(i + 1).ToString(CultureInfo.InvariantCulture)}': 'VARCHAR'"));
            try
            {
                StagingSql.Run(connection,
                    $"CREATE OR REPLACE TEMP TABLE stg AS SELECT {select} FROM read_csv($path, header = true, delim = '{delimiter}', " +
                    $"quote = '\"', escape = '\"', auto_detect = false, columns = {{{columns}}}, strict_mode = true, encoding = 'utf-8')",
                    ("path", readable));
            }
            catch (DuckDBException e)
            {
                throw Translate(fileName, e);
            }

            var rows = StagingSql.CountRows(connection);
            CheckOneRecordPerLine(connection, fileName, dataset, probe, rows);
            // preserve_insertion_order (DuckDB's default) keeps rowid in file order: record i is on line i + 2.
            return new StagedFile(dataset, $"csv ({delimiter})", probe.Encoding.Label(), "rowid + 2", rows);
        }
        finally
        {
            if (!ReferenceEquals(readable, path))
            {
                File.Delete(readable);
            }
        }
    }

    private static (char Delimiter, List<string> Header) ReadHeader(string path, string fileName)
    {
        List<string> best = [];
        var bestDelimiter = ';';
        foreach (var delimiter in new[] { ';', ',' })
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
            var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();
            if (header.Count > best.Count)
            {
                (best, bestDelimiter) = (header, delimiter);
            }
        }

        if (best.Count < 2)
        {
            throw new IngestException(fileName, "ligne d'en-tête illisible : séparateur « ; » ou « , » attendu entre les noms de colonnes", 1);
        }

        return (bestDelimiter, best);
    }

    /// <summary>Line numbers are only right if every record holds one line: refuse a file where a value spans lines.</summary>
    private static void CheckOneRecordPerLine(DuckDBConnection connection, string fileName, DatasetContract dataset, FileProbe probe, long rows)
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

        throw new IngestException(fileName,
            $"le fichier a {probe.LineCount} lignes pour {rows} enregistrements et un en-tête : retirez les lignes vides");
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

    private static string TranscodeToUtf8(string path)
    {
        var target = Path.Combine(Path.GetTempPath(), $"sma-{Guid.NewGuid():N}.csv");
        using var reader = new StreamReader(path, TextEncodings.Windows1252, detectEncodingFromByteOrderMarks: false, 1 << 16);
        using var writer = new StreamWriter(target, false, new System.Text.UTF8Encoding(false), 1 << 16);
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            writer.Write(buffer, 0, read);
        }

        return target;
    }

    [GeneratedRegex(@"CSV Error on Line: (\d+)")]
    private static partial Regex CsvErrorLine();

    [GeneratedRegex(@"Expected Number of Columns: (\d+) Found: (\d+)")]
    private static partial Regex ColumnCount();
}
