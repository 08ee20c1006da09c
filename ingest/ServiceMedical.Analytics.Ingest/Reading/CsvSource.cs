using System.Globalization;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;
using Sylvan.Data.Csv;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// A delimited file ready for DuckDB's own <c>read_csv</c>. Sylvan reads the header (and so the
/// separator); the columns are then given our own names <c>c1…cn</c>, so nothing read from the
/// file is written into SQL. A file DuckDB would not read as it is gets a temporary UTF-8 copy first:
/// Windows-1252 transcoded (DuckDB reads UTF-8 and Latin-1 only, and Latin-1 would garble €, œ and ’),
/// lines ending with a carriage return alone given line feeds, blank lines at the end left out.
/// </summary>
public sealed class CsvSource : IDisposable
{
    private CsvSource(string path, bool temporary, char delimiter, int fieldCount, IReadOnlyDictionary<string, int> positions, CsvTypedRead? typedRead)
    {
        ReadablePath = path;
        _temporary = temporary;
        Delimiter = delimiter;
        FieldCount = fieldCount;
        Positions = positions;
        TypedRead = typedRead;
    }

    private readonly bool _temporary;

    public string ReadablePath { get; }
    public char Delimiter { get; }
    public int FieldCount { get; }

    /// <summary>Position of each contract column in the file, -1 when an optional column is absent.</summary>
    public IReadOnlyDictionary<string, int> Positions { get; }

    /// <summary>How <c>read_csv</c> can type the values itself; null when the file's sample mixes formats.</summary>
    public CsvTypedRead? TypedRead { get; }

    /// <summary>The <c>read_csv</c> call, reading the file at parameter <c>$path</c> as VARCHAR columns c1…cn.</summary>
    public string TableFunction => ReadCsv(_ => "VARCHAR", "");

    /// <summary>
    /// The file's rows read in one pass, DuckDB parsing numbers and dates, as relation <c>chk</c>
    /// with the contract's columns typed (see <see cref="CsvTypedRead.Typed"/>); null when the sample
    /// did not allow a typed read.
    /// </summary>
    public string? TypedRelation(DatasetContract dataset)
    {
        if (TypedRead is null)
        {
            return null;
        }

        var byPosition = dataset.Columns.Where(c => Positions[c.Name] >= 0).ToDictionary(c => Positions[c.Name]);
        var read = ReadCsv(i => CsvTypedRead.ReaderType(byPosition[i].Type), ", " + TypedRead.Options());
        var columns = dataset.Columns.Select(c => Positions[c.Name] < 0
            ? $"CAST(NULL AS {ColumnTypeSql.StorageType(c.Type)}) AS {c.Name}"
            : $"{CsvTypedRead.Typed(c.Type, Column(c))} AS {c.Name}");
        return $"(SELECT {string.Join(", ", columns)} FROM {read}) chk";
    }

    private string ReadCsv(Func<int, string> type, string options)
    {
        var columns = string.Join(", ", Enumerable.Range(0, FieldCount).Select(i => $"'c{(i + 1).ToString(CultureInfo.InvariantCulture)}': '{type(i)}'"));
        // The separator and formats are constants chosen here, never text from the file.
        return $"read_csv($path, header = true, delim = '{Delimiter}', quote = '\"', escape = '\"', auto_detect = false, " +
               $"columns = {{{columns}}}, strict_mode = true, encoding = 'utf-8'{options})";
    }

    /// <summary>The source column of a contract column: <c>cN</c>, or NULL when the file lacks it.</summary>
    public string Column(ColumnContract column) =>
        Positions[column.Name] is var p and >= 0 ? $"c{(p + 1).ToString(CultureInfo.InvariantCulture)}" : "CAST(NULL AS VARCHAR)";

    public static CsvSource Open(string path, string fileName, DatasetContract dataset, FileProbe probe)
    {
        var readable = probe.Encoding == TextEncoding.Windows1252 || probe.CarriageReturnLines || probe.MixedLineEnds || probe.ContentLength < probe.Length
            ? ReadableCopy(path, probe)
            : path;
        try
        {
            var (delimiter, header, sample) = ReadHeader(readable, fileName);
            var positions = HeaderMapping.Map(fileName, dataset, header);
            return new CsvSource(readable, !ReferenceEquals(readable, path), delimiter, header.Count, positions, CsvTypedRead.Plan(dataset, positions, sample));
        }
        catch
        {
            if (!ReferenceEquals(readable, path))
            {
                File.Delete(readable);
            }

            throw;
        }
    }

    public void Dispose()
    {
        if (_temporary)
        {
            File.Delete(ReadablePath);
        }
    }

    /// <summary>The header, read with whichever of <c>;</c> and <c>,</c> splits it into more columns, and a sample of the first rows.</summary>
    private static (char Delimiter, List<string> Header, List<string[]> Sample) ReadHeader(string path, string fileName)
    {
        try
        {
            return ReadHeaderAndSample(path, fileName);
        }
        catch (CsvFormatException e)
        {
            // Sylvan's record 1 is the line after the header.
            throw ReadFailure.Csv(fileName, e, firstRecordLine: 2);
        }
    }

    private static (char Delimiter, List<string> Header, List<string[]> Sample) ReadHeaderAndSample(string path, string fileName)
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

        var sample = new List<string[]>();
        using (var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true))
        using (var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { Delimiter = bestDelimiter, HasHeaders = true }))
        {
            while (sample.Count < CsvTypedRead.SampleSize && csv.Read())
            {
                sample.Add(Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToArray());
            }
        }

        return (bestDelimiter, best, sample);
    }

    /// <summary>A UTF-8 copy of the file's content (<see cref="FileProbe.ContentLength"/> bytes), every line ending with a line feed alone.</summary>
    private static string ReadableCopy(string path, FileProbe probe)
    {
        var target = Path.Combine(Path.GetTempPath(), $"sma-{Guid.NewGuid():N}.csv");
        using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var decoder = (probe.Encoding == TextEncoding.Windows1252 ? TextEncodings.Windows1252 : new System.Text.UTF8Encoding(false)).GetDecoder();
        using var writer = new StreamWriter(target, false, new System.Text.UTF8Encoding(false), 1 << 16);
        var bytes = new byte[1 << 16];
        var chars = new char[(1 << 16) + 1];
        var afterCarriageReturn = false;
        for (var left = probe.ContentLength; left > 0;)
        {
            var read = source.Read(bytes, 0, (int)Math.Min(bytes.Length, left));
            if (read == 0)
            {
                break;
            }

            left -= read;
            var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: left == 0);
            if (!probe.CarriageReturnLines && !probe.MixedLineEnds)
            {
                writer.Write(chars, 0, count);
                continue;
            }

            // \r\n, \r and \n all become \n (a \r\n split between two chunks too).
            foreach (var c in chars.AsSpan(0, count))
            {
                if (c == '\n' && afterCarriageReturn)
                {
                    afterCarriageReturn = false;
                    continue;
                }

                afterCarriageReturn = c == '\r';
                writer.Write(afterCarriageReturn ? '\n' : c);
            }
        }

        return target;
    }
}
