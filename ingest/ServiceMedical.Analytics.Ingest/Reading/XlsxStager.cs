using System.Globalization;
using DuckDB.NET.Data;
using MiniExcelLibs;
using ServiceMedical.Analytics.Ingest.Contracts;

namespace ServiceMedical.Analytics.Ingest.Reading;

/// <summary>Stages the first sheet of an XLSX workbook (header on row 1) with MiniExcel.</summary>
public static class XlsxStager
{
    public static StagedFile Stage(DuckDBConnection connection, string path, string fileName, DatasetContract dataset)
    {
        var header = MiniExcel.GetColumns(path, useHeaderRow: true).Select(c => c?.ToString() ?? "").ToList();
        var positions = HeaderMapping.Map(fileName, dataset, header);
        StagingSql.CreateEmpty(connection, dataset);

        long rows = 0;
        using (var appender = connection.CreateAppender(StagedFile.Table))
        {
            foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: true))
            {
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
