using System.Globalization;
using DuckDB.NET.Data;
using MiniExcelLibs;
using ServiceMedical.Analytics.Ingest.Contracts;
using ServiceMedical.Analytics.Ingest.Loading;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>
/// Stages the first sheet of an XLSX workbook (header on row 1) with MiniExcel. A workbook that cannot be read — not
/// a workbook, truncated, damaged — is refused in French, naming the sheet row where the reading stopped.
/// </summary>
public static class XlsxStager
{
    public static StagedFile Stage(DuckDBConnection connection, string path, string fileName, DatasetContract dataset)
    {
        List<string> header;
        try
        {
            header = [.. MiniExcel.GetColumns(path, useHeaderRow: true).Select(c => c?.ToString() ?? "")];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Unreadable(fileName, 1, e);
        }

        var positions = HeaderMapping.Map(fileName, dataset, header);
        StagingSql.CreateEmpty(connection, dataset);

        long rows = 0;
        using (var appender = connection.CreateAppender(StagedFile.Table))
        {
            using var sheet = MiniExcel.Query(path, useHeaderRow: true).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!sheet.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Row 1 is the header: the row that could not be read is the one after the last read.
                    throw Unreadable(fileName, rows + 2, e);
                }

                IDictionary<string, object?> row = sheet.Current;
                rows++;
                var values = row.Values.ToList();
                var appended = appender.CreateRow().AppendValue(rows + 1);   // Excel row number: the header is row 1
                foreach (var column in dataset.Columns)
                {
                    var position = positions[column.Name];
                    appended = appended.AppendValue(position < 0 || position >= values.Count ? null : Invariant(values[position]));
                }

                appended.EndRow();
            }
        }

        return new StagedFile(dataset, "xlsx", "xlsx", "stg.__line", rows);
    }

    private static IngestException Unreadable(string fileName, long row, Exception e) =>
        new(fileName, $"classeur XLSX illisible à la ligne {row.ToString(CultureInfo.InvariantCulture)} de la première feuille : " +
                      (e is System.Xml.XmlException or InvalidDataException or EndOfStreamException
                          ? "fichier tronqué ou endommagé — réenregistrez-le depuis Excel"
                          : $"contenu inattendu ({e.GetType().Name})"));

    /// <summary>Excel cells come typed; write them back as the invariant text the contract parses.</summary>
    private static string? Invariant(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
